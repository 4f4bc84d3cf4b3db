import Foundation

public enum CellAlignment: String, Codable, Sendable, Equatable {
    case left, center, right, justified
}

public struct TableCell: Codable, Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: RichText
    /// How many grid columns the cell covers (merged header cells).
    public var columnSpan: Int
    /// Overrides the column's alignment for this cell.
    public var alignment: CellAlignment?

    public init(_ text: RichText, columnSpan: Int = 1, alignment: CellAlignment? = nil) {
        self.text = text
        self.columnSpan = columnSpan
        self.alignment = alignment
    }

    public init(stringLiteral value: String) {
        self.init(RichText(value))
    }

    private enum CodingKeys: String, CodingKey { case text, columnSpan, alignment }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(RichText.self, forKey: .text)
        columnSpan = try c.decodeIfPresent(Int.self, forKey: .columnSpan) ?? 1
        alignment = try c.decodeIfPresent(CellAlignment.self, forKey: .alignment)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        if columnSpan != 1 { try c.encode(columnSpan, forKey: .columnSpan) }
        try c.encodeIfPresent(alignment, forKey: .alignment)
    }
}

/// A column's share of the table width and how its body cells are aligned.
public struct TableColumn: Codable, Sendable, Equatable {
    /// Relative weight; renderers scale the weights to the text width.
    public var width: Double
    public var alignment: CellAlignment

    public init(width: Double, alignment: CellAlignment = .left) {
        self.width = width
        self.alignment = alignment
    }
}

/// A data table: header rows (bold, centred, repeated on each page) and body rows.
public struct ReportTable: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var columns: [TableColumn]
    public var headerRows: [[TableCell]]
    public var rows: [[TableCell]]

    public init(id: String, columns: [TableColumn], headerRows: [[TableCell]], rows: [[TableCell]]) {
        self.id = id
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
    }
}
