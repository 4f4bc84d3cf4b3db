import Foundation

/// The text of one sheet as a person sees it: `rows[i]` is Excel row `i + 1` (the header is row 1).
/// Trailing empty cells are trimmed; a blank row inside the data stays as `[]` so that later row
/// numbers still match Excel. Blank rows after the last row with text are dropped.
/// All strings are Unicode NFC.
public struct SheetTable: Sendable, Equatable, Hashable, Codable {
    public var rows: [[String]]

    public init(rows: [[String]]) {
        self.rows = rows
    }

    /// The cell at Excel row `row` (1-based) and column index `column` (0 = "A");
    /// "" when the row or cell lies beyond what the sheet holds.
    public func cell(row: Int, column: Int) -> String {
        guard row >= 1, row <= rows.count, column >= 0, column < rows[row - 1].count else { return "" }
        return rows[row - 1][column]
    }

    /// Excel's letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD".
    public static func columnName(_ index: Int) -> String {
        precondition(index >= 0, "column index must not be negative")
        var n = index + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            n = (n - 1) / 26
        }
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars.reversed())
        return name
    }
}

/// Gathers rows in Excel numbering while a reader streams, applying the trimming rules once.
struct SheetTableBuilder {
    private(set) var rows: [[String]] = []

    /// Places `cells` at Excel row `number` (1-based). Rows may arrive with gaps; a repeated
    /// or out-of-order number (not produced by Excel, but legal to read) merges into that row.
    mutating func setRow(_ number: Int, _ cells: [String]) {
        var cells = cells
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        let index = number - 1
        if index >= rows.count {
            if cells.isEmpty { return }  // trailing blank rows are only kept if text follows
            // No reserveCapacity(index + 1) here: growing by exactly one row each call is quadratic.
            while rows.count < index { rows.append([]) }
            rows.append(cells)
        } else {
            var merged = rows[index]
            for (column, value) in cells.enumerated() where !value.isEmpty {
                while merged.count <= column { merged.append("") }
                merged[column] = value
            }
            rows[index] = merged
        }
    }

    func build() -> SheetTable { SheetTable(rows: rows) }
}
