import Foundation

/// Reads the written forms found in the reference documents. Keyword matching is done on folded
/// text so "Phấn đấu", "phan dau" and "PHẤN ĐẤU" read alike.
enum TargetParser {
    static func parse(_ raw: String) -> TargetComparison {
        let text = VietnameseText.normalized(raw)
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " .;"))
        if trimmed.isEmpty || ["-", "–", "—", "x"].contains(trimmed) { return .none }
        let numbers = VietnameseNumber.all(in: trimmed)
        let folded = VietnameseText.folded(trimmed)

        if let topRange = folded.range(of: "top ") {
            let after = folded[topRange.upperBound...]
            if let n = VietnameseNumber.all(in: String(after)).first, n == n.rounded(), n > 0 {
                var scope = String(after.drop(while: { !$0.isLetter }))
                if scope.hasPrefix("cua ") { scope.removeFirst(4) }
                return .top(Int(n), scope: scopeText(original: trimmed, foldedScope: scope))
            }
        }
        // Several figures in words ("> 95% đối với … và > 90% đối với …") are several targets in one cell.
        if numbers.isEmpty { return .qualitative }
        if numbers.count == 2, isRange(trimmed) {
            return .range(min(numbers[0], numbers[1]), max(numbers[0], numbers[1]))
        }
        if numbers.count > 1 { return .qualitative }
        let n = numbers[0]
        let head = trimmed.prefix(while: { !$0.isNumber })
        let foldedHead = VietnameseText.folded(String(head))
        if head.contains("≥") || head.contains(">=") || foldedHead.contains("it nhat")
            || foldedHead.contains("toi thieu") { return .atLeast(n) }
        if head.contains("≤") || head.contains("<=") || foldedHead.contains("toi da")
            || foldedHead.contains("khong qua") { return .atMost(n) }
        let headWords = Set(foldedHead.split(separator: " ").map(String.init))
        if head.contains(">") || headWords.contains("tren") || headWords.contains("hon") { return .above(n) }
        if head.contains("<") || headWords.contains("duoi") { return .below(n) }
        if head.contains("~") || head.contains("≈") || foldedHead.contains("khoang") { return .approximately(n) }
        // Only a few lead-in words may stand before a bare figure; anything else is prose.
        let allowedLeadIns: Set<String> = ["", "dat", "phan dau", "phan dau dat", "muc", "dat muc", "bang"]
        if allowedLeadIns.contains(foldedHead) { return .reach(n) }
        return .qualitative
    }

    private static func isRange(_ text: String) -> Bool {
        // "80-90%", "80 – 90 %", "từ 80 đến 90%".
        let compact = text.replacingOccurrences(of: " ", with: "")
        if compact.range(of: #"^\D{0,20}\d+([.,]\d+)?%?[-–—]\d+([.,]\d+)?%?$"#, options: .regularExpression) != nil {
            return true
        }
        let folded = VietnameseText.folded(text)
        return folded.contains("tu ") && folded.contains(" den ")
    }

    /// Keeps the scope in the original spelling ("thành phố về phát triển KHCN và ĐMST").
    private static func scopeText(original: String, foldedScope: String) -> String {
        guard !foldedScope.isEmpty else { return "" }
        let words = original.split(separator: " ")
        let scopeWordCount = foldedScope.split(separator: " ").count
        return words.suffix(scopeWordCount).joined(separator: " ")
    }
}
