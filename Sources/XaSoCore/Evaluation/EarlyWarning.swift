import Foundation

/// The plan's "AI hỗ trợ ra quyết định": from an indicator's figures over past periods, where it will
/// stand at its milestone (31/12 of the milestone year) if it keeps its pace, and whether that meets
/// the target. A projection, not a verdict: it warns early, while there is still time to act.
///
/// Choices (docs/evaluation.md, "Cảnh báo sớm"):
/// - Time runs on the periods' last days, counted in months and expressed in quarters (a quarter,
///   half, nine months and year all end on a month's last day, so a mixed series sits on one axis:
///   2024 → 2025-H1 is 2 quarters). Paces are always per quarter, whatever the periods reported.
/// - Points ending on the same day (2025-Q2 and 2025-H1) count once: the shorter period's figure.
/// - The pace is the least-squares slope over every point (two points: last minus first), so one
///   odd period does not swing it the way last-minus-previous would.
/// - The projection starts from the latest figure, not from the fitted line: what officials see now,
///   plus the pace times the quarters left.
/// - Met or not is the evaluation's own rule (`Evaluator.verdict`, with its thresholds), so "~15%"
///   targets keep their tolerance, "> X" its reading, ranks and "Top N" their smaller-is-better.
public struct EarlyWarning: Sendable, Codable, Hashable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case onTrack = "on_track"
        case atRisk = "at_risk"
        case alreadyMet = "already_met"
        case notEnoughHistory = "not_enough_history"
        case noTarget = "no_target"

        public var vietnamese: String {
            switch self {
            case .onTrack: return "Đúng tiến độ"
            case .atRisk: return "Có nguy cơ không đạt"
            case .alreadyMet: return "Đã đạt"
            case .notEnoughHistory: return "Chưa đủ số liệu để dự báo"
            case .noTarget: return "Chưa có mục tiêu"
            }
        }
    }

    /// One reported figure.
    public struct Point: Sendable, Codable, Hashable {
        public var period: ReportingPeriod
        public var value: Double
        public var approximate: Bool

        public init(period: ReportingPeriod, value: Double, approximate: Bool = false) {
            self.period = period
            self.value = value
            self.approximate = approximate
        }
    }

    public var indicatorCode: String
    public var indicatorName: String
    public var status: Status
    /// The latest figure and its period (nil without figures).
    public var latest: Point?
    /// Change per quarter (nil with fewer than two points).
    public var pacePerQuarter: Double?
    /// Change per quarter that reaches the target's bound exactly at the milestone (nil when no time is left).
    public var neededPerQuarter: Double?
    /// Quarters from the latest figure's period end to the milestone's end.
    public var quartersLeft: Double?
    /// Latest figure plus pace × quarters left.
    public var projected: Double?
    /// The year whose 31/12 the projection aims at.
    public var milestoneYear: Int?
    public var target: Target?
    /// One Vietnamese sentence: where it stands, its pace, the pace needed, the forecast.
    public var explanation: String
}

extension EarlyWarning {
    /// Assesses one indicator as of `period`: figures after it are ignored; the target is the one
    /// that applies to the period's year (`Indicator.target(forYear:)`, a commune's own included when
    /// the caller merged it in). A milestone already past whose target carries on is aimed at the
    /// end of the period's own year: the target still applies then.
    public static func assess(indicator: Indicator, period: ReportingPeriod, points: [Point],
                              rules: EvaluationRules = .standard) -> EarlyWarning {
        let series = distinctByEnd(points.filter { $0.period.calendarRange.to <= period.calendarRange.to })
        let latest = series.last
        var w = EarlyWarning(indicatorCode: indicator.code, indicatorName: indicator.name, status: .noTarget,
                             latest: latest, pacePerQuarter: nil, neededPerQuarter: nil, quartersLeft: nil,
                             projected: nil, milestoneYear: nil, target: nil, explanation: "")
        let year = indicator.milestoneYear(for: period.year)
        let target = year.flatMap { indicator.targets[$0] }
        guard indicator.unitKind.isNumeric, let year, let target, let goal = goal(of: target, direction: indicator.direction) else {
            w.explanation = "Chưa có mục tiêu định lượng cho chỉ tiêu này."
            return w
        }
        let deadlineYear = max(year, period.year)
        w.milestoneYear = deadlineYear
        w.target = target
        guard let latest else {
            w.status = .notEnoughHistory
            w.explanation = "Chưa có số liệu để dự báo."
            return w
        }
        func meets(_ value: Double) -> Bool {
            Evaluator.verdict(value: value, target: target, direction: indicator.direction, rules: rules).isAchieved
        }
        let left = Double(monthIndex(LocalDay(deadlineYear, 12, 31)) - monthIndex(latest.period.calendarRange.to)) / 3
        w.quartersLeft = left
        if left > 0 { w.neededPerQuarter = (goal - latest.value) / left }
        if series.count >= 2 {
            let pace = slope(series)
            w.pacePerQuarter = pace
            w.projected = latest.value + pace * max(left, 0)
        }
        if meets(latest.value) {
            // Met now, but a fall that would lose it by the milestone is still a warning.
            w.status = w.projected.map(meets) ?? true ? .alreadyMet : .atRisk
        } else if left <= 0 {
            w.status = .atRisk  // the milestone has come and the figure is short: no history needed to say so
        } else if let p = w.projected {
            w.status = meets(p) ? .onTrack : .atRisk
        } else {
            w.status = .notEnoughHistory
        }
        w.explanation = EarlyWarningText.explanation(w, indicator: indicator, goalDirection: goalDirection(target, indicator.direction))
        return w
    }

    /// The figure a projection must reach: a range's near end, a "Top N"'s N, else the bound.
    static func goal(of target: Target, direction: Direction) -> Double? {
        switch target.comparison {
        case .range(let lo, let hi): return goalDirection(target, direction) == .higher ? lo : hi
        default: return target.comparison.bound
        }
    }

    /// A rank target ("Top 50") is smaller-is-better whatever the indicator says, as in `Evaluator`.
    static func goalDirection(_ target: Target, _ direction: Direction) -> Direction {
        if case .top = target.comparison { return .lower }
        return direction
    }

    /// Sorted by period end, one point per end day: the shorter period's (`ReportingPeriod.<`
    /// puts it first), so a quarter wins over the half or year ending with it.
    static func distinctByEnd(_ points: [Point]) -> [Point] {
        var out: [Point] = []
        for p in points.sorted(by: { $0.period < $1.period })
            where out.last?.period.calendarRange.to != p.period.calendarRange.to {
            out.append(p)
        }
        return out
    }

    /// Months since year 0 of the month the day falls in: period ends are month ends, so differences are whole months.
    static func monthIndex(_ day: LocalDay) -> Int { day.year * 12 + day.month - 1 }

    /// Least-squares slope of value over time in quarters; with two points, last minus first over their distance.
    static func slope(_ points: [Point]) -> Double {
        let xs = points.map { Double(monthIndex($0.period.calendarRange.to)) / 3 }
        let ys = points.map(\.value)
        let n = Double(points.count)
        let mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for (x, y) in zip(xs, ys) {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
        }
        return sxx == 0 ? 0 : sxy / sxx
    }
}
