import Foundation
import Testing
@testable import XaSoCore

/// A province's roll-up worked out by hand: five communes, two indicators, standard weights
/// (chính quyền số 30, xã hội số 20; the other pillars have nothing to score and are left out).
/// CL411.07 "> 50%" (chính quyền số), CL411.01 "80%" (xã hội số).
/// - A: .07 = 50 (met, score 1), .01 = 90 (exceeded, 1) → index 100.
/// - B: .07 = 25 (not met, 0.5), .01 none (no data, 0) → (30 × 0.5) ÷ 50 = 30.
/// - C: .07 = 40 (80% of 50: not met, 0.8) → 24 ÷ 50 = 48.
/// - E: .07 = 30 (not met, 0.6) → 18 ÷ 50 = 36.
/// - D: nothing (no data twice), not in the index.
/// Average (100 + 30 + 48 + 36) ÷ 4 = 53.5; median (36 + 48) ÷ 2 = 42.
@Suite struct ProvinceRollupTests {
    static let period = ReportingPeriod.quarter(3, 2025)

    static func indicator(_ code: String, _ target: String) -> Indicator {
        Indicator(code: code, frameworkCode: "CL411", number: code, name: code, unit: "%", unitKind: .percent,
                  direction: .higher, owners: [], targets: [2025: Target(parsing: target)])
    }

    @Test func sumsVerdictsCompletenessAndTheIndexOfCommunesWithFigures() {
        let gov = Self.indicator("CL411.07", "> 50%"), society = Self.indicator("CL411.01", "80%")
        func commune(_ g: Double?, _ s: Double?) -> [Evaluation] {
            [Evaluator.evaluate(indicator: gov, period: Self.period, value: g.map { MeasuredValue(number: $0) }),
             Evaluator.evaluate(indicator: society, period: Self.period, value: s.map { MeasuredValue(number: $0) })]
        }
        let evaluations = ["A": commune(50, 90), "B": commune(25, nil), "C": commune(40, nil), "D": commune(nil, nil),
                           "E": commune(30, nil)]
        let now = Date(timeIntervalSince1970: 1_760_000_000)
        let r = ProvinceRollup.compute(provinceCode: "31", period: Self.period, communes: ["A", "B", "C", "D", "E"],
                                       evaluations: evaluations, weights: .standard, submitted: 2, now: now)
        #expect(r.communes == 5 && r.communesWithFigures == 4)
        #expect(r.expectedFigures == 10 && r.enteredFigures == 5 && r.completeness == 50)
        #expect(r.verdicts.counts == [.exceeded: 1, .met: 1, .notMet: 3, .noData: 5])
        #expect(r.indexAverage == 53.5)
        #expect(r.indexMedian == 42)
        #expect(r.submitted == 2 && r.refreshedAt == now)

        // Odd count: the middle one; nothing entered: no index, completeness 0.
        let three = ProvinceRollup.compute(provinceCode: "31", period: Self.period, communes: ["A", "B", "C"],
                                           evaluations: evaluations, weights: .standard, submitted: 0, now: now)
        #expect(three.indexMedian == 48 && three.indexAverage == 59.33)
        let none = ProvinceRollup.compute(provinceCode: "31", period: Self.period, communes: ["D"],
                                          evaluations: evaluations, weights: .standard, submitted: 0, now: now)
        #expect(none.indexAverage == nil && none.indexMedian == nil && none.completeness == 0)
        #expect(ProvinceRollup.compute(provinceCode: "31", period: Self.period, communes: [], evaluations: [:],
                                       weights: .standard, submitted: 0, now: now).completeness == nil)
    }

    @Test func completenessRoundsToOneDecimal() {
        var r = ProvinceRollup(provinceCode: "31", period: Self.period, communes: 114, communesWithFigures: 1,
                               expectedFigures: 114 * 118, enteredFigures: 4, verdicts: VerdictCounts([]), indexAverage: nil,
                               indexMedian: nil, submitted: 0, refreshedAt: Date())
        #expect(r.completeness == 0)   // 4 of 13,452 is 0.03%
        r.enteredFigures = 13_452 / 3
        #expect(r.completeness == 33.3)
    }
}
