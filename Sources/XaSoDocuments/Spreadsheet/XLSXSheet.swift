import Foundation

/// One cell of an exported sheet. Numbers stay numbers so officials can sum and sort them in Excel.
public enum XLSXCell: Sendable, Equatable, Hashable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral {
    case empty
    case text(String)
    case number(Double)
    /// A share as a fraction (0.992), shown by Excel as "99.2%".
    case percent(Double)
    /// Shown as "dd/mm/yyyy".
    case date(year: Int, month: Int, day: Int)
    /// Shown as "dd/mm/yyyy hh:mm".
    case dateTime(year: Int, month: Int, day: Int, hour: Int, minute: Int)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }

    /// A text cell, or `.empty` for "" so that blank cells are not written at all.
    public static func textOrEmpty(_ text: String) -> XLSXCell { text.isEmpty ? .empty : .text(text) }
}

/// One sheet to write: its tab name, its rows (row 0 is Excel row 1) and its layout.
public struct XLSXSheet: Sendable, Equatable {
    public var name: String
    public var rows: [[XLSXCell]]
    /// Width of each column in characters of the default font, as Excel's "Column Width" dialog
    /// counts them. Nil, or a column past the end of the array, is sized from its content.
    public var columnWidths: [Double]?
    /// How many rows at the top are headings: drawn bold and frozen so they stay visible while
    /// scrolling. 0 for none.
    public var headerRows: Int

    public init(name: String, rows: [[XLSXCell]], columnWidths: [Double]? = nil, headerRows: Int = 1) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.headerRows = headerRows
    }

    /// A sheet where every cell is text ("" is an empty cell), e.g. a `SheetTable` being written back.
    public init(name: String, textRows: [[String]], columnWidths: [Double]? = nil, headerRows: Int = 1) {
        self.init(name: name, rows: textRows.map { $0.map(XLSXCell.textOrEmpty) },
                  columnWidths: columnWidths, headerRows: headerRows)
    }
}
