import Foundation

/// Escaping shared by the DOCX, XLSX, HTML, SVG and template code: every string that comes from data
/// goes through here before it touches markup.
enum MarkupEscaping {
    /// Element content. Also drops the control characters XML 1.0 forbids (a stray form feed
    /// pasted from Word would otherwise make the whole document unreadable).
    static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Attribute values in double quotes; newlines and tabs kept as character references so they
    /// survive attribute-value normalisation.
    static func attribute(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Reverses the five predefined entities and numeric character references, for reading the
    /// text of `<w:t>` elements in a template.
    static func unescape(_ value: Substring) -> String {
        guard value.contains("&") else { return String(value) }
        var out = ""
        var i = value.startIndex
        while i < value.endIndex {
            let ch = value[i]
            if ch == "&", let semi = value[i...].firstIndex(of: ";"), value.distance(from: i, to: semi) <= 10 {
                let name = value[value.index(after: i)..<semi]
                var replacement: String?
                switch name {
                case "amp": replacement = "&"
                case "lt": replacement = "<"
                case "gt": replacement = ">"
                case "quot": replacement = "\""
                case "apos": replacement = "'"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16),
                       let s = Unicode.Scalar(v) {
                        replacement = String(Character(s))
                    } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) {
                        replacement = String(Character(s))
                    }
                }
                if let replacement {
                    out += replacement
                    i = value.index(after: semi)
                    continue
                }
            }
            out.append(ch)
            i = value.index(after: i)
        }
        return out
    }
}
