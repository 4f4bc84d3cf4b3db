import Testing
@testable import XaSoCore

/// Early warnings with every projection worked out by hand in the comments. Time runs in quarters
/// between period ends (Dec 2024 → Jun 2025 is 2 quarters); the pace is the least-squares slope;
/// the projection is the latest figure + pace × quarters left to 31/12 of the milestone year.
@Suite struct EarlyWarningTests {
    static func share(_ targets: [Int: String]) -> Indicator {
        Indicator(code: "T.01", frameworkCode: "T", number: "1", name: "Tỷ lệ thử", unit: "%", unitKind: .percent,
                  direction: .higher, owners: [], targets: targets.mapValues { Target(parsing: $0) })
    }

    static func rank(_ targets: [Int: String]) -> Indicator {
        Indicator(code: "T.02", frameworkCode: "T", number: "2", name: "Xếp hạng thử", unit: "Thứ bậc", unitKind: .rank,
                  direction: .lower, owners: [], targets: targets.mapValues { Target(parsing: $0) })
    }

    static func points(_ list: [(String, Double)], approximate: Bool = false) -> [EarlyWarning.Point] {
        list.map { EarlyWarning.Point(period: try! ReportingPeriod(parsing: $0.0), value: $0.1, approximate: approximate) }
    }

    @Test func risingFastEnoughIsOnTrack() throws {
        // 2024-Q4 30, 2025-Q1 36, 2025-Q2 42 at t = 0, 1, 2: slope 6 per quarter.
        // From 30/6 to 31/12/2025: 2 quarters left. Projected 42 + 6 × 2 = 54 > 50: on track.
        // Needed (50 − 42) / 2 = 4 per quarter.
        let w = EarlyWarning.assess(indicator: Self.share([2025: "> 50%"]), period: .quarter(2, 2025),
                                    points: Self.points([("2024-Q4", 30), ("2025-Q1", 36), ("2025-Q2", 42)]))
        #expect(w.status == .onTrack)
        #expect(w.latest?.value == 42)
        #expect(try #require(w.pacePerQuarter).isClose(to: 6))
        #expect(w.quartersLeft == 2)
        #expect(try #require(w.projected).isClose(to: 54))
        #expect(try #require(w.neededPerQuarter).isClose(to: 4))
        #expect(w.milestoneYear == 2025)
        #expect(w.explanation == "Hiện đạt 42% (quý II/2025), tăng bình quân 6 điểm phần trăm mỗi quý; cần tăng 4 điểm mỗi quý để đạt trên 50% vào 31/12/2025; dự báo đạt 54%.")
    }

    @Test func risingTooSlowlyIsAtRisk() throws {
        // t = 0, 1, 2, 3 (2024-Q4 … 2025-Q3), y = 58, 60, 63, 64. Mean t 1,5, mean y 61,25.
        // Σ(t−t̄)(y−ȳ) = (−1,5)(−3,25) + (−0,5)(−1,25) + (0,5)(1,75) + (1,5)(2,75) = 10,5; Σ(t−t̄)² = 5.
        // Slope 2,1 (last minus first would say 2, last minus previous 1). 1 quarter left:
        // projected 64 + 2,1 = 66,1 < 80; needed (80 − 64) / 1 = 16.
        let w = EarlyWarning.assess(indicator: Self.share([2025: "≥ 80%"]), period: .quarter(3, 2025),
                                    points: Self.points([("2024-Q4", 58), ("2025-Q1", 60), ("2025-Q2", 63), ("2025-Q3", 64)]))
        #expect(w.status == .atRisk)
        #expect(try #require(w.pacePerQuarter).isClose(to: 2.1))
        #expect(try #require(w.projected).isClose(to: 66.1))
        #expect(try #require(w.neededPerQuarter).isClose(to: 16))
        #expect(w.explanation == "Hiện đạt 64% (quý III/2025), tăng bình quân 2,1 điểm phần trăm mỗi quý; cần tăng 16 điểm mỗi quý để đạt từ 80% trở lên vào 31/12/2025; dự báo đạt 66,1%.")
    }

