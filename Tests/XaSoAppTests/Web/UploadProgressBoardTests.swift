import Foundation
import Testing
@testable import XaSoApp

/// The board behind the web upload's row count: keyed by uploader and token, bounded, forgetting.
@Suite struct UploadProgressBoardTests {
    static let token = "0123456789abcdef0123456789abcdef"

    @Test func tokensAreTheScriptsRandomHex() {
        #expect(UploadProgressBoard.isToken(Self.token))
        #expect(UploadProgressBoard.isToken("abc-DEF_0123456789"))
        #expect(!UploadProgressBoard.isToken("short"))
        #expect(!UploadProgressBoard.isToken(String(repeating: "a", count: 65)))
        #expect(!UploadProgressBoard.isToken("0123456789abcdef/../x"))
        #expect(!UploadProgressBoard.isToken("0123456789abcdéf0123"))
    }

    @Test func anEntryIsTheUploadersAndOutlivesItsImportForTenMinutes() {
        let board = UploadProgressBoard()
        let start = Date(timeIntervalSince1970: 1_000_000)
        // 40,000 of 100,000 bytes in 4 s → 10,000 rows/s, 6 s left.
        board.update(user: "nd-admin", token: Self.token,
                     progress: ImportProgress(rows: 40_000, bytesRead: 40_000, totalBytes: 100_000, seconds: 4), now: start)
        let entry = board.entry(user: "nd-admin", token: Self.token, now: start)
        #expect(entry?.rows == 40_000)
        #expect(entry?.rowsPerSecond == 10_000)
        #expect(entry?.secondsLeft == 6)
        #expect(entry?.done == false)
        #expect(board.entry(user: "someone-else", token: Self.token, now: start) == nil)
        board.finish(user: "nd-admin", token: Self.token, now: start.addingTimeInterval(5))
        #expect(board.entry(user: "nd-admin", token: Self.token, now: start.addingTimeInterval(5))?.done == true)
        #expect(board.entry(user: "nd-admin", token: Self.token, now: start.addingTimeInterval(5))?.rows == 40_000)
        #expect(board.entry(user: "nd-admin", token: Self.token, now: start.addingTimeInterval(5 + 599)) != nil)
        #expect(board.entry(user: "nd-admin", token: Self.token, now: start.addingTimeInterval(5 + 600)) == nil)
    }

    @Test func theBoardDropsItsStalestEntryWhenFull() {
        let board = UploadProgressBoard()
        let start = Date(timeIntervalSince1970: 1_000_000)
        let one = ImportProgress(rows: 1, bytesRead: 1, totalBytes: 2, seconds: 1)
        for i in 0..<UploadProgressBoard.capacity {
            // A tenth of a second apart: all within the ten minutes an entry is kept.
            board.update(user: "u\(i)", token: Self.token, progress: one, now: start.addingTimeInterval(Double(i) / 10))
        }
        board.update(user: "newest", token: Self.token, progress: one, now: start.addingTimeInterval(200))
        #expect(board.entry(user: "u0", token: Self.token, now: start.addingTimeInterval(200)) == nil, "the stalest went")
        #expect(board.entry(user: "u1", token: Self.token, now: start.addingTimeInterval(200)) != nil)
        #expect(board.entry(user: "newest", token: Self.token, now: start.addingTimeInterval(200)) != nil)
        // Ten minutes after the last of the thousand, only the newest is left.
        #expect(board.entry(user: "u999", token: Self.token, now: start.addingTimeInterval(99.9 + 600)) == nil)
        #expect(board.entry(user: "newest", token: Self.token, now: start.addingTimeInterval(799)) != nil)
    }

    @Test func theLineIsWordedAsOfficialsWriteNumbers() {
        #expect(L.uploadRowsChecked(40_000, perSecond: 12_345, secondsLeft: 200, done: false)
                == "Đã tải lên xong; đã kiểm tra 40.000 dòng (12.345 dòng/giây, còn khoảng 3 phút 20 giây)…")
        #expect(L.uploadRowsChecked(0, perSecond: 0, secondsLeft: nil, done: false) == "Đã tải lên xong; đã kiểm tra 0 dòng…")
        #expect(L.uploadRowsChecked(1_000_000, perSecond: 0, secondsLeft: nil, done: true)
                == "Đã kiểm tra xong 1.000.000 dòng, đang hoàn tất…")
        #expect(L.duration(45) == "45 giây")
        #expect(L.duration(120) == "2 phút")
    }
}
