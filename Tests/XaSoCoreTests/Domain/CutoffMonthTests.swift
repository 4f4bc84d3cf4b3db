import Testing
@testable import XaSoCore

@Suite struct CutoffMonthTests {
    /// 14/06 closes cut-off month 2026-06; 15/06 opens 2026-07; 15/12/2025 opens January 2026's.
    @Test func aDayBelongsToTheMonthItsCutOffCloses() {
        #expect(CutoffMonth.name(CutoffMonth.of(LocalDay(2026, 6, 14))) == "2026-06")
        #expect(CutoffMonth.name(CutoffMonth.of(LocalDay(2026, 6, 15))) == "2026-07")
        #expect(CutoffMonth.name(CutoffMonth.of(LocalDay(2025, 12, 15))) == "2026-01")
        #expect(CutoffMonth.name(CutoffMonth.of(LocalDay(2026, 1, 1))) == "2026-01")
        #expect(CutoffMonth.firstDay(CutoffMonth.of(LocalDay(2026, 1, 10))) == LocalDay(2025, 12, 15))
        #expect(CutoffMonth.of(LocalDay(2026, 3, 14)) + 1 == CutoffMonth.of(LocalDay(2026, 3, 15)))
    }

    /// Every period's cut-off range is whole months with nothing left over: 2026-H1 is
    /// 15/12/2025–14/06/2026, six months named 2026-01 … 2026-06.
    @Test func periodsAreWholeMonths() throws {
        let h1 = ReportingPeriod.half(1, 2026).cutOffRange
        let split = CutoffMonth.split(fromDay: h1.from.dayNumber, toDay: h1.to.dayNumber)
        #expect(split.days.isEmpty)
        #expect(split.months.map { CutoffMonth.name($0.lowerBound) } == "2026-01")
        #expect(split.months.map { CutoffMonth.name($0.upperBound) } == "2026-06")
        for text in ["2025-Q1", "2025-Q4", "2025-9M", "2025", "2025-M10", "2026-H2"] {
            let range = try ReportingPeriod(parsing: text).cutOffRange
            let s = CutoffMonth.split(fromDay: range.from.dayNumber, toDay: range.to.dayNumber)
            #expect(s.days.isEmpty, "\(text)")
            #expect(s.months.map { CutoffMonth.firstDay($0.lowerBound) } == range.from, "\(text)")
        }
    }