    @Test func mixedPeriodKindsSitOnOneAxis() throws {
        // 2024 (ends Dec 2024) 40, 2025-Q2 (Jun 2025) 46, 2025-9M (Sep 2025) 49: t = 0, 2, 3.
        // 2025-H1 ends with 2025-Q2 and is dropped for it (its 99 would wreck the slope);
        // 2025-Q4 comes after the period asked and is ignored.
        // Mean t 5/3, mean y 45. Σ(t−t̄)(y−ȳ) = (−5/3)(−5) + (1/3)(1) + (4/3)(4) = 14; Σ(t−t̄)² = 42/9.
        // Slope 14 × 9 / 42 = 3. 1 quarter left: projected 52 > 50, on track; needed 1.
        let w = EarlyWarning.assess(indicator: Self.share([2025: "> 50%"]), period: .nineMonths(2025),
                                    points: Self.points([("2024", 40), ("2025-H1", 99), ("2025-Q2", 46),
                                                         ("2025-9M", 49), ("2025-Q4", 0)]))
        #expect(w.status == .onTrack)
        #expect(w.latest?.period == .nineMonths(2025))
        #expect(try #require(w.pacePerQuarter).isClose(to: 3))
        #expect(try #require(w.projected).isClose(to: 52))
        #expect(try #require(w.neededPerQuarter).isClose(to: 1))
        #expect(w.explanation.hasPrefix("Hiện đạt 49% (9 tháng năm 2025), tăng bình quân 3 điểm phần trăm mỗi quý;"))
    }

    @Test func alreadyMetAndHoldingIsMet() throws {
        // 48 then 55 (Q2, Q3): 55 > 50 already; slope 7, projected 55 + 7 = 62, still met.
        let w = EarlyWarning.assess(indicator: Self.share([2025: "> 50%"]), period: .quarter(3, 2025),
                                    points: Self.points([("2025-Q2", 48), ("2025-Q3", 55)]))
        #expect(w.status == .alreadyMet)
        #expect(try #require(w.projected).isClose(to: 62))
        #expect(w.explanation == "Hiện đạt 55% (quý III/2025), đã đạt mục tiêu trên 50%, tăng bình quân 7 điểm phần trăm mỗi quý; dự báo đạt 62% vào 31/12/2025.")
    }

    @Test func metButFallingIsAtRisk() throws {
        // 90 then 85 (Q1, Q2) against ≥ 80: met now, slope −5, 2 quarters left: projected 75 < 80.
        // It may fall at most (80 − 85) / 2 = −2,5 per quarter.
        let w = EarlyWarning.assess(indicator: Self.share([2025: "≥ 80%"]), period: .quarter(2, 2025),
                                    points: Self.points([("2025-Q1", 90), ("2025-Q2", 85)]))
        #expect(w.status == .atRisk)
        #expect(try #require(w.projected).isClose(to: 75))
        #expect(try #require(w.neededPerQuarter).isClose(to: -2.5))
        #expect(w.explanation == "Hiện đạt 85% (quý II/2025), giảm bình quân 5 điểm phần trăm mỗi quý; chỉ được giảm tối đa 2,5 điểm mỗi quý để đạt từ 80% trở lên vào 31/12/2025; dự báo đạt 75%.")
    }

    @Test func aRankImprovingTooSlowlyIsAtRisk() throws {
        // Ranks, smaller is better, "< 70" by 2025. 2023: 90, 2024: 81, 4 quarters apart: slope −2,25.
        // As of 2024 the milestone is 2025: 4 quarters left, projected 81 − 9 = 72, not under 70.
        // Needed (70 − 81) / 4 = −2,75 per quarter.
        let w = EarlyWarning.assess(indicator: Self.rank([2025: "< 70"]), period: .year(2024),
                                    points: Self.points([("2023", 90), ("2024", 81)]))
        #expect(w.status == .atRisk)
        #expect(try #require(w.pacePerQuarter).isClose(to: -2.25))
        #expect(w.quartersLeft == 4)
        #expect(try #require(w.projected).isClose(to: 72))
        #expect(try #require(w.neededPerQuarter).isClose(to: -2.75))
        #expect(w.explanation == "Hiện xếp thứ 81 (năm 2024), cải thiện bình quân 2,25 bậc mỗi quý; cần cải thiện 2,75 bậc mỗi quý để đạt thứ hạng dưới 70 vào 31/12/2025; dự báo xếp thứ 72.")
    }

