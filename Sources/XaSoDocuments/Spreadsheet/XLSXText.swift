import Foundation

/// Cell text as SpreadsheetML stores it: characters XML cannot carry (a CR, control codes) are
/// written `_xHHHH_`, and a literal "_x" that would look like such an escape is written `_x005F_x`.
enum XLSXText {
    /// Text from a `<t>` or `<v>` element, unescaped and in NFC.
    static func cellString(_ raw: String) -> String {
        var text = raw
        if raw.utf8.count >= 7 && raw.contains("_x") { text = unescape(raw) }
        if text.utf8.contains(where: { $0 >= 0x80 }) { text = NFCText.normalized(text) }
        return text
    }

    static func unescape(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_",
               let value = hexValue(scalars[(i + 2)...(i + 5)]), let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// Escapes for a `<t>` element: XML's five, `_xHHHH_` for characters XML 1.0 forbids or
    /// would normalise away (CR, other controls), and `_x005F_` before a literal "_xHHHH_".
    static func escapedCellText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "_":
                let looksEscaped = i + 6 < scalars.count && scalars[i + 1] == "x" && scalars[i + 6] == "_"
                    && hexValue(scalars[(i + 2)...(i + 5)]) != nil
                out += looksEscaped ? "_x005F_" : "_"
            case "\t", "\n":
                out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    out += "_x" + hex4(v) + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }


    private static func hexValue(_ digits: ArraySlice<Unicode.Scalar>) -> UInt32? {
        var value: UInt32 = 0
        for d in digits {
            let v = d.value
            switch v {
            case 0x30...0x39: value = value << 4 | (v - 0x30)
            case 0x41...0x46: value = value << 4 | (v - 0x37)
            case 0x61...0x66: value = value << 4 | (v - 0x57)
            default: return nil
            }
        }
        return value
    }

    private static func hex4(_ value: UInt32) -> String {
        let s = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
