import Foundation

/// Streams one worksheet's `<sheetData>` into rows, one cell at a time, holding only the row being
/// read. Cell positions come from `r="C7"` (so gaps stay gaps); a cell or row without `r`
/// follows the previous one, as the format allows.
final class SheetParser: XMLPartParser {
    private let sharedStrings: [String]
    private let formats: [XLSXNumberFormat]
    private let date1904: Bool
    private var builder = SheetTableBuilder()

    private var rowNumber = 0
    private var rowCells: [String] = []
    private var inRow = false

    private enum CellType { case number, sharedString, inlineString, formulaString, boolean, error, isoDate }
    private var column = -1
    private var cellType = CellType.number
    private var styleIndex = 0
    private var inCell = false

    private enum Target { case none, value, inline }
    private var target = Target.none
    private var valueText = ""
    private var inlineText = ""
    private var inInlineString = false
    private var phoneticDepth = 0

    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    init(part: String, sharedStrings: [String], formats: [XLSXNumberFormat], date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.date1904 = date1904
        super.init(part: part)
    }

    var table: SheetTable { builder.build() }

    private func cellTooLong() -> SpreadsheetError {
        .cellTooLong(row: rowNumber, column: column >= 0 ? SheetTable.columnName(column) : nil,
                     limit: DocumentLimits.describe(bytes: limits.maxTextBytes))
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "c":
            startCell(attributes)
        case "v":
            if inCell {
                target = .value
                valueText = ""
            }
        case "t":
            if inInlineString && phoneticDepth == 0 { target = .inline }
        case "is":
            inInlineString = inCell
        case "rPh":
            phoneticDepth += 1
        case "row":
            startRow(attributes)
        default:
            break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "c":
            endCell()
        case "v", "t":
            target = .none
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth -= 1
        case "row":
            builder.setRow(rowNumber, rowCells)
            inRow = false
        default:
            break
        }
    }

    override func text(_ string: String) {
        switch target {
        case .none: break
        case .value: _ = append(string, to: &valueText, tooLong: self.cellTooLong())
        case .inline: _ = append(string, to: &inlineText, tooLong: self.cellTooLong())
        }
    }

    private func startRow(_ attributes: [String: String]) {
        if let r = attributes["r"] {
            guard let number = Int(r), number >= 1, number <= Self.maxRows else {
                fail(.xlsxBadCellReference(r, row: nil))
                return
            }
            rowNumber = number
        } else {
            rowNumber += 1
        }
        rowCells.removeAll(keepingCapacity: true)
        column = -1
        inRow = true
    }

    private func startCell(_ attributes: [String: String]) {
        guard inRow else { return }
        if let reference = attributes["r"] {
            guard let parsed = Self.columnIndex(of: reference) else {
                fail(.xlsxBadCellReference(reference, row: rowNumber))
                return
            }
            column = parsed
        } else {
            column += 1
        }
        switch attributes["t"] {
        case "s": cellType = .sharedString
        case "inlineStr": cellType = .inlineString
        case "str": cellType = .formulaString
        case "b": cellType = .boolean
        case "e": cellType = .error
        case "d": cellType = .isoDate
        default: cellType = .number
        }
        styleIndex = attributes["s"].flatMap { Int($0) } ?? 0
        valueText = ""
        inlineText = ""
        inCell = true
    }

    private func endCell() {
        guard inCell else { return }
        inCell = false
        target = .none
        guard let value = cellValue(), !value.isEmpty else { return }
        if column < rowCells.count {
            rowCells[column] = value
        } else {
            while rowCells.count < column { rowCells.append("") }
            rowCells.append(value)
        }
    }

    private func cellValue() -> String? {
        switch cellType {
        case .sharedString:
            guard !valueText.isEmpty else { return "" }
            guard let index = Int(valueText.trimmingCharacters(in: .whitespaces)), index >= 0,
                  index < sharedStrings.count else {
                fail(.xlsxBadSharedString(valueText, row: rowNumber, column: column, count: sharedStrings.count))
                return nil
            }
            return sharedStrings[index]
        case .inlineString:
            return XLSXText.cellString(inlineText.isEmpty ? valueText : inlineText)
        case .formulaString:
            return XLSXText.cellString(valueText)
        case .boolean:
            switch valueText { case "1", "true": return "TRUE"; case "0", "false": return "FALSE"; default: return valueText }
        case .error:
            return valueText
        case .isoDate:
            guard !valueText.isEmpty else { return "" }
            guard let text = XLSXValueText.isoDate(valueText, layout: dateLayout) else {
                fail(.xlsxBadNumber(valueText, row: rowNumber, column: column))
                return nil
            }
            return text
        case .number:
            guard !valueText.isEmpty else { return "" }  // formula never calculated, or a styled blank
            let format = styleIndex < formats.count ? formats[styleIndex] : .general
            guard let text = XLSXValueText.render(valueText, format: format, date1904: date1904) else {
                fail(.xlsxBadNumber(valueText, row: rowNumber, column: column))
                return nil
            }
            return text
        }
    }

    private var dateLayout: XLSXNumberFormat.DateTimeLayout? {
        guard styleIndex < formats.count, case let .dateTime(layout) = formats[styleIndex] else { return nil }
        return layout
    }

    /// 0-based column of an A1 reference ("C7" → 2), nil unless letters then digits within Excel's grid.
    static func columnIndex(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        var digits = 0
        for b in reference.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(b - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(b - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                digits += 1
            case UInt8(ascii: "$"):
                continue
            default:
                return nil
            }
            if letters > 3 { return nil }
        }
        guard letters > 0, column <= maxColumns else { return nil }
        return column - 1
    }
}
