import Foundation
import XaSoCore

/// Small builders for WordprocessingML fragments. Element order inside `w:pPr`, `w:rPr` and the
/// table properties follows the schema sequence: Word rejects out-of-order children as corrupt.
enum DocxXML {
    struct RunStyle: Equatable {
        var bold = false
        var italic = false
        var pointSize: Double? = nil
    }

    enum Alignment: String {
        case left, center, right, both
    }

    struct ParagraphStyle {
        var styleID: String? = nil
        var keepNext = false
        var keepLines = false
        var borderTop = false
        var alignment: Alignment = .left
        var spaceBefore = 0
        var spaceAfter = 0
        /// 240 = single.
        var line = 240
        var lineExact = false
        var firstLine = 0
        var indentLeft = 0
        var indentRight = 0
        /// Size of the paragraph mark, which sets the height of an empty paragraph.
        var markPointSize: Double? = nil
    }

    static func rPr(_ style: RunStyle) -> String {
        var out = ""
        if style.bold { out += "<w:b/><w:bCs/>" }
        if style.italic { out += "<w:i/><w:iCs/>" }
        if let size = style.pointSize {
            let hp = DocxLayout.halfPoints(size)
            out += "<w:sz w:val=\"\(hp)\"/><w:szCs w:val=\"\(hp)\"/>"
        }
        return out.isEmpty ? "" : "<w:rPr>\(out)</w:rPr>"
    }

    /// A run of text. Newlines become line breaks and tabs become tab characters, because a
    /// literal newline inside `<w:t>` is just a space to Word.
    static func run(_ text: String, _ style: RunStyle) -> String {
        let props = rPr(style)
        var out = "<w:r>\(props)"
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out += "<w:br/>" }
            first = false
            var firstPiece = true
            for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
                if !firstPiece { out += "<w:tab/>" }
                firstPiece = false
                if !piece.isEmpty {
                    out += "<w:t xml:space=\"preserve\">\(MarkupEscaping.text(String(piece)))</w:t>"
                }
            }
        }
        return out + "</w:r>"
    }

    static func runs(_ text: RichText, base: RunStyle) -> String {
        text.runs.map { r in
            var style = base
            style.bold = base.bold || r.bold
            style.italic = base.italic || r.italic
            return run(r.text, style)
        }.joined()
    }

    static func pPr(_ p: ParagraphStyle) -> String {
        var out = ""
        if let id = p.styleID { out += "<w:pStyle w:val=\"\(id)\"/>" }
        if p.keepNext { out += "<w:keepNext/>" }
        if p.keepLines { out += "<w:keepLines/>" }
        if p.borderTop {
            out += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
        }
        let rule = p.lineExact ? "exact" : "auto"
        out += "<w:spacing w:before=\"\(p.spaceBefore)\" w:after=\"\(p.spaceAfter)\" w:line=\"\(p.line)\" w:lineRule=\"\(rule)\"/>"
        out += "<w:ind w:left=\"\(p.indentLeft)\" w:right=\"\(p.indentRight)\" w:firstLine=\"\(p.firstLine)\"/>"
        out += "<w:jc w:val=\"\(p.alignment.rawValue)\"/>"
        if let size = p.markPointSize {
            let hp = DocxLayout.halfPoints(size)
            out += "<w:rPr><w:sz w:val=\"\(hp)\"/><w:szCs w:val=\"\(hp)\"/></w:rPr>"
        }
        return "<w:pPr>\(out)</w:pPr>"
    }

    static func paragraph(_ style: ParagraphStyle, _ content: String) -> String {
        "<w:p>\(pPr(style))\(content)</w:p>"
    }

    enum CellVerticalAlignment: String { case top, center, bottom }

    static func cell(width: Int, span: Int = 1, vAlign: CellVerticalAlignment = .top, content: String) -> String {
        var props = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { props += "<w:gridSpan w:val=\"\(span)\"/>" }
        props += "<w:vAlign w:val=\"\(vAlign.rawValue)\"/>"
        // A cell must end with a paragraph; an empty one keeps the file valid.
        let body = content.isEmpty ? "<w:p/>" : content
        return "<w:tc><w:tcPr>\(props)</w:tcPr>\(body)</w:tc>"
    }

    static func borders(_ value: String, size: Int = 4) -> String {
        let sides = ["top", "left", "bottom", "right", "insideH", "insideV"]
        if value == "nil" {
            return "<w:tblBorders>" + sides.map { "<w:\($0) w:val=\"nil\"/>" }.joined() + "</w:tblBorders>"
        }
        return "<w:tblBorders>" + sides.map {
            "<w:\($0) w:val=\"\(value)\" w:sz=\"\(size)\" w:space=\"0\" w:color=\"000000\"/>"
        }.joined() + "</w:tblBorders>"
    }

    /// A table with fixed column widths (twips). `indent` moves the table's left edge; negative
    /// values reach into the left margin.
    static func table(columns: [Int], bordered: Bool, indent: Int = 0, cellMarginLR: Int = 85, rows: [String]) -> String {
        let total = columns.reduce(0, +)
        var pr = "<w:tblW w:w=\"\(total)\" w:type=\"dxa\"/>"
        if indent != 0 { pr += "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" } else if bordered { pr += "<w:jc w:val=\"center\"/>" }
        pr += bordered ? borders("single") : borders("nil")
        pr += "<w:tblLayout w:type=\"fixed\"/>"
        pr += "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"\(cellMarginLR)\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"\(cellMarginLR)\" w:type=\"dxa\"/></w:tblCellMar>"
        pr += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        let grid = columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        return "<w:tbl><w:tblPr>\(pr)</w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(rows.joined())</w:tbl>"
    }

    static func row(header: Bool = false, cantSplit: Bool = true, cells: [String]) -> String {
        var pr = ""
        if cantSplit { pr += "<w:cantSplit/>" }
        if header { pr += "<w:tblHeader/>" }
        return "<w:tr>\(pr.isEmpty ? "" : "<w:trPr>\(pr)</w:trPr>")\(cells.joined())</w:tr>"
    }
}