    /// 01/01–31/03/2026: the head 01/01–14/01, months 2026-02 and 2026-03 (15/01–14/03), the tail
    /// 15/03–31/03. A range inside one month is all days.
    @Test func aCalendarQuarterLeavesAHeadAndATail() {
        let from = LocalDay(2026, 1, 1).dayNumber, to = LocalDay(2026, 3, 31).dayNumber
        let split = CutoffMonth.split(fromDay: from, toDay: to)
        #expect(split.months == CutoffMonth.of(LocalDay(2026, 2, 1))...CutoffMonth.of(LocalDay(2026, 3, 1)))
        #expect(split.days == [from...LocalDay(2026, 1, 14).dayNumber, LocalDay(2026, 3, 15).dayNumber...to])
        let inside = CutoffMonth.split(fromDay: LocalDay(2026, 2, 3).dayNumber, toDay: LocalDay(2026, 2, 20).dayNumber)
        #expect(inside == .init(months: nil, days: [LocalDay(2026, 2, 3).dayNumber...LocalDay(2026, 2, 20).dayNumber]))
        // 15/01–14/02 exactly one month; 16/01–14/03 one month and a head.
        let one = CutoffMonth.split(fromDay: LocalDay(2026, 1, 15).dayNumber, toDay: LocalDay(2026, 2, 14).dayNumber)
        #expect(one == .init(months: CutoffMonth.of(LocalDay(2026, 2, 1))...CutoffMonth.of(LocalDay(2026, 2, 1)), days: []))
        let head = CutoffMonth.split(fromDay: LocalDay(2026, 1, 16).dayNumber, toDay: LocalDay(2026, 3, 14).dayNumber)
        #expect(head == .init(months: CutoffMonth.of(LocalDay(2026, 3, 1))...CutoffMonth.of(LocalDay(2026, 3, 1)),
                              days: [LocalDay(2026, 1, 16).dayNumber...LocalDay(2026, 2, 14).dayNumber]))
    }

    /// Over random ranges, the months and days cover each day of the range exactly once.
    @Test func theSplitCoversEachDayOnce() {
        var seed: UInt64 = 0x5eed
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let base = LocalDay(2025, 1, 1).dayNumber
        for _ in 0..<300 {
            let a = base + next(800), b = a + next(200)
            let split = CutoffMonth.split(fromDay: a, toDay: b)
            var covered: [Int] = split.days.flatMap { Array($0) }
            if let months = split.months {
                covered += (CutoffMonth.firstDay(months.lowerBound).dayNumber..<CutoffMonth.firstDay(months.upperBound + 1).dayNumber)
            }
            #expect(covered.sorted() == Array(a...b), "\(LocalDay(dayNumber: a)) – \(LocalDay(dayNumber: b))")
        }
    }

    /// Quarter 2 of 2026 (15/03–14/06) is cut-off months 2026-04 … 2026-06, one quarter; the year is
    /// four quarters; a month period is one month and no quarter.
    @Test func periodsAreWholeQuarters() throws {
        let q2 = ReportingPeriod.quarter(2, 2026).cutOffRange
        let months = try #require(CutoffMonth.split(fromDay: q2.from.dayNumber, toDay: q2.to.dayNumber).months)
        let q = CutoffMonth.splitQuarters(months)
        #expect(q.months.isEmpty)
        #expect(q.quarters.map { $0.count } == 1)
        let april = CutoffMonth.quarter(CutoffMonth.of(LocalDay(2026, 4, 1))), june = CutoffMonth.quarter(CutoffMonth.of(LocalDay(2026, 6, 14)))
        #expect(q.quarters == april...june)
        #expect(april == june)
        for (text, quarters) in [("2026", 4), ("2026-H1", 2), ("2026-H2", 2), ("2026-9M", 3), ("2026-Q4", 1), ("2026-M03", 0)] {
            let range = try ReportingPeriod(parsing: text).cutOffRange
            let m = try #require(CutoffMonth.split(fromDay: range.from.dayNumber, toDay: range.to.dayNumber).months)
            let split = CutoffMonth.splitQuarters(m)
            #expect((split.quarters?.count ?? 0) == quarters, "\(text)")
            #expect(split.months.isEmpty == (quarters > 0), "\(text)")
            // A quarter's first month is the period's first month.
            if let first = split.quarters?.lowerBound { #expect(first * 3 == m.lowerBound, "\(text)") }
        }
        // Cut-off months 2026-02 … 2026-11: quarters 2 and 3, months 02–03 and 10–11 left over.
        let feb = CutoffMonth.of(LocalDay(2026, 2, 1)), nov = CutoffMonth.of(LocalDay(2026, 11, 1))
        #expect(CutoffMonth.splitQuarters(feb...nov) == .init(quarters: CutoffMonth.quarter(feb + 2)...CutoffMonth.quarter(nov - 2),
                                                            months: [feb...(feb + 1), (nov - 1)...nov]))
    }

    /// Over random runs of months, the quarters and months left cover each month exactly once.
    @Test func theQuarterSplitCoversEachMonthOnce() {
        let base = CutoffMonth.of(LocalDay(2025, 1, 1))
        for a in base..<(base + 15) {
            for b in a..<(a + 15) {
                let split = CutoffMonth.splitQuarters(a...b)
                var covered = split.months.flatMap { Array($0) }
                if let q = split.quarters { covered += (q.lowerBound * 3)...(q.upperBound * 3 + 2) }
                #expect(covered.sorted() == Array(a...b), "\(a)…\(b)")
            }
        }
    }
}
