import Foundation
import Testing
@testable import XaSoDocuments

/// Encodings Excel and older Vietnamese tools produce. Legacy byte sequences were checked with
/// Python: bytes([0x58, 0x61, 0xDE]).decode("cp1258") is "Xa" + U+0303, i.e. "Xã" once in NFC.
@Suite struct CSVEncodingTests {
    static let text = "Mã\tTên\r\n01\tXã Nghi Dương 𝔸\r\n"
    static let rows = [["Mã", "Tên"], ["01", "Xã Nghi Dương 𝔸"]]

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    @Test func utf16LittleEndianAsExcelUnicodeText() throws {
        let data = Data([0xFF, 0xFE] + Self.utf16(Self.text, bigEndian: false))
        #expect(try CSVReader.read(data).rows == Self.rows)
    }

    @Test func utf16BigEndian() throws {
        let data = Data([0xFE, 0xFF] + Self.utf16(Self.text, bigEndian: true))
        #expect(try CSVReader.read(data).rows == Self.rows)
    }

    @Test func utf16WithoutBOM() throws {
        #expect(try CSVReader.read(Data(Self.utf16(Self.text, bigEndian: false))).rows == Self.rows)
        #expect(try CSVReader.read(Data(Self.utf16(Self.text, bigEndian: true))).rows == Self.rows)
    }

    @Test func damagedUTF16() {
        var lone = Self.utf16("a\nb\n", bigEndian: false)
        lone += [0x00, 0xD8, 0x41, 0x00]  // a high surrogate followed by "A" on line 3
        let error = spreadsheetError { try CSVReader.read(Data([0xFF, 0xFE] + lone)) }
        #expect(error?.code == "csv.encoding")
        #expect(error?.row == 3)
        #expect(spreadsheetError { try CSVReader.read(Data([0xFF, 0xFE, 0x41])) }?.code == "csv.encoding")
    }

    @Test func windows1258IsNamed() {
        // "Mã,Tên\r\nXã,Nghi Dương\r\n" as Excel's plain "CSV (Comma delimited)" saves it on Vietnamese Windows.
        let bytes: [UInt8] = [0x4D, 0x61, 0xDE, 0x2C, 0x54, 0xEA, 0x6E, 0x0D, 0x0A,
                              0x58, 0x61, 0xDE, 0x2C, 0x4E, 0x67, 0x68, 0x69, 0x20, 0x44, 0xFD, 0xF5, 0x6E, 0x67, 0x0D, 0x0A]
        let error = spreadsheetError { try CSVReader.read(Data(bytes)) }
        #expect(error?.code == "csv.encoding")
        #expect(error?.row == 1)
        #expect(error?.message == "Tệp CSV không đúng mã UTF-8: tệp có vẻ được lưu theo bảng mã Windows-1258 "
            + "(tiếng Việt cũ của Windows); dòng 1 có byte không hợp lệ (0xDE). "
            + "Hãy mở tệp bằng Excel và lưu lại theo kiểu “CSV UTF-8 (Comma delimited)”.")
    }

    @Test func tcvn3IsNamed() {
        // TCVN3 keeps "đ" at 0xAE and "ê" at 0xAA: "Tên,Đơn vị" typed with .VnTime reads "T\u{AA}n,\u{A7}\u{AC}n vÞ".
        let bytes: [UInt8] = [0x54, 0xAA, 0x6E, 0x2C, 0xA7, 0xAC, 0x6E, 0x20, 0x76, 0xDE, 0x0A]
        let error = spreadsheetError { try CSVReader.read(Data(bytes)) }
        #expect(error?.code == "csv.encoding")
        #expect(error?.message.contains("TCVN3") == true)
    }

    @Test func invalidUTF8OnALaterLine() {
        let bytes = Array("Mã,Tên\n01,Xã A\n02,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = spreadsheetError { try CSVReader.read(Data(bytes)) }
        #expect(error?.code == "csv.encoding")
        #expect(error?.row == 3)
        #expect(error?.message.contains("0xC3") == true)
    }

    @Test func nulByte() {
        let error = spreadsheetError { try CSVReader.read(Data(Array("a,b\nc".utf8) + [0, 0x41])) }
        #expect(error?.code == "csv.encoding")
        #expect(error?.row == 2)
    }

    @Test func binarySpreadsheetsAreNotCSV() {
        let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])
        let error = spreadsheetError { try CSVReader.read(xls) }
        #expect(error?.code == "csv.not_text")
        #expect(error?.message.contains(".xls") == true)
        #expect(spreadsheetError { try CSVReader.read(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0])) }?.code == "csv.not_text")
    }
}