    @Test func aRankOnCourseForTopNIsOnTrack() throws {
        // "Top 50": 2024 (Dec) 60, 2025-H1 (Jun) 52: 2 quarters apart, slope −4; 2 quarters left:
        // projected 52 − 8 = 44 ≤ 50, on track. Needed (50 − 52) / 2 = −1.
        let w = EarlyWarning.assess(indicator: Self.rank([2025: "Top 50 của tỉnh"]), period: .half(1, 2025),
                                    points: Self.points([("2024", 60), ("2025-H1", 52)]))
        #expect(w.status == .onTrack)
        #expect(try #require(w.projected).isClose(to: 44))
        #expect(try #require(w.neededPerQuarter).isClose(to: -1))
        #expect(w.explanation.contains("cần cải thiện 1 bậc mỗi quý để đạt thứ hạng trong top 50 vào 31/12/2025; dự báo xếp thứ 44."))
    }

    @Test func onePointIsNotEnoughHistory() {
        let w = EarlyWarning.assess(indicator: Self.share([2025: "> 50%"]), period: .quarter(3, 2025),
                                    points: Self.points([("2025-Q3", 35)]))
        #expect(w.status == .notEnoughHistory)
        #expect(w.latest?.value == 35)
        #expect(w.pacePerQuarter == nil)
        #expect(w.projected == nil)
        #expect(w.explanation == "Hiện đạt 35% (quý III/2025); cần số liệu của ít nhất hai kỳ để dự báo khả năng đạt trên 50% vào 31/12/2025.")
        // No figure at all: the same status, nothing to state.
        let none = EarlyWarning.assess(indicator: Self.share([2025: "> 50%"]), period: .quarter(3, 2025), points: [])
        #expect(none.status == .notEnoughHistory)
        #expect(none.latest == nil)
    }

    @Test func noQuantifiedTargetIsNoTarget() {
        let points = Self.points([("2025-Q2", 20), ("2025-Q3", 30)])
        for targets in [[:], [2025: "-"], [2025: "Đạt mức cao của TP"]] as [[Int: String]] {
            let w = EarlyWarning.assess(indicator: Self.share(targets), period: .quarter(3, 2025), points: points)
            #expect(w.status == .noTarget, "\(targets)")
            #expect(w.projected == nil)
        }
    }

    @Test func anApproximateTargetKeepsItsTolerance() throws {
        // "~15%": 10 then 12 (Q1, Q2), slope 2, 2 quarters left: projected 16, within 1 of 15: on track.
        // Needed (15 − 12) / 2 = 1,5. The figures were approximate ("~12%") and are stated so.
        let w = EarlyWarning.assess(indicator: Self.share([2025: "~15%"]), period: .quarter(2, 2025),
                                    points: Self.points([("2025-Q1", 10), ("2025-Q2", 12)], approximate: true))
        #expect(w.status == .onTrack)
        #expect(try #require(w.projected).isClose(to: 16))
        #expect(w.explanation == "Hiện đạt ~12% (quý II/2025), tăng bình quân 2 điểm phần trăm mỗi quý; cần tăng 1,5 điểm mỗi quý để đạt khoảng 15% vào 31/12/2025; dự báo đạt 16%.")
    }

    @Test func aPastMilestoneCarriesOnToTheEndOfThePeriodsYear() throws {
        // Only a 2025 target; as of 2026-Q2 it still applies, so aim at 31/12/2026.
        // 40, 42, 44 (2025-Q4 … 2026-Q2): slope 2, 2 quarters left, projected 48 < 50; needed 3.
        let w = EarlyWarning.assess(indicator: Self.share([2025: "> 50%"]), period: .quarter(2, 2026),
                                    points: Self.points([("2025-Q4", 40), ("2026-Q1", 42), ("2026-Q2", 44)]))
        #expect(w.milestoneYear == 2026)
        #expect(w.status == .atRisk)
        #expect(try #require(w.projected).isClose(to: 48))
        #expect(try #require(w.neededPerQuarter).isClose(to: 3))
    }

    @Test func atTheMilestoneAShortfallIsAtRisk() {
        // 2025-Q4 ends on 31/12/2025: no time left, 45 is not over 50.
        let w = EarlyWarning.assess(indicator: Self.share([2025: "> 50%"]), period: .quarter(4, 2025),
                                    points: Self.points([("2025-Q3", 40), ("2025-Q4", 45)]))
        #expect(w.status == .atRisk)
        #expect(w.quartersLeft == 0)
        #expect(w.neededPerQuarter == nil)
        #expect(w.explanation == "Hiện đạt 45% (quý IV/2025), tăng bình quân 5 điểm phần trăm mỗi quý; đã đến mốc 31/12/2025 mà chưa đạt trên 50%.")
    }
}

fileprivate extension Double {
    func isClose(to other: Double, tolerance: Double = 1e-9) -> Bool { abs(self - other) <= tolerance }
}
