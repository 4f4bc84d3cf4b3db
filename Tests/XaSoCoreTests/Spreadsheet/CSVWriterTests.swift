import Foundation
import Testing
@testable import XaSoDocuments

@Suite struct CSVWriterTests {
    @Test func bomQuotingAndCRLF() {
        let data = CSVWriter.write([
            ["Mã", "Tên", "Ghi chú"],
            ["01", "Nguyễn Văn A, trưởng thôn", "Nói \"được\""],
            ["02", "Dòng một\nDòng hai", ""],
            ["03", " cách ", "x;y"],
        ])
        let expected = "\u{FEFF}Mã,Tên,Ghi chú\r\n"
            + "01,\"Nguyễn Văn A, trưởng thôn\",\"Nói \"\"được\"\"\"\r\n"
            + "02,\"Dòng một\nDòng hai\",\r\n"
            + "03,\" cách \",x;y\r\n"
        #expect(data == Data(expected.utf8))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func semicolonAndNoBOM() {
        let data = CSVWriter.write([["Giá trị", "Tỉ lệ"], ["36,7", "1.234,5"]], delimiter: .semicolon, byteOrderMark: false)
        #expect(String(decoding: data, as: UTF8.self) == "Giá trị;Tỉ lệ\r\n36,7;1.234,5\r\n")
    }

    @Test func textIsWrittenInNFC() {
        let data = CSVWriter.write([["Nghi Dương".nfd]], byteOrderMark: false)
        #expect(data == Data("Nghi Dương\r\n".utf8))
    }

    @Test func roundTripThroughTheReader() throws {
        let rows = [
            ["Mã", "Nội dung", "Số"],
            ["sep=,", "\"trích dẫn\"", "-5"],
            ["a,b", "Dòng 1\nDòng 2", "36.7"],
            ["", "", "x"],
            ["  hai đầu  ", "tab\there", "1.234,5"],
        ]
        for delimiter in [CSVWriter.Delimiter.comma, .semicolon, .tab] {
            let back = try CSVReader.read(CSVWriter.write(rows, delimiter: delimiter))
            #expect(back.rows == rows, "delimiter \(delimiter)")
        }
        let directiveLookalike = [["sep=;", "b"], ["c", "d"]]
        let written = CSVWriter.write(directiveLookalike, byteOrderMark: false)
        #expect(String(decoding: written, as: UTF8.self) == "\"sep=;\",b\r\nc,d\r\n")
        #expect(try CSVReader.read(written).rows == directiveLookalike)
        let table = SheetTable(rows: rows)
        #expect(try CSVReader.read(CSVWriter.write(table)) == table)
    }

    @Test func formulasNeutralizedOnRequest() {
        let rows = [["=1+1", "@SUM(A1)", "+84 912", "-5", "- Lưu: VT", "36.7", "-1,5"]]
        let plain = String(decoding: CSVWriter.write(rows, byteOrderMark: false), as: UTF8.self)
        #expect(plain == "=1+1,@SUM(A1),+84 912,-5,- Lưu: VT,36.7,\"-1,5\"\r\n")
        let safe = String(decoding: CSVWriter.write(rows, byteOrderMark: false, neutralizeFormulas: true), as: UTF8.self)
        #expect(safe == "'=1+1,'@SUM(A1),'+84 912,-5,'- Lưu: VT,36.7,\"-1,5\"\r\n")
    }
}
