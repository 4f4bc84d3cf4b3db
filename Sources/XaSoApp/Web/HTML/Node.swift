import Foundation

/// A piece of an HTML (or inline SVG) document. Text and attribute values are escaped when rendered,
/// and there is no case for raw markup: a value from the database cannot become markup by mistake.
indirect enum Node: Sendable {
    case element(String, [Attribute], [Node])
    /// An element with no closing tag (`<input>`, `<br>`, `<meta>`).
    case void(String, [Attribute])
    case text(String)
    case fragment([Node])

    static let empty = Node.fragment([])

    /// Serialises the tree, escaping every text and attribute value.
    func render(into out: inout String) {
        switch self {
        case .element(let name, let attributes, let children):
            out += "<" + name
            for a in attributes { a.render(into: &out) }
            out += ">"
            for c in children { c.render(into: &out) }
            out += "</" + name + ">"
        case .void(let name, let attributes):
            out += "<" + name
            for a in attributes { a.render(into: &out) }
            out += ">"
        case .text(let s):
            Escape.text(s, into: &out)
        case .fragment(let children):
            for c in children { c.render(into: &out) }
        }
    }

    var rendered: String {
        var out = ""
        out.reserveCapacity(16_384)
        render(into: &out)
        return out
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
        out += " " + name
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
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(ch)
            }
        }
    }

    static func attribute(_ s: String, into out: inout String) {
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
    }

    static func text(_ s: String) -> String {
        var out = ""
        text(s, into: &out)
        return out
    }
}
