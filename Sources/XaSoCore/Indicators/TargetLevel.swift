import Foundation

/// Whose target applies to a commune's figure: a national document's, its province's plan's, or the
/// commune's own. A commune's own target wins over its province's, a province's over the national one;
/// a province's targets never reach communes of another province.
public enum TargetLevel: String, Sendable, Codable, CaseIterable {
    case national
    case province
    case commune

    public var vietnamese: String {
        switch self {
        case .national: return "Mục tiêu quốc gia"
        case .province: return "Mục tiêu của tỉnh/thành phố"
        case .commune: return "Mục tiêu của xã"
        }
    }
}

extension Indicator {
    /// The level of the target that applies to a period of `year`; nil when no target applies.
    public func targetLevel(forYear year: Int) -> TargetLevel? {
        guard let milestone = milestoneYear(for: year), targets[milestone] != nil else { return nil }
        return targetLevels[milestone] ?? .national
    }

    /// The indicator with targets of one level laid over those it has.
    public func withTargets(_ overlay: [Int: Target], level: TargetLevel) -> Indicator {
        guard !overlay.isEmpty else { return self }
        var copy = self
        for (year, target) in overlay {
            copy.targets[year] = target
            copy.targetLevels[year] = level
        }
        return copy
    }
}

extension Evaluation {
    /// Which level's target this figure was judged against.
    public var targetLevel: TargetLevel? { targetYear.flatMap { indicator.targetLevel(forYear: $0) } }
}
