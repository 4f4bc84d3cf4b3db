import Foundation

/// A compiled regular expression with the few calls the plan parsers need.
/// Patterns are written by us, so a pattern that does not compile is a programming error.
struct PlanPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe; it is not marked Sendable.
    private let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        regex = try! NSRegularExpression(pattern: pattern, options: options)
    }

    /// Capture groups of the first match (index 0 is the whole match); nil groups become nil.
    func firstMatch(in text: String) -> [String?]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return groups(of: match, in: text)
    }

    func allMatches(in text: String) -> [[String?]] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { groups(of: $0, in: text) }
    }

    func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    private func groups(of match: NSTextCheckingResult, in text: String) -> [String?] {
        (0..<match.numberOfRanges).map { index in
            let r = match.range(at: index)
            guard r.location != NSNotFound, let range = Range(r, in: text) else { return nil }
            return String(text[range])
        }
    }
}
