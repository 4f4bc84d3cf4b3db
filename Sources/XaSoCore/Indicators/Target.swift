import Foundation

/// A target as officials write it ("> 50%", "≥ 85%", "80-90%", "Top 50 của thành phố", "-"),
/// kept verbatim for display, with the comparison it means.
public struct Target: Sendable, Codable, Equatable, Hashable {
    public var text: String
    public var comparison: TargetComparison

    public init(text: String, comparison: TargetComparison) {
        self.text = text
        self.comparison = comparison
    }

    /// Parses the written form; never fails: what cannot be read as numbers is `.qualitative`.
    public init(parsing text: String) {
        self.text = VietnameseText.normalized(text)
        self.comparison = TargetParser.parse(self.text)
    }
}

public enum TargetComparison: Sendable, Codable, Equatable, Hashable {
    /// "-", empty: no target for that milestone.
    case none
    /// A bare figure ("80%", "đạt 1,0", "Phấn đấu đạt 3%"): reach it, in the indicator's direction.
    case reach(Double)
    /// "≥ 85%", "ít nhất 3%", "tối thiểu".
    case atLeast(Double)
    /// "> 50%", "trên 3%".
    case above(Double)
    /// "≤ 20", "tối đa", "không quá".
    case atMost(Double)
    /// "< 70", "dưới".
    case below(Double)
    /// "80-90%".
    case range(Double, Double)
    /// "~15%".
    case approximately(Double)
    /// "Top 50 của thành phố": a rank of at most N within a scope.
    case top(Int, scope: String)
    /// Words only ("Đạt mức cao của TP") or several targets in one cell: judged by a person.
    case qualitative

    /// The figure a value is compared with and the gap measured from.
    public var bound: Double? {
        switch self {
        case .reach(let v), .atLeast(let v), .above(let v), .atMost(let v), .below(let v), .approximately(let v):
            return v
        case .range(let lo, _):
            return lo
        case .top(let n, _):
            return Double(n)
        case .none, .qualitative:
            return nil
        }
    }
}
