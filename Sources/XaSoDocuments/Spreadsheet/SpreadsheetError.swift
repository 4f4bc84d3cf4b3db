import Foundation
import XaSoCore

/// Why a spreadsheet could not be read or written. `code` is stable English for programs and
/// logs; `message` is Vietnamese for the official and names the row, column, line or part at fault.
/// `row` is the row as Excel shows it (1-based, header = 1) and `column` the letter(s), when known,
/// so an importer can point at the cell without parsing the message.
public struct SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: ErrorCode
    public let message: String
    public let row: Int?
    public let column: String?
    /// The same in English for the API and CLI, when the reader wrote one; otherwise the code
    /// with the row says what went wrong (see `englishMessage`).
    public let english: String?

    public init(code: ErrorCode, message: String, row: Int? = nil, column: String? = nil, english: String? = nil) {
        self.code = code
        self.message = message
        self.row = row
        self.column = column
        self.english = english
    }

    /// English for the API and CLI: the reader's own text, or the code with the place at fault.
    public var englishMessage: String {
        if let english { return english }
        var text = "the file cannot be read (\(code))"
        if let row { text += " at row \(row)" + (column.map { ", column \($0)" } ?? "") }
        return text
    }

    public var description: String { "\(code): \(message)" }
}

extension SpreadsheetError {
    // MARK: CSV

    static func csvNotUTF8(line: Int, byte: UInt8, guess: LegacyVietnameseEncoding) -> SpreadsheetError {
        let cause: String
        switch guess {
        case .windows1258: cause = "tệp có vẻ được lưu theo bảng mã Windows-1258 (tiếng Việt cũ của Windows)"
        case .tcvn3: cause = "tệp có vẻ được gõ theo bảng mã TCVN3 (ABC, phông .VnTime)"
        case .unknown: cause = "tệp được lưu theo một bảng mã cũ (Windows-1258, TCVN3 hoặc VNI)"
        }
        let english: String
        switch guess {
        case .windows1258: english = "it looks like Windows-1258"
        case .tcvn3: english = "it looks like TCVN3 (ABC, .VnTime fonts)"
        case .unknown: english = "a legacy code page (Windows-1258, TCVN3 or VNI)"
        }
        return SpreadsheetError(
            code: .csvEncoding,
            message: "Tệp CSV không đúng mã UTF-8: \(cause); dòng \(line) có byte không hợp lệ (0x\(hex(byte))). "
                + "Hãy mở tệp bằng Excel và lưu lại theo kiểu “CSV UTF-8 (Comma delimited)”"
                + (guess == .tcvn3 ? ", sau khi chuyển mã sang Unicode (ví dụ bằng Unikey)." : "."),
            row: line,
            english: "the CSV file is not UTF-8: line \(line) has the invalid byte 0x\(hex(byte)); \(english). "
                + "Save it again as \"CSV UTF-8 (Comma delimited)\"")
    }

    static func csvIsXLS() -> SpreadsheetError {
        SpreadsheetError(
            code: .csvNotText,
            message: "Tệp là bảng tính Excel 97–2003 (.xls), không phải CSV. "
                + "Hãy mở bằng Excel và lưu lại theo kiểu “Excel Workbook (*.xlsx)” hoặc “CSV UTF-8 (Comma delimited)”.")
    }

    static func csvIsZip() -> SpreadsheetError {
        SpreadsheetError(
            code: .csvNotText,
            message: "Tệp là tệp nén (như .xlsx, .docx hoặc .zip), không phải CSV.")
    }

    static func csvInvalidUTF16(line: Int) -> SpreadsheetError {
        SpreadsheetError(
            code: .csvEncoding,
            message: "Tệp CSV mã UTF-16 bị hỏng: dòng \(line) có ký tự không hợp lệ (nửa cặp thay thế bị lẻ).",
            row: line)
    }

    static func csvOddUTF16Length() -> SpreadsheetError {
        SpreadsheetError(
            code: .csvEncoding,
            message: "Tệp CSV mã UTF-16 bị cắt cụt: số byte lẻ nên ký tự cuối cùng không trọn vẹn.")
    }

    static func csvNulCharacter(line: Int, maybeUTF16: Bool) -> SpreadsheetError {
        SpreadsheetError(
            code: .csvEncoding,
            message: "Tệp CSV có ký tự NUL (mã 0) ở dòng \(line)"
                + (maybeUTF16 ? "; có thể tệp là UTF-16 nhưng thiếu dấu BOM" : "")
                + ". Hãy lưu lại theo kiểu “CSV UTF-8 (Comma delimited)”.",
            row: line)
    }

    static func csvUnterminatedQuote(row: Int, column: Int) -> SpreadsheetError {
        let letters = SheetTable.columnName(column)
        return SpreadsheetError(
            code: .csvUnterminatedQuote,
            message: "Tệp CSV lỗi ở dòng \(row), cột \(letters): dấu ngoặc kép (\") mở đầu ô nhưng không có dấu đóng "
                + "cho đến hết tệp.",
            row: row, column: letters)
    }

    // MARK: XLSX reading

