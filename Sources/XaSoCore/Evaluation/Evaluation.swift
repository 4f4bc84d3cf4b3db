import Foundation

/// One indicator's figure for a unit and period, judged against the target that applies.
public struct Evaluation: Sendable, Codable, Equatable {
    public var indicator: Indicator
    public var period: ReportingPeriod
    public var value: MeasuredValue?
    public var target: Target?
    /// Milestone year whose target applied.
    public var targetYear: Int?
    public var verdict: Verdict
    /// Value minus the target's bound, in the indicator's unit (negative = short when higher is better).
    public var gap: Double?
    public var previousValue: MeasuredValue?
    /// Value minus the previous period's value.
    public var change: Double?
    public var trend: Trend?
    /// The reporter's note on causes ("do người dân chưa phổ cập sử dụng").
    public var note: String?

    /// "Chưa đạt – do người dân chưa phổ cập sử dụng", as the reference table writes it.
    public var verdictText: String {
        guard let note, !note.isEmpty, !verdict.isAchieved, verdict != .noData else { return verdict.vietnamese }
        return verdict.vietnamese + " – " + note
    }
}

public enum Evaluator {
    /// Judges `value` against `target` for an indicator of the given direction.
    public static func verdict(value: Double?, target: Target?, direction: Direction,
                               rules: EvaluationRules = .standard, manual: Verdict? = nil) -> Verdict {
        guard let value else { return .noData }
        guard let target else { return manual ?? .noTarget }
        let sign: Double = direction == .higher ? 1 : -1
        // Compare in "bigger is better" terms so one set of rules serves both directions.
        func judge(bound: Double, strict: Bool) -> Verdict {
            let v = sign * value, b = sign * bound
            if v > b + rules.exceedMargin { return .exceeded }
            if v == b || (v > b && v <= b + rules.exceedMargin) { return strict && rules.strictInequalities ? shortfall(bound) : .met }
            return shortfall(bound)
        }
        func shortfall(_ bound: Double) -> Verdict {
            let ratio: Double
            if direction == .higher {
                ratio = bound == 0 ? 0 : value / bound
            } else {
                ratio = value == 0 ? 1 : bound / value
            }
            return ratio >= rules.approachingRatio ? .approaching : .notMet
        }
        switch target.comparison {
        case .none: return manual ?? .noTarget
        case .qualitative: return manual ?? .noTarget
        case .reach(let b), .atLeast(let b), .atMost(let b):
            return judge(bound: b, strict: false)
        case .above(let b), .below(let b):
            return judge(bound: b, strict: true)
        case .top(let n, _):
            // A rank: lower wins whatever the indicator says.
            return verdict(value: value, target: Target(text: target.text, comparison: .atMost(Double(n))),
                           direction: .lower, rules: rules)
        case .range(let lo, let hi):
            let (inner, outer) = direction == .higher ? (lo, hi) : (hi, lo)
            if sign * value > sign * outer { return .exceeded }
            if sign * value >= sign * inner { return .met }
            return shortfall(inner)
        case .approximately(let b):
            if abs(value - b) <= rules.approximateTolerance { return .met }
            return judge(bound: b, strict: false)
        }
    }

    public static func gap(value: Double?, target: Target?) -> Double? {
        guard let value, let bound = target?.comparison.bound else { return nil }
        return value - bound
    }

    public static func trend(current: Double, previous: Double, direction: Direction) -> Trend {
        if current == previous { return .unchanged }
        return (current > previous) == (direction == .higher) ? .improved : .worsened
    }

    /// Evaluates one indicator for a period. `target` overrides the indicator's national target
    /// (a commune's own target), else the milestone target for the period's year applies.
    public static func evaluate(indicator: Indicator, period: ReportingPeriod, value: MeasuredValue?,
                                note: String? = nil, previous: MeasuredValue? = nil,
                                targetOverride: (year: Int, target: Target)? = nil,
                                manual: Verdict? = nil, rules: EvaluationRules = .standard) -> Evaluation {
        let year = targetOverride?.year ?? indicator.milestoneYear(for: period.year)
        let target = targetOverride?.target ?? year.flatMap { indicator.targets[$0] }
        let effectiveTarget: Target? = target.flatMap { $0.comparison == .none ? nil : $0 }
        let verdict = verdict(value: value?.number, target: effectiveTarget, direction: indicator.direction,
                              rules: rules, manual: manual)
        var change: Double?
        var trend: Trend?
        if let value, let previous {
            change = value.number - previous.number
            trend = Evaluator.trend(current: value.number, previous: previous.number, direction: indicator.direction)
        }
        return Evaluation(indicator: indicator, period: period, value: value, target: target, targetYear: year,
                          verdict: verdict, gap: gap(value: value?.number, target: effectiveTarget),
                          previousValue: previous, change: change, trend: trend, note: note)
    }
}

/// Counts per verdict, for dashboards and roll-ups.
public struct VerdictCounts: Sendable, Codable, Equatable {
    public var counts: [Verdict: Int]

    public init(_ evaluations: [Evaluation]) {
        var counts: [Verdict: Int] = [:]
        for e in evaluations { counts[e.verdict, default: 0] += 1 }
        self.counts = counts
    }

    public subscript(_ verdict: Verdict) -> Int { counts[verdict] ?? 0 }
    public var achieved: Int { self[.exceeded] + self[.met] }
    public var judged: Int { achieved + self[.approaching] + self[.notMet] }
    /// Share of judged indicators met or exceeded, 0…100.
    public var achievedRate: Double? { judged == 0 ? nil : Double(achieved) * 100 / Double(judged) }
}
