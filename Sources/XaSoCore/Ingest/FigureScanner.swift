import Foundation

/// A number as a report writes it, found in a line or paragraph: "85%", "~15%", "> 50%",
/// "99,2%", "5805/5805", "05", read through OCR's letter-for-digit swaps ("8O%", "l5%").
public struct ScannedFigure: Sendable, Equatable {
    /// Character offsets in the text scanned: the figure itself, comparator and "~" included.
    public var start: Int
    public var end: Int
    public var value: Double
    public var approximate: Bool
    public var percent: Bool
    /// "5805/5805": value is the numerator.
    public var denominator: Double?
    /// ">", "≥", "<", "≤" when written before it (a target).
    public var comparator: String?
    /// The figure as written, comparator included ("> 50%").
    public var text: String
}

public enum FigureScanner {
    /// Every figure in `text`, in order. Dates ("16/7/2025"), document numbers ("01/QĐ-UBND",
    /// "30/2020/NĐ-CP"), years after "năm" and numbers inside words are left out.
    public static func scan(_ text: String) -> [ScannedFigure] {
        let chars = Array(text)
        var out: [ScannedFigure] = []
        var i = 0
        func isDigitish(_ c: Character) -> Bool { c.isASCII && c.isNumber || "OolI".contains(c) }
        while i < chars.count {
            let c = chars[i]
            guard c.isASCII && c.isNumber || ("OolI".contains(c) && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber) else {
                i += 1
                continue
            }
            // Part of a word ("S0", "4G")? Then not a figure.
            if i > 0, chars[i - 1].isLetter || chars[i - 1] == "_" { i = skipWord(chars, i); continue }
            var j = i
            var raw = ""
            while j < chars.count {
                let d = chars[j]
                if isDigitish(d) {
                    raw.append(d); j += 1
                } else if (d == "." || d == ","), j + 1 < chars.count, chars[j + 1].isASCII && chars[j + 1].isNumber || (j + 1 < chars.count && "Oo".contains(chars[j + 1]) && raw.count > 0 && j + 2 < chars.count && !chars[j + 2].isLetter) {
                    raw.append(d); j += 1
                } else {
                    break
                }
            }
            // A run that runs into a letter is a word ("4G", "10a"), not a figure.
            if j < chars.count, chars[j].isLetter { i = skipWord(chars, j); continue }
            let digits = raw.filter { $0.isASCII && $0.isNumber }.count
            guard digits * 2 >= raw.filter({ $0 != "." && $0 != "," }).count else { i = j; continue }
            let cleaned = String(raw.map { c -> Character in
                switch c { case "O", "o": return "0"; case "l", "I": return "1"; default: return c }
            })
            var k = j
            // Slashes: a fraction "5805/5805", a date "16/7/2025" or a document number "01/QĐ-UBND".
            var denominator: Double?
            if k < chars.count, chars[k] == "/" {
                var m = k + 1
                var second = ""
                while m < chars.count, isDigitish(chars[m]) || chars[m] == "." { second.append(chars[m]); m += 1 }
                second = String(second.map { c -> Character in
                    switch c { case "O", "o": return "0"; case "l", "I": return "1"; default: return c }
                })
                if !second.contains(where: { $0.isNumber }) { second = "" }
                if second.isEmpty || (m < chars.count && (chars[m] == "/" || chars[m].isLetter)) {
                    i = skipDocumentNumber(chars, k); continue
                }
                guard let d = Self.isThousandsGrouped(second) ? Double(second.replacingOccurrences(of: ".", with: ""))
                        : VietnameseNumber.parse(second) else { i = m; continue }
                denominator = d
                k = m
            }
            guard var value = VietnameseNumber.parse(cleaned) else { i = j; continue }
            // "năm 2025", "ngày 09", "tháng 6": parts of dates.
            let before = precedingWord(chars, i)
            if ["nam", "ngay", "thang", "so", "khoa", "ky", "quy", "luc", "dieu", "khoan", "muc"].contains(before) && denominator == nil {
                if !(before == "so" && k < chars.count && chars[k] == "%") { i = k; continue }
            }
            var percent = false
            var m = k
            while m < chars.count, chars[m] == " " { m += 1 }
            if m < chars.count, chars[m] == "%" { percent = true; k = m + 1 }
            // "2.300 hồ sơ": a single dot before three digits groups thousands in a count.
            if !percent, Self.isThousandsGrouped(cleaned),
               let whole = Double(cleaned.replacingOccurrences(of: ".", with: "")) {
                value = whole
            }
            // What stands before: "~", "≈", "khoảng", comparators.
            var start = i
            var approximate = false
            var comparator: String?
            var p = i - 1
            while p >= 0, chars[p] == " " || chars[p] == "\n" { p -= 1 }
            if p >= 0 {
                switch chars[p] {
                case "~", "≈": approximate = true; start = p
                case ">", "≥", "<", "≤": comparator = String(chars[p]); start = p
                default:
                    let word = IngestFold.key(String(chars[max(0, p - 8)...p]))
                    if word.hasSuffix("khoang") || word.hasSuffix("xap xi") { approximate = true }
                }
            }
            let written = String(chars[start..<k]).trimmingCharacters(in: .whitespaces)
            out.append(ScannedFigure(start: start, end: k, value: value, approximate: approximate, percent: percent,
                                     denominator: denominator, comparator: comparator, text: written))
            i = k
        }
        return out
    }

    /// "2.300", "1.234.567".
    static func isThousandsGrouped(_ s: String) -> Bool {
        let groups = s.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isNumber) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func skipWord(_ chars: [Character], _ from: Int) -> Int {
        var j = from
        while j < chars.count, chars[j].isLetter || chars[j].isNumber { j += 1 }
        return max(j, from + 1)
    }

    private static func skipDocumentNumber(_ chars: [Character], _ from: Int) -> Int {
        var j = from
        while j < chars.count, !chars[j].isWhitespace, chars[j] != ";", chars[j] != "," || (j + 1 < chars.count && chars[j + 1].isNumber) { j += 1 }
        return max(j, from + 1)
    }

    /// The folded word just before offset `i`.
    static func precedingWord(_ chars: [Character], _ i: Int) -> String {
        var p = i - 1
        while p >= 0, !chars[p].isLetter && !chars[p].isNumber {
            if "/.;(,:".contains(chars[p]) { return "" }
            p -= 1
        }
        var word = ""
        while p >= 0, chars[p].isLetter { word.insert(chars[p], at: word.startIndex); p -= 1 }
        return IngestFold.key(word)
    }
}
