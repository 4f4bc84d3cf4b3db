import Foundation

/// Numbers as officials type them: "36,7" (decimal comma), "36.7", "1.234.567" (dot thousands),
/// "5.892,5" (both). A single dot is read as a decimal point, since figures here are mostly
/// shares and indices; several dots are thousands separators.
public enum VietnameseNumber {
    public static func parse(_ token: String) -> Double? {
        var s = token.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty else { return nil }
        var negative = false
        if s.hasPrefix("-") || s.hasPrefix("−") { negative = true; s.removeFirst() }
        if s.hasPrefix("+") { s.removeFirst() }
        guard let first = s.first, first.isNumber, let last = s.last, last.isNumber else { return nil }
        guard s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        let dots = s.filter { $0 == "." }.count
        let commas = s.filter { $0 == "," }.count
        var normalized: String
        switch (dots, commas) {
        case (0, 0): normalized = s
        case (0, 1): normalized = s.replacingOccurrences(of: ",", with: ".")
        case (1, 0): normalized = s
        case (_, 0) where dots > 1:
            guard thousandsGrouped(s, separator: ".") else { return nil }
            normalized = s.replacingOccurrences(of: ".", with: "")
        case (_, 1):
            // "5.892,5": dots group thousands, the comma is the decimal mark.
            let parts = s.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2, thousandsGrouped(String(parts[0]), separator: ".") else { return nil }
            normalized = parts[0].replacingOccurrences(of: ".", with: "") + "." + parts[1]
        default:
            return nil
        }
        // Hundreds of digits overflow to infinity, which no column, formatter or JSON can hold.
        guard let value = Double(normalized), value.isFinite else { return nil }
        return negative ? -value : value
    }

    /// Every number in a phrase, in order ("80-90%" → [80, 90]; "> 0,7" → [0.7]).
    public static func all(in text: String) -> [Double] {
        var result: [Double] = []
        var current = ""
        func flush() {
            while let last = current.last, last == "." || last == "," { current.removeLast() }
            if !current.isEmpty, let v = parse(current) { result.append(v) }
            current = ""
        }
        for ch in text {
            if ch.isASCII && ch.isNumber {
                current.append(ch)
            } else if (ch == "." || ch == ","), !current.isEmpty {
                current.append(ch)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    private static func thousandsGrouped(_ s: String, separator: Character) -> Bool {
        let groups = s.split(separator: separator, omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
