import Foundation
import XaSoDocuments

/// A piece of an HTML (or inline SVG) document. Text and attribute values are escaped when rendered,
/// and there is no case for raw markup: a value from the database cannot become markup by mistake.
/// (`rendered` holds markup this type itself wrote from nodes, kept to serve it again; `drawing`, a chart
/// that only XaSoDocuments' chart code can make.)
indirect enum Node: Sendable {
    case element(String, [Attribute], [Node])
    /// An element with no closing tag (`<input>`, `<br>`, `<meta>`).
    case void(String, [Attribute])
    case text(String)
    case fragment([Node])
    case rendered(RenderedFragment)
    /// A chart from XaSoDocuments, the same drawing the reports use; it escapes its own texts.
    case drawing(SVGDrawing)

    /// Serialises the tree, escaping every text and attribute value.
    func render(into out: inout String) {
        switch self {
        case .element(let name, let attributes, let children):
            out += "<"
            out += name
            for a in attributes { a.render(into: &out) }
            out += ">"
            for c in children { c.render(into: &out) }
            out += "</"
            out += name
            out += ">"
        case .void(let name, let attributes):
            out += "<"
            out += name
            for a in attributes { a.render(into: &out) }
            out += ">"
        case .text(let s):
            Escape.text(s, into: &out)
        case .fragment(let children):
            for c in children { c.render(into: &out) }
        case .rendered(let fragment):
            out += fragment.html
        case .drawing(let chart):
            out += chart.markup
        }
    }

    var rendered: String {
        var out = ""
        out.reserveCapacity(16_384)
        render(into: &out)
        return out
    }
}

/// Nodes already serialised, for a page part that is rendered once and served many times. It can
/// only be made from nodes, so it holds nothing our escaping has not seen.
struct RenderedFragment: Sendable {
    let html: String

    init(_ nodes: [Node]) {
        var out = ""
        out.reserveCapacity(32_768)
        for n in nodes { n.render(into: &out) }
        html = out
    }
}

/// One attribute; `value == nil` writes a boolean attribute (`required`, `selected`).
struct Attribute: Sendable, Equatable {
    var name: String
    var value: String?

    init(_ name: String, _ value: String?) {
        precondition(Attribute.isValidName(name), "attribute names are code, not data: \(name)")
        self.name = name
        self.value = value
    }

    func render(into out: inout String) {
        out += " "
        out += name
        if let value {
            out += "=\""
            Escape.attribute(value, into: &out)
            out += "\""
        }
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == ":"
        }
    }
}

enum Escape {
    static func text(_ s: String, into out: inout String) {
        escape(s, into: &out, quotes: false)
    }

    static func attribute(_ s: String, into out: inout String) {
        escape(s, into: &out, quotes: true)
    }

    /// Copies runs without special characters whole: a page is mostly Vietnamese text with none,
    /// and appending it scalar by scalar was a large share of rendering a page.
    private static func escape(_ s: String, into out: inout String, quotes: Bool) {
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let replacement: String?
            switch utf8[i] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = quotes ? "&quot;" : nil
            case UInt8(ascii: "'"): replacement = quotes ? "&#39;" : nil
            default: replacement = nil
            }
            if let replacement {
                out += s[runStart..<i]
                out += replacement
                runStart = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += s[runStart..<utf8.endIndex]
    }
}
