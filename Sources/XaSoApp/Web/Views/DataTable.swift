import Foundation

/// Every table of the pages, written once: a header row of `<th scope="col">`, one `<tr>` per row,
/// the numeric columns right-aligned by the "num" class, and the wrap that lets a wide table scroll
/// on a phone. Pages describe columns (header, alignment, cell); the markup — the classes and ids
/// the stylesheet and the browser tests hold on to — is the same the hand-written tables had.
struct DataTable<Row> {
    enum Align { case text, numeric }

    /// One rendered cell: its attributes (in order) and content; `isHeader` overrides the column's
    /// choice of `<th>` or `<td>` for this row (a group's heading row).
    struct Cell {
        var attributes: [Attribute?]
        var content: [Node]
        var isHeader: Bool? = nil
    }

    struct Column {
        var header: [Node]
        var headerAttributes: [Attribute?]
        /// The cells are `<th>` (the row's header; the cell's attributes then carry `scope="row"`).
        var rowHeader: Bool
        /// The row's cell, or nil when a cell before it spans this one (`colspan`).
        var cell: (Row) -> Cell?

        /// The general column: the cell is built whole, attributes included.
        init(header: [Node], headerAttributes: [Attribute?] = [], rowHeader: Bool = false, cell: @escaping (Row) -> Cell?) {
            self.header = header
            self.headerAttributes = headerAttributes
            self.rowHeader = rowHeader
            self.cell = cell
        }

        /// `class`: on the header and the cells ("no-print"); `cellClass`: on the cells only ("lead");
        /// `label`: the `data-label` a stacked table (cards on a phone) shows before the cell;
        /// `rowHeader`: the cell is the row's `<th scope="row">`; `attributes`: the row's own (ids, data).
        init(_ header: String, _ align: Align = .text, class extra: String? = nil, cellClass: String? = nil,
             label: Bool = false, rowHeader: Bool = false,
             attributes: @escaping (Row) -> [Attribute?] = { _ in [] },
             @NodeBuilder cell content: @escaping (Row) -> [Node]) {
            self.init(header: [.text(header)], align, class: extra, cellClass: cellClass,
                      label: label ? header : nil, rowHeader: rowHeader, attributes: attributes, cell: content)
        }

        /// The same with a header that is markup (a sort link).
        init(header: [Node], _ align: Align = .text, class extra: String? = nil, cellClass: String? = nil,
             label: String? = nil, rowHeader: Bool = false,
             attributes: @escaping (Row) -> [Attribute?] = { _ in [] },
             @NodeBuilder cell content: @escaping (Row) -> [Node]) {
            let headClass = DataTable.classes(align == .numeric ? "num" : nil, extra)
            let bodyClass = DataTable.classes(align == .numeric ? "num" : nil, extra, cellClass)
            self.init(header: header, headerAttributes: [headClass.map(Attribute.class)], rowHeader: rowHeader) { row in
                var attrs: [Attribute?] = rowHeader ? [.scope("row")] : []
                attrs.append(bodyClass.map(Attribute.class))
                attrs.append(label.map { .data("label", $0) })
                return Cell(attributes: attrs + attributes(row), content: content(row))
            }
        }
    }

    var rows: [Row]
    var columns: [Column]
    var id: String? = nil
    var `class`: String? = nil
    var caption: String? = nil
    /// Shown instead of the table (`<p class="muted">`) when there are no rows; nil: an empty table.
    var empty: String? = nil
    /// The scrolling wrap's accessible name; nil: no wrap.
    var label: String? = nil
    var rowAttributes: (Row) -> [Attribute?] = { _ in [] }
    /// Rows under the body (`<tfoot>`: a total), written by the page.
    var foot: [Node] = []

    var node: Node {
        if rows.isEmpty, let empty { return H.p(.class("muted")) { empty } }
        let table = H.table(id.map(Attribute.id), self.class.map(Attribute.class)) {
            if let caption { H.caption { caption } }
            H.thead {
                H.tr {
                    for c in columns { H.el("th", [.scope("col")] + c.headerAttributes) { c.header } }
                }
            }
            H.tbody {
                for row in rows {
                    H.el("tr", rowAttributes(row)) {
                        for c in columns {
                            if let cell = c.cell(row) { H.el((cell.isHeader ?? c.rowHeader) ? "th" : "td", cell.attributes) { cell.content } }
                        }
                    }
                }
            }
            if !foot.isEmpty { H.el("tfoot", []) { foot } }
        }
        guard let label else { return table }
        return Components.tableWrap(label: label) { table }
    }

    static func classes(_ parts: String?...) -> String? {
        let list = parts.compactMap { $0 }
        return list.isEmpty ? nil : list.joined(separator: " ")
    }
}
