import Foundation
import NIOConcurrencyHelpers
import Vapor
import XaSoCore

/// How far the server has come with a web upload's rows, found by the uploader and a token the page's
/// script chose, so a large ledger says "đã kiểm tra 40.000 dòng" instead of a still line for minutes.
///
/// Held in this server's memory: it is a courtesy, not a record. Behind several servers a poll that
/// reaches another one finds nothing, and the page keeps its general line until the answer comes.
final class UploadProgressBoard: Sendable {
    struct Entry: Sendable, Equatable {
        var rows: Int
        var rowsPerSecond: Double
        var secondsLeft: Double?
        var done: Bool
        var touched: Date
    }

    /// A board never grows past this many uploads; the stalest go first.
    static let capacity = 1_000
    /// An entry outlives its import by this much, so the last poll still finds the final count.
    static let keepFor: TimeInterval = 600

    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    /// A token is the script's random hex: 16–64 letters, digits, '-' or '_'. Anything else is ignored.
    static func isToken(_ text: String) -> Bool {
        (16...64).contains(text.utf8.count) && text.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
        }
    }

    func update(user: String, token: String, progress: ImportProgress, done: Bool = false, now: Date = Date()) {
        let entry = Entry(rows: progress.rows, rowsPerSecond: progress.rowsPerSecond,
                          secondsLeft: done ? nil : progress.secondsLeft, done: done, touched: now)
        entries.withLockedValue { all in
            all = all.filter { now.timeIntervalSince($0.value.touched) < Self.keepFor }
            if all[Self.key(user, token)] == nil, all.count >= Self.capacity,
               let stalest = all.min(by: { $0.value.touched < $1.value.touched })?.key {
                all[stalest] = nil
            }
            all[Self.key(user, token)] = entry
        }
    }

    /// Marks the import finished (stored or refused), keeping its last count.
    func finish(user: String, token: String, now: Date = Date()) {
        entries.withLockedValue { all in
            let key = Self.key(user, token)
            var entry = all[key] ?? Entry(rows: 0, rowsPerSecond: 0, secondsLeft: nil, done: true, touched: now)
            entry.done = true
            entry.secondsLeft = nil
            entry.touched = now
            all[key] = entry
        }
    }

    func entry(user: String, token: String, now: Date = Date()) -> Entry? {
        entries.withLockedValue { all in
            guard let e = all[Self.key(user, token)], now.timeIntervalSince(e.touched) < Self.keepFor else { return nil }
            return e
        }
    }

    /// Another user's upload with the same token is another entry: a token names nothing outside its uploader.
    private static func key(_ user: String, _ token: String) -> String { user + "\u{0}" + token }
}

extension Application {
    private struct UploadProgressBoardKey: StorageKey { typealias Value = UploadProgressBoard }

    /// Made once by `configure`, before any request can reach it (storage is not for concurrent writes).
    var uploadProgress: UploadProgressBoard {
        get { storage[UploadProgressBoardKey.self] ?? UploadProgressBoard() }
        set { storage[UploadProgressBoardKey.self] = newValue }
    }
}
