import Foundation

/// Advance widths of Times New Roman (and the metric-compatible Liberation Serif), in 1/1000 em,
/// for the characters headers are made of. The header rules must be as long as the line above
/// them (Decree 30/2020), and OOXML has no "as long as the text" border, so the writer measures.
/// Vietnamese letters are measured as their base letter: the marks sit above or below and do not
/// change the advance.
enum TimesMetrics {
    static func width(of text: String, bold: Bool, pointSize: Double) -> Double {
        let table = bold ? boldWidths : regularWidths
        var units = 0
        for ch in baseLetters(text) {
            units += table[ch] ?? (bold ? 556 : 500)
        }
        return Double(units) / 1000 * pointSize
    }

    private static func baseLetters(_ text: String) -> [Character] {
        var out: [Character] = []
        for ch in text {
            if ch == "đ" { out.append("d"); continue }
            if ch == "Đ" { out.append("D"); continue }
            let decomposed = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars
            if let first = decomposed.first { out.append(Character(first)) }
        }
        return out
    }

    private static func table(_ pairs: String, _ widths: [Int]) -> [Character: Int] {
        var map: [Character: Int] = [:]
        for (ch, w) in zip(pairs, widths) { map[ch] = w }
        return map
    }

    private static let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -.,:;/()"
    private static let regularWidths = table(letters, [
        722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611,
        444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
        250, 333, 250, 250, 278, 278, 278, 333, 333,
    ])
    private static let boldWidths = table(letters, [
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
        250, 333, 250, 250, 333, 333, 278, 333, 333,
    ])
}
