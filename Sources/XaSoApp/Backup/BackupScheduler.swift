import Foundation
import NIOConcurrencyHelpers
import Vapor
import XaSoCore
import XaSoPersistence

/// `xaso serve`'s daily backup (docs/operations.md): every few minutes it looks whether today's
/// backup is due (`BackupRotation.isDue`), writes it with the server's own connection (the same
/// consistent `VACUUM INTO` as `xaso backup`), and deletes all but the newest N. Checking rather
/// than sleeping until a time keeps it right across restarts, clock changes and a missed hour.
final class BackupScheduler: LifecycleHandler, Sendable {
    let settings: BackupSettings
    let interval: Duration
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(settings: BackupSettings, interval: Duration = .seconds(300)) {
        self.settings = settings
        self.interval = interval
    }

    func didBootAsync(_ app: Application) async throws {
        guard let directory = settings.directory else { return }
        guard SQLiteBackup.isSQLite(app.db) else {
            app.logger.warning("XASO_BACKUP_DIR is set, but the database is PostgreSQL: back it up with pg_dump (docs/operations.md)")
            return
        }
        try BackupFolder.prepare(directory)
        let settings = self.settings, interval = self.interval
        task.withLockedValue {
            $0 = Task {
                while !Task.isCancelled {
                    do {
                        let done = try await BackupScheduler.runOnce(app, settings: settings, now: Date(), calendar: .current)
                        if let written = done.written { app.logger.notice("backup written: \(written)") }
                        for name in done.deleted { app.logger.notice("old backup deleted: \(name)") }
                    } catch {
                        app.logger.error("scheduled backup failed: \(String(describing: error))")
                    }
                    try? await Task.sleep(for: interval)
                }
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task.withLockedValue { $0?.cancel() }
    }

    struct Run: Sendable, Equatable {
        var written: String?
        var deleted: [String]
    }

    /// One look: today's backup if due, then the rotation. `now` and `calendar` decide "today"
    /// and the hour (the server's local time).
    static func runOnce(_ app: Application, settings: BackupSettings, now: Date, calendar: Calendar) async throws -> Run {
        guard let directory = settings.directory else { return Run(written: nil, deleted: []) }
        let parts = calendar.dateComponents([.year, .month, .day, .hour], from: now)
        let today = LocalDay(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        var written: String?
        if BackupRotation.isDue(today: today, currentHour: parts.hour ?? 0, backupHour: settings.hour,
                                existing: try BackupFolder.names(directory)) {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(BackupRotation.fileName(for: today)).path
            written = try await SQLiteBackup.write(from: app.db, to: path, replace: false).path
        }
        var deleted: [String] = []
        for name in BackupRotation.toDelete(try BackupFolder.names(directory), keep: settings.keep) {
            try FileManager.default.removeItem(at: URL(fileURLWithPath: directory).appendingPathComponent(name))
            deleted.append(name)
        }
        return Run(written: written, deleted: deleted)
    }
}

/// The backup folder: created owner-only, listed for the admin.
enum BackupFolder {
    struct Entry: Content, Equatable {
        var name: String
        var day: String
        var bytes: Int
    }

    static func prepare(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw AppError(.invalid, code: .configBackup, message: "XASO_BACKUP_DIR \(directory) is not a folder",
                               vietnamese: "Thư mục sao lưu không hợp lệ.")
            }
            return
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    static func names(_ directory: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory)
    }

    /// The backups in the folder, newest first; other files are not shown.
    static func list(_ directory: String) throws -> [Entry] {
        try names(directory).compactMap { name -> (Entry, LocalDay)? in
            guard let day = BackupRotation.day(ofFileName: name) else { return nil }
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
            return (Entry(name: name, day: day.description, bytes: size), day)
        }
        .sorted { $0.1 > $1.1 }.map(\.0)
    }
}
