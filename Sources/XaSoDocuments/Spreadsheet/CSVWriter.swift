import Foundation

/// Writes CSV that Excel opens with Vietnamese intact: UTF-8 with a BOM (without it Excel reads
/// the bytes as the Windows code page), RFC 4180 quoting, CRLF line ends. Text is written in NFC.
public enum CSVWriter {
    public enum Delimiter: UInt8, Sendable {
        case comma = 0x2C
        case semicolon = 0x3B
        case tab = 0x09
    }

    /// - Parameters:
    ///   - delimiter: comma by default. Excel splits on the "list separator" of Windows' region
    ///     settings, which is ";" on machines set to Vietnamese; `.semicolon` suits those.
    ///   - byteOrderMark: keep it for Excel; leave it out only for programs that choke on it.
    ///   - neutralizeFormulas: prefix text that Excel would run as a formula (starting with
    ///     = + - @) with an apostrophe, against CSV injection when the file holds text typed by
    ///     others. Plain numbers such as "-5" are left alone. Off by default since it changes
    ///     the text (e.g. the "- Sở KH&CN;" lines of a "Nơi nhận" list).
    public static func write(_ rows: [[String]], delimiter: Delimiter = .comma, byteOrderMark: Bool = true,
                             neutralizeFormulas: Bool = false) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 32 + 3)
        if byteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        let separator = delimiter.rawValue
        for (r, row) in rows.enumerated() {
            for (k, field) in row.enumerated() {
                if k > 0 { out.append(separator) }
                var text = NFCText.normalized(field)
                if neutralizeFormulas, looksLikeFormula(text) { text = "'" + text }
                append(text, to: &out, separator: separator, forceQuotes: r == 0 && k == 0 && text.hasPrefix("sep="))
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return Data(out)
    }

    public static func write(_ table: SheetTable, delimiter: Delimiter = .comma, byteOrderMark: Bool = true,
                             neutralizeFormulas: Bool = false) -> Data {
        write(table.rows, delimiter: delimiter, byteOrderMark: byteOrderMark, neutralizeFormulas: neutralizeFormulas)
    }

    /// Quotes a field holding the delimiter, a quote or a line break (RFC 4180 §2.6), and one with
    /// a leading or trailing space, which some readers trim. `forceQuotes` is for a first cell
    /// starting "sep=", which Excel would take for its delimiter directive.
    private static func append(_ text: String, to out: inout [UInt8], separator: UInt8, forceQuotes: Bool) {
        var text = text
        text.withUTF8 { bytes in
            let needsQuotes = forceQuotes || bytes.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
                || bytes.first == 0x20 || bytes.last == 0x20
            guard needsQuotes else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(0x22)
            for b in bytes {
                out.append(b)
                if b == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
        }
    }

    private static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return false }
        if first == "=" || first == "@" { return true }
        let rest = text.unicodeScalars.dropFirst()
        let isNumber = !rest.isEmpty && rest.allSatisfy { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
        return !isNumber
    }
}
