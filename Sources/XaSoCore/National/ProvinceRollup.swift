import Foundation

/// One province's figures of one period, summed over its communes: what the national view shows for
/// it. Stored per (province, period) and recomputed when a commune's figures change, so the national
/// page reads 34 rows instead of judging 3,321 communes × every indicator on each request.
public struct ProvinceRollup: Sendable, Equatable, Codable {
    public var provinceCode: String
    public var period: ReportingPeriod
    /// Communes (and wards, special zones) of the province.
    public var communes: Int
    /// Communes with at least one figure for the period.
    public var communesWithFigures: Int
    /// Indicators each commune is judged on, summed over the communes: the figures expected.
    public var expectedFigures: Int
    /// Of those, the ones with a figure entered.
    public var enteredFigures: Int
    /// Verdicts summed over every commune and indicator; a commune without figures counts every
    /// indicator as "no data", as the province's own table does.
    public var verdicts: VerdictCounts
    /// The commune index (`IndexScore`, under the province's weights) averaged over the communes
    /// with figures; nil when none has any.
    public var indexAverage: Double?
    public var indexMedian: Double?
    /// Communes whose period stands submitted or approved (`SubmissionState`).
    public var submitted: Int
    public var refreshedAt: Date

    public init(provinceCode: String, period: ReportingPeriod, communes: Int, communesWithFigures: Int,
                expectedFigures: Int, enteredFigures: Int, verdicts: VerdictCounts, indexAverage: Double?,
                indexMedian: Double?, submitted: Int, refreshedAt: Date) {
        self.provinceCode = provinceCode
        self.period = period
        self.communes = communes
        self.communesWithFigures = communesWithFigures
        self.expectedFigures = expectedFigures
        self.enteredFigures = enteredFigures
        self.verdicts = verdicts
        self.indexAverage = indexAverage
        self.indexMedian = indexMedian
        self.submitted = submitted
        self.refreshedAt = refreshedAt
    }

    /// Entered figures as a share of the expected ones, 0…100 to one decimal; nil when nothing is expected.
    public var completeness: Double? {
        expectedFigures == 0 ? nil : (Double(enteredFigures) * 1000 / Double(expectedFigures)).rounded() / 10
    }

    /// The roll-up of `communes` from their evaluations (every indicator judged, with or without a
    /// figure) and index scores. A commune missing from `evaluations` has no indicator to judge.
    public static func compute(provinceCode: String, period: ReportingPeriod, communes: [String],
                               evaluations: [String: [Evaluation]], weights: PillarWeights, submitted: Int,
                               now: Date) -> ProvinceRollup {
        var verdicts = VerdictCounts([])
        var expected = 0, entered = 0, withFigures = 0
        var indexes: [Double] = []
        for code in communes {
            let list = evaluations[code] ?? []
            for (verdict, n) in VerdictCounts(list).counts { verdicts.counts[verdict, default: 0] += n }
            let filled = list.filter { $0.value != nil }.count
            expected += list.count
            entered += filled
            guard filled > 0 else { continue }
            withFigures += 1
            indexes.append(IndexScore.compute(list, weights: weights).index)
        }
        return ProvinceRollup(provinceCode: provinceCode, period: period, communes: communes.count,
                              communesWithFigures: withFigures, expectedFigures: expected, enteredFigures: entered,
                              verdicts: verdicts, indexAverage: average(indexes), indexMedian: median(indexes),
                              submitted: submitted, refreshedAt: now)
    }

    /// To two decimals, as the index itself is shown.
    static func average(_ xs: [Double]) -> Double? {
        xs.isEmpty ? nil : (xs.reduce(0, +) / Double(xs.count) * 100).rounded() / 100
    }

    static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        let mid = s.count / 2
        return s.count % 2 == 1 ? s[mid] : ((s[mid - 1] + s[mid]) / 2 * 100).rounded() / 100
    }
}
