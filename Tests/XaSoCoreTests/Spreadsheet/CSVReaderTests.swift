import Foundation
import Testing
@testable import XaSoDocuments

@Suite struct CSVReaderTests {
    func read(_ text: String) throws -> [[String]] {
        try CSVReader.read(Data(text.utf8)).rows
    }

    @Test func utf8WithBOMAsExcelSavesIt() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("Mã đơn vị,Tên đơn vị\r\n25.1,Xã Nghi Dương\r\n".utf8))
        #expect(try CSVReader.read(data).rows == [["Mã đơn vị", "Tên đơn vị"], ["25.1", "Xã Nghi Dương"]])
    }

    @Test func utf8WithoutBOM() throws {
        #expect(try read("Mã,Tên\n01,Phường Gia Phúc\n") == [["Mã", "Tên"], ["01", "Phường Gia Phúc"]])
    }

    @Test func semicolonFromVietnameseExcelWithDecimalCommas() throws {
        let text = "Mã đơn vị;Chỉ tiêu;Kỳ;Giá trị\n25.1;CL411.01;2025-Q3;36,7\n25.1;CL411.02;2025-Q3;1.234,5\n"
        #expect(try read(text) == [
            ["Mã đơn vị", "Chỉ tiêu", "Kỳ", "Giá trị"],
            ["25.1", "CL411.01", "2025-Q3", "36,7"],
            ["25.1", "CL411.02", "2025-Q3", "1.234,5"],
        ])
    }

    @Test func tabSeparated() throws {
        #expect(try read("a\tb, c\tđ\n1\t2\t3") == [["a", "b, c", "đ"], ["1", "2", "3"]])
    }

    @Test func delimiterFromTheFirstLineThatHasOne() throws {
        #expect(try read("Báo cáo quý III\nMã;Giá trị, ghi chú\n1;2\n") == [["Báo cáo quý III"], ["Mã", "Giá trị, ghi chú"], ["1", "2"]])
        #expect(try read("sep=;\na,b;c\n") == [["a,b", "c"]])
    }

    @Test func quotedFields() throws {
        let text = "Tên,Ghi chú\r\n\"Nguyễn Văn A, trưởng thôn\",\"Nói \"\"được\"\"\"\r\n\"\",\"\"\"\"\r\n"
        #expect(try read(text) == [
            ["Tên", "Ghi chú"],
            ["Nguyễn Văn A, trưởng thôn", "Nói \"được\""],
            ["", "\""],
        ])
    }

    @Test func lineBreaksInsideQuotesStayInTheCell() throws {
        let text = "Mã,Nội dung,Kết quả\r\n1,\"Dòng một\r\nDòng hai\nDòng ba\rDòng bốn\",Đạt\r\n2,x,y\r\n"
        let rows = try read(text)
        #expect(rows == [
            ["Mã", "Nội dung", "Kết quả"],
            ["1", "Dòng một\nDòng hai\nDòng ba\nDòng bốn", "Đạt"],
            ["2", "x", "y"],
        ])
    }

    @Test func emptyCellsKeepTheirColumnsAndBlankLinesTheirRows() throws {
        #expect(try read("a,,c\n,,\n\n,b\n\n\n") == [["a", "", "c"], [], [], ["", "b"]])
        #expect(try read("a,b,") == [["a", "b"]])
        #expect(try read("") == [])
        #expect(try read("\n\n") == [])
    }

    @Test func excelLeniencyOutsideTheRFC() throws {
        #expect(try read("\"ab\"c,d\ne\"f,g") == [["abc", "d"], ["e\"f", "g"]])
    }

    @Test func decomposedTextBecomesNFC() throws {
        let rows = try read("Họ tên,Xã\n\("Nguyễn Thị Hồng".nfd),\("Nghi Dương".nfd)\n")
        #expect(rows[1] == ["Nguyễn Thị Hồng", "Nghi Dương"])
        #expect(rows.joined().allSatisfy { $0.isNFC })
        // Greek and a compatibility character go through Foundation's normaliser, not the fast path.
        #expect(try read("\u{212B},ε\u{301}") == [["\u{00C5}", "\u{03AD}"]])
    }

    @Test func unterminatedQuoteNamesRowAndColumn() {
        let error = spreadsheetError { try read("a,b\n1,\"không đóng\n2,3\n") }
        #expect(error?.code == "csv.unterminated_quote")
        #expect(error?.row == 2)
        #expect(error?.column == "B")
    }

    /// One million data rows of realistic width: the reader works on bytes and must stay fast.
    /// The time bound is loose so that debug builds on a shared machine pass; release takes ~1 s.
    @Test func millionRows() throws {
        var text = "Mã đơn vị,Chỉ tiêu,Kỳ,Giá trị,Ghi chú\n"
        let line = "25.1,CL411.01,2025-Q3,36.7,\"Xã Nghi Dương, đạt\"\n"
        text.reserveCapacity(text.utf8.count + line.utf8.count * 1_000_000)
        for _ in 0..<1_000_000 { text += line }
        let data = Data(text.utf8)
        let clock = ContinuousClock()
        var table = SheetTable(rows: [])
        let elapsed = try clock.measure { table = try CSVReader.read(data) }
        #expect(table.rows.count == 1_000_001)
        #expect(table.rows[999_999] == ["25.1", "CL411.01", "2025-Q3", "36.7", "Xã Nghi Dương, đạt"])
        #expect(elapsed < .seconds(60), "1,000,000 rows took \(elapsed)")
    }
}
