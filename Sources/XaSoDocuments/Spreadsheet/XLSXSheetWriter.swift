import Foundation
import XaSoCore

/// The worksheet XML of one `XLSXSheet`, checking every cell against Excel's limits as it goes.
struct XLSXSheetWriter {
    let sheet: XLSXSheet
    let name: String
    let selected: Bool

    static let maxTextLength = 32_767
    private static let minWidth = 6.0, maxWidth = 60.0

    init(sheet: XLSXSheet, name: String, selected: Bool) {
        self.sheet = sheet
        self.name = name
        self.selected = selected
    }

    func xml(sharedStrings: inout XLSXSharedStrings?) throws -> Data {
        let rows = sheet.rows
        guard rows.count <= SheetParser.maxRows else {
            throw SpreadsheetError.xlsxCellValue(sheet: name, row: SheetParser.maxRows + 1, column: 0,
                                                 reason: "Excel chỉ chứa được \(SheetParser.maxRows) dòng")
        }
        let width = rows.map(\.count).max() ?? 0
        guard width <= SheetParser.maxColumns else {
            let row = rows.firstIndex(where: { $0.count > SheetParser.maxColumns })! + 1
            throw SpreadsheetError.xlsxCellValue(sheet: name, row: row, column: SheetParser.maxColumns,
                                                 reason: "Excel chỉ chứa được \(SheetParser.maxColumns) cột")
        }
        let letters = (0..<width).map { SheetTable.columnName($0) }
        var contentWidths = [Int](repeating: 0, count: width)

        var data = ""
        data.reserveCapacity(min(rows.count * max(width, 1) * 24, 64 << 20))
        var lastRow = 0, lastColumn = -1
        for (r, cells) in rows.enumerated() {
            guard cells.contains(where: { $0 != .empty }) else { continue }
            let rowNumber = r + 1
            let bold = r < sheet.headerRows
            data += "<row r=\"\(rowNumber)\">"
            for (c, cell) in cells.enumerated() where cell != .empty {
                let (xml, shown) = try cellXML(cell, reference: letters[c] + String(rowNumber), bold: bold,
                                               row: rowNumber, column: c, sharedStrings: &sharedStrings)
                data += xml
                contentWidths[c] = max(contentWidths[c], bold ? shown + shown / 8 + 1 : shown)
                lastColumn = max(lastColumn, c)
            }
            data += "</row>"
            lastRow = rowNumber
        }

        var out = XLSXPackageParts.declaration
        out += "<worksheet xmlns=\"\(XLSXPackageParts.mainNamespace)\" xmlns:r=\"\(XLSXPackageParts.relationshipNamespace)\">"
        out += "<dimension ref=\"" + (lastColumn < 0 ? "A1" : "A1:\(letters[lastColumn])\(lastRow)") + "\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "") + ">"
        let frozen = min(max(sheet.headerRows, 0), SheetParser.maxRows - 1)
        if frozen > 0 && rows.count > frozen {
            out += "<pane ySplit=\"\(frozen)\" topLeftCell=\"A\(frozen + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            out += "<selection pane=\"bottomLeft\" activeCell=\"A\(frozen + 1)\" sqref=\"A\(frozen + 1)\"/>"
        }
        out += "</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15.75\"/>"
        // A column with no width given and nothing in it keeps Excel's default width.
        let widths: [(Int, Double)] = (0..<max(width, sheet.columnWidths?.count ?? 0)).compactMap { c in
            if let chosen = sheet.columnWidths.flatMap({ c < $0.count ? $0[c] : nil }) {
                return (c, min(max(chosen, 0), 255))
            }
            guard c < width, contentWidths[c] > 0 else { return nil }
            return (c, min(max(Double(contentWidths[c]) + 2, Self.minWidth), Self.maxWidth))
        }
        if !widths.isEmpty {
            out += "<cols>"
            for (c, w) in widths {
                out += "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(Self.numberText(w))\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>" + data + "</sheetData>"
        out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        out += "</worksheet>"
        return Data(out.utf8)
    }

    /// The `<c>` element and how many characters it shows, for sizing its column.
    private func cellXML(_ cell: XLSXCell, reference: String, bold: Bool, row: Int, column: Int,
                         sharedStrings: inout XLSXSharedStrings?) throws -> (String, Int) {
        func fail(_ reason: String) -> SpreadsheetError {
            .xlsxCellValue(sheet: name, row: row, column: column, reason: reason)
        }
        func styled(_ format: XLSXCellStyle.Format) -> String {
            let s = XLSXCellStyle.index(format, bold: bold)
            return s == 0 ? "" : " s=\"\(s)\""
        }
        switch cell {
        case .empty:
            return ("", 0)
        case let .text(raw):
            let text = NFCText.normalized(raw)
            guard text.utf16.count <= Self.maxTextLength else {
                throw fail("nội dung dài \(text.utf16.count) ký tự, quá giới hạn \(Self.maxTextLength) ký tự của một ô Excel")
            }
            let shown = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.unicodeScalars.count }.max() ?? 0
            if sharedStrings != nil {
                let index = sharedStrings!.add(text)
                return ("<c r=\"\(reference)\"\(styled(.general)) t=\"s\"><v>\(index)</v></c>", shown)
            }
            return ("<c r=\"\(reference)\"\(styled(.general)) t=\"inlineStr\"><is>\(Self.textElement(text))</is></c>", shown)
        case let .number(value):
            guard value.isFinite else { throw fail("số không hợp lệ (\(value))") }
            let text = Self.numberText(value)
            // Sized by what Excel shows (15 significant digits: "0.3"), not the stored "0.30000000000000004".
            let shown = XLSXValueText.general(text)?.utf8.count ?? text.utf8.count
            return ("<c r=\"\(reference)\"\(styled(.general))><v>\(text)</v></c>", min(shown, 16))
        case let .percent(value):
            guard value.isFinite else { throw fail("tỉ lệ không hợp lệ (\(value))") }
            let shown = Self.numberText((value * 1_000).rounded() / 10).utf8.count + 1
            return ("<c r=\"\(reference)\"\(styled(.percent))><v>\(Self.numberText(value))</v></c>", shown)
        case let .date(year, month, day):
            guard let serial = Self.serial(year: year, month: month, day: day) else {
                throw fail("ngày \(day)/\(month)/\(year) không hợp lệ hoặc nằm ngoài khoảng 01/01/1900–31/12/9999")
            }
            return ("<c r=\"\(reference)\"\(styled(.date))><v>\(serial)</v></c>", 10)
        case let .dateTime(year, month, day, hour, minute):
            guard let serial = Self.serial(year: year, month: month, day: day),
                  (0..<24).contains(hour), (0..<60).contains(minute) else {
                throw fail("thời điểm \(day)/\(month)/\(year) \(hour):\(minute) không hợp lệ")
            }
            let minutes = hour * 60 + minute
            // Whole minutes as a fraction of a day; the shortest text that reads back to the same
            // double is what Excel itself stores.
            let value = Self.numberText(Double(serial) + Double(minutes) / 1_440)
            return ("<c r=\"\(reference)\"\(styled(.dateTime))><v>\(value)</v></c>", 16)
        }
    }

    /// `<t>` with the whitespace kept: XML readers may drop leading or trailing spaces otherwise.
    static func textElement(_ text: String) -> String {
        let needsPreserve = text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\t" }
            || text.unicodeScalars.first.map { $0.properties.isWhitespace } == true
            || text.unicodeScalars.last.map { $0.properties.isWhitespace } == true
        return (needsPreserve ? "<t xml:space=\"preserve\">" : "<t>") + XLSXText.escapedCellText(text) + "</t>"
    }

    /// Shortest text that reads back to the same double ("36.7", "15", "1E+20"), as Excel writes it.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description.uppercased()
    }

    /// Excel's 1900 day number, counting the Lotus leap day 1900-02-29 that never was.
    static func serial(year: Int, month: Int, day: Int) -> Int? {
        guard (1900...9999).contains(year), (1...12).contains(month),
              (1...LocalDay.daysIn(month: month, year: year)).contains(day) else { return nil }  // 31/02 etc.
        let unix = LocalDay(year, month, day).dayNumber
        let marchFirst1900 = LocalDay(1900, 3, 1).dayNumber
        return unix < marchFirst1900 ? unix + 25_568 : unix + 25_569
    }
}