    static func xlsxNotZip() -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxNotZip,
            message: "Tệp không phải bảng tính Excel .xlsx (không đọc được dạng nén ZIP của .xlsx).")
    }

    static func xlsxLegacyOrEncrypted() -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxLegacyOrEncrypted,
            message: "Tệp là bảng tính Excel 97–2003 (.xls) hoặc tệp .xlsx có đặt mật khẩu. "
                + "Hãy mở bằng Excel, bỏ mật khẩu nếu có, rồi lưu lại theo kiểu “Excel Workbook (*.xlsx)”.")
    }

    static func xlsxCorruptZip(part: String) -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxCorruptZip,
            message: "Tệp .xlsx bị hỏng: không giải nén được phần “\(part)”.")
    }

    static func xlsxPartTooLarge(part: String, limit: String) -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxTooLarge,
            message: "Tệp .xlsx quá lớn: phần “\(part)” khi giải nén vượt quá \(limit). "
                + "Hãy chia bảng tính thành nhiều tệp nhỏ hơn.",
            english: "part \(part) inflates past \(limit); split the workbook into smaller files")
    }

    /// One cell holds more text than any real table does (Excel itself stops at 32,767 characters).
    static func cellTooLong(row: Int?, column: String?, limit: String) -> SpreadsheetError {
        SpreadsheetError(
            code: .spreadsheetCellTooLong,
            message: "Ô" + (column.map { " cột \($0)" } ?? "") + (row.map { " dòng \($0)" } ?? "")
                + " chứa quá nhiều chữ (hơn \(limit)); tệp không phải bảng số liệu hợp lệ.",
            row: row, column: column,
            english: "a cell" + (row.map { " in row \($0)" } ?? "") + (column.map { ", column \($0)" } ?? "")
                + " holds more than \(limit) of text")
    }

    static func xlsxMissingPart(_ part: String) -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxMissingPart,
            message: "Tệp .xlsx thiếu phần “\(part)” nên không đọc được.")
    }

    static func xlsxMalformedXML(part: String, line: Int, detail: String) -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxMalformedXml,
            message: "Tệp .xlsx bị hỏng: phần “\(part)” có XML sai ở dòng \(line) (\(detail)).")
    }

    static func xlsxNoSheets() -> SpreadsheetError {
        SpreadsheetError(code: .xlsxNoSheets, message: "Bảng tính không có trang tính (sheet) nào.")
    }

    static func xlsxSheetNotFound(_ name: String, available: [String]) -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxSheetNotFound,
            message: "Bảng tính không có trang tính “\(name)”. Các trang hiện có: "
                + available.map { "“\($0)”" }.joined(separator: ", ") + ".")
    }

    static func xlsxSheetOutOfRange(_ index: Int, count: Int) -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxSheetOutOfRange,
            message: "Bảng tính chỉ có \(count) trang tính, không có trang thứ \(index + 1).")
    }

    static func xlsxBadCellReference(_ reference: String, row: Int?) -> SpreadsheetError {
        SpreadsheetError(
            code: .xlsxBadCellReference,
            message: "Tệp .xlsx bị hỏng: địa chỉ ô “\(reference)” không hợp lệ"
                + (row.map { " (dòng \($0))" } ?? "") + ".",
            row: row)
    }

    static func xlsxBadNumber(_ text: String, row: Int, column: Int) -> SpreadsheetError {
        let letters = SheetTable.columnName(column)
        return SpreadsheetError(
            code: .xlsxBadNumber,
            message: "Tệp .xlsx bị hỏng: ô \(letters)\(row) (dòng \(row), cột \(letters)) ghi là số nhưng chứa “\(text)”.",
            row: row, column: letters)
    }

    static func xlsxBadSharedString(_ text: String, row: Int, column: Int, count: Int) -> SpreadsheetError {
        let letters = SheetTable.columnName(column)
        return SpreadsheetError(
            code: .xlsxBadSharedString,
            message: "Tệp .xlsx bị hỏng: ô \(letters)\(row) (dòng \(row), cột \(letters)) trỏ tới chuỗi dùng chung "
                + "số “\(text)” nhưng tệp chỉ có \(count) chuỗi.",
            row: row, column: letters)
    }

    // MARK: XLSX writing

    static func xlsxWriterNoSheets() -> SpreadsheetError {
        SpreadsheetError(code: .xlsxNoSheets, message: "Không thể tạo bảng tính không có trang tính nào.")
    }

    static func xlsxBadSheetName(_ name: String, reason: String) -> SpreadsheetError {
        SpreadsheetError(code: .xlsxBadSheetName, message: "Tên trang tính “\(name)” không dùng được: \(reason).")
    }

    static func xlsxCellValue(sheet: String, row: Int, column: Int, reason: String) -> SpreadsheetError {
        let letters = SheetTable.columnName(column)
        return SpreadsheetError(
            code: .xlsxBadCellValue,
            message: "Trang “\(sheet)”, ô \(letters)\(row) (dòng \(row), cột \(letters)): \(reason).",
            row: row, column: letters)
    }

    static func xlsxWriteFailed(_ detail: String) -> SpreadsheetError {
        SpreadsheetError(code: .xlsxWriteFailed, message: "Không tạo được tệp .xlsx: \(detail).")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
