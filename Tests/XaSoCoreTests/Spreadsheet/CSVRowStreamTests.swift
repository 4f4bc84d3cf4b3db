import Foundation
import Testing
@testable import XaSoDocuments

/// The streamed reader must read every file exactly as the whole-file reader does, wherever the
/// block boundaries fall: inside a quoted cell, between the two quotes of a doubled quote, between
/// CR and LF, inside a Vietnamese letter's UTF-8 bytes.
@Suite struct CSVRowStreamTests {
    static let samples: [[UInt8]] = [
        Array("Mã hồ sơ,Mã thủ tục\r\nHS1,\"Đăng ký \"\"khai\"\" sinh\"\r\nHS2,\"hai\r\ndòng\"\r\n\r\nHS3,cuối".utf8),
        Array("sep=;\nA;B;C\n1;2;\n;;\n\"x;y\";\"\"\"\";z\n".utf8),
        [0xEF, 0xBB, 0xBF] + Array("Tên\tGhi chú\nXã Nghi Dương\t\"ab\"c\nPhường Gia Phúc\t\"\"\n".utf8),
        Array("a,b\n1,2,\n\"3\"\r".utf8),
        Array("only one cell without line break".utf8),
        Array("h1,h2\n,,\n\n\n".utf8),
    ]

    func streamed(_ bytes: [UInt8], block: Int) throws -> [[String]] {
        var offset = 0
        // A short head (enough for each sample's first line) so the blocks after it split rows.
        var stream = CSVRowStream(readBlock: {
            guard offset < bytes.count else { return nil }
            defer { offset += block }
            return Data(bytes[offset..<min(offset + block, bytes.count)])
        }, headBytes: 16)
        var rows: [[String]] = []
        while let row = try stream.next() {
            // The whole-file reader places rows by number and drops trailing blank rows.
            while rows.count < stream.rowNumber - 1 { rows.append([]) }
            rows.append(row)
        }
        while let last = rows.last, last.isEmpty { rows.removeLast() }
        return rows
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64, 1 << 20])
    func everyBlockSizeReadsAsTheWholeFile(block: Int) throws {
        for sample in Self.samples {
            let whole = try CSVReader.read(Data(sample)).rows
            #expect(try streamed(sample, block: block) == whole, "\(String(decoding: sample, as: UTF8.self))")
        }
    }

    @Test func anUnterminatedQuoteIsNamedWithItsRow() throws {
        let bytes = Array("a,b\n1,2\n3,\"open\n".utf8)
        for block in [1, 4, 100] {
            #expect(throws: SpreadsheetError.csvUnterminatedQuote(row: 3, column: 1)) { _ = try streamed(bytes, block: block) }
        }
    }

    @Test func aByteThatIsNotUTF8IsRefusedWithItsRow() throws {
        // "Nghi Dương" in Windows-1258 puts a lone 0xFF-range byte on row 3.
        let bytes = Array("a,b\n1,2\n3,Ngh".utf8) + [0xEC] + Array("\n4,5\n".utf8)
        do {
            _ = try streamed(bytes, block: 3)
            Issue.record("a non-UTF-8 byte was read")
        } catch let error as SpreadsheetError {
            #expect(error.code == "csv.encoding")
            #expect(error.row == 3)
        }
    }

    @Test func aFileOnDiskIsReadInBlocksAndCountsItsBytes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-stream-\(UUID().uuidString).csv")
        var text = "Mã hồ sơ,Ghi chú\n"
        for i in 1...2000 { text += "HS\(i),\"dòng \(i)\"\n" }
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var stream = try CSVRowStream(path: url.path, blockSize: 1000)
        var count = 0, last: [String] = []
        while let row = try stream.next() { count += 1; last = row }
        #expect(count == 2001)
        #expect(last == ["HS2000", "dòng 2000"])
        #expect(stream.bytesRead == text.utf8.count)
    }
}
