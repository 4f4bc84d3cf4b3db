import Foundation

/// A commune's index for a period: each indicator scored against its target (0…1), scores averaged
/// per pillar, pillars weighted into one figure 0…100.
public struct CommuneScore: Sendable, Equatable {
    /// 0…100, to two decimals (what is shown is what is ranked).
    public var index: Double
    /// Pillar → 0…100 to two decimals; a pillar with no indicator scored is absent.
    public var pillars: [IndexPillar: Double]
    /// Whether the commune has any figure for the period (a commune with none is not ranked).
    public var hasData: Bool

    public init(index: Double, pillars: [IndexPillar: Double], hasData: Bool) {
        self.index = index
        self.pillars = pillars
        self.hasData = hasData
    }
}

public enum IndexScore {
    /// One indicator's score against its target: value ÷ bound when higher is better, bound ÷ value
    /// when lower is (ranks, "Top 50" always so), capped at 1 — beating a target earns no more than
    /// meeting it, so one indicator far over cannot hide another short. 0 without a figure: a figure not
    /// reported counts as nothing done. Nil when there is nothing to score against (no target, words).
    public static func normalised(value: Double?, comparison: TargetComparison, direction: Direction) -> Double? {
        var direction = direction
        let bound: Double
        switch comparison {
        case .none, .qualitative: return nil
        case .top(let n, _):
            bound = Double(n)
            direction = .lower
        case .range(let lo, let hi):
            // The near end of the range, as the verdict measures a shortfall from it.
            bound = direction == .higher ? lo : hi
        case .reach(let v), .atLeast(let v), .above(let v), .atMost(let v), .below(let v), .approximately(let v):
            bound = v
        }
        guard let value else { return 0 }
        switch direction {
        case .higher: return bound <= 0 ? 1 : max(0, min(1, value / bound))
        case .lower: return value <= 0 ? 1 : max(0, min(1, bound / value))
        }
    }

    /// The score of one evaluation (its target is the one that applied: the commune's own or the milestone's).
    public static func normalised(_ e: Evaluation) -> Double? {
        guard e.indicator.unitKind.isNumeric, let target = e.target else { return nil }
        return normalised(value: e.value?.number, comparison: target.comparison, direction: e.indicator.direction)
    }

    /// Pillars are the mean of their indicators' scores; the index is the pillars weighted. A pillar
    /// with nothing to score (no indicator of the framework has a target there) is left out and the
    /// other weights count in proportion, so a framework without, say, kinh tế số targets still scores 0…100.
    public static func compute(_ evaluations: [Evaluation], weights: PillarWeights) -> CommuneScore {
        var sums: [IndexPillar: (total: Double, count: Int)] = [:]
        for e in evaluations {
            guard case .pillar(let pillar) = IndexPillars.role(of: e.indicator), let score = normalised(e) else { continue }
            sums[pillar, default: (0, 0)].total += score
            sums[pillar, default: (0, 0)].count += 1
        }
        let pillars = sums.mapValues { $0.total / Double($0.count) }
        let weightTotal = pillars.keys.reduce(0) { $0 + weights[$1] }
        let index = weightTotal == 0 ? 0 : pillars.reduce(0) { $0 + weights[$1.key] * $1.value } / weightTotal * 100
        return CommuneScore(index: rounded(index), pillars: pillars.mapValues { rounded($0 * 100) },
                            hasData: evaluations.contains { $0.value != nil })
    }

    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
