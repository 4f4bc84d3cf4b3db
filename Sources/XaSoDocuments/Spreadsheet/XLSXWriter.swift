import Foundation
import ZIPFoundation

/// Writes a minimal, valid .xlsx (Transitional SpreadsheetML) for exports: one or more sheets,
/// bold frozen header rows, numbers as numbers, dates and percents with Vietnamese-style formats,
/// column widths. Opens in Excel, LibreOffice, Google Sheets and openpyxl, and reads back through
/// `XLSXReader` to the same text. The same input always gives the same bytes.
public enum XLSXWriter {
    /// Where cell text is kept. Shared strings are what Excel itself writes and store repeated
    /// text (unit names, "Đạt"/"Không đạt") once; inline strings stream without a lookup table.
    public enum StringStorage: Sendable {
        case shared
        case inline
    }

    public static func write(_ sheets: [XLSXSheet], strings: StringStorage = .shared) throws -> Data {
        guard !sheets.isEmpty else { throw SpreadsheetError.xlsxWriterNoSheets() }
        let names = try validatedNames(sheets.map(\.name))
        var shared = strings == .shared ? XLSXSharedStrings() : nil
        var parts: [(path: String, data: Data)] = []
        for (index, sheet) in sheets.enumerated() {
            let writer = XLSXSheetWriter(sheet: sheet, name: names[index], selected: index == 0)
            parts.append(("xl/worksheets/sheet\(index + 1).xml", try writer.xml(sharedStrings: &shared)))
        }
        parts.insert(contentsOf: [
            ("[Content_Types].xml", XLSXPackageParts.contentTypes(sheetCount: sheets.count, sharedStrings: shared != nil)),
            ("_rels/.rels", XLSXPackageParts.rootRelationships),
            ("xl/workbook.xml", XLSXPackageParts.workbook(sheetNames: names)),
            ("xl/_rels/workbook.xml.rels",
             XLSXPackageParts.workbookRelationships(sheetCount: sheets.count, sharedStrings: shared != nil)),
            ("xl/styles.xml", XLSXPackageParts.styles),
        ], at: 0)
        if let shared { parts.append(("xl/sharedStrings.xml", shared.xml())) }
        return try zip(parts)
    }

    public static func write(_ sheet: XLSXSheet, strings: StringStorage = .shared) throws -> Data {
        try write([sheet], strings: strings)
    }

    /// Excel's rules for tab names, checked here because Excel refuses (or "repairs") the whole
    /// file when one name breaks them.
    static func validatedNames(_ raw: [String]) throws -> [String] {
        var seen: Set<String> = []
        return try raw.map { original in
            let name = NFCText.normalized(original)
            func bad(_ reason: String) -> SpreadsheetError { .xlsxBadSheetName(name, reason: reason) }
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw bad("tên trống") }
            if name.utf16.count > 31 { throw bad("dài quá 31 ký tự") }
            if let c = name.unicodeScalars.first(where: { "[]:*?/\\".unicodeScalars.contains($0) }) {
                throw bad("có ký tự “\(c)” mà Excel không cho phép")
            }
            if name.unicodeScalars.contains(where: { $0.value < 0x20 }) { throw bad("có ký tự điều khiển") }
            if name.hasPrefix("'") || name.hasSuffix("'") { throw bad("bắt đầu hoặc kết thúc bằng dấu nháy đơn") }
            if name.lowercased() == "history" { throw bad("Excel dành riêng tên này") }
            guard seen.insert(name.lowercased()).inserted else { throw bad("trùng tên với trang khác") }
            return name
        }
    }

    /// A fixed timestamp keeps the output byte-for-byte reproducible.
    private static let entryDate = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    private static func zip(_ parts: [(path: String, data: Data)]) throws -> Data {
        do {
            return try PackageZip.zip(parts, date: entryDate)
        } catch .finish {
            throw SpreadsheetError.xlsxWriteFailed("không lấy được dữ liệu nén")
        } catch .create(let error), .entry(_, let error) {
            throw SpreadsheetError.xlsxWriteFailed("lỗi nén ZIP: \(error)")
        }
    }
}

/// The shared-string table being filled while sheets are written; indices are first-use order.
struct XLSXSharedStrings {
    private var index: [String: Int] = [:]
    private var ordered: [String] = []
    private var references = 0

    mutating func add(_ text: String) -> Int {
        references += 1
        if let known = index[text] { return known }
        index[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    func xml() -> Data {
        var out = XLSXPackageParts.declaration
        out += "<sst xmlns=\"\(XLSXPackageParts.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(ordered.count)\">"
        for text in ordered {
            out += "<si>" + XLSXSheetWriter.textElement(text) + "</si>"
        }
        out += "</sst>"
        return Data(out.utf8)
    }
}
