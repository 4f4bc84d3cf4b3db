import Testing
@testable import XaSoCore

@Suite struct ReportingPeriodTests {
    @Test func parsesAndPrintsEveryKind() throws {
        for text in ["2025-Q3", "2026-H1", "2025-9M", "2025", "2025-M10"] {
            #expect(try ReportingPeriod(parsing: text).description == text)
        }
        #expect(try ReportingPeriod(parsing: "2026-h2") == .half(2, 2026))
        for bad in ["2025-Q5", "2025-H3", "25-Q1", "2025-Q", "Q3-2025", "2025-10M", "2025-M13", ""] {
            #expect(throws: ReportingPeriod.ParseError.self) { try ReportingPeriod(parsing: bad) }
        }
    }

    /// Decree 09/2019: from the 15th of the month before the period to the 14th of its last month.
    @Test(arguments: [
        ("2026-H1", "2025-12-15", "2026-06-14"),  // the six-month reference report
        ("2026-H2", "2026-06-15", "2026-12-14"),
        ("2025-Q1", "2024-12-15", "2025-03-14"),
        ("2025-Q3", "2025-06-15", "2025-09-14"),
        ("2025-Q4", "2025-09-15", "2025-12-14"),
        ("2025-9M", "2024-12-15", "2025-09-14"),
        ("2025", "2024-12-15", "2025-12-14"),
        ("2026-M01", "2025-12-15", "2026-01-14"),
        ("2026-M03", "2026-02-15", "2026-03-14"),
    ])
    func cutOffRange(period: String, from: String, to: String) throws {
        let range = try ReportingPeriod(parsing: period).cutOffRange
        #expect(range.from.description == from)
        #expect(range.to.description == to)
    }

    @Test func calendarRangeAndNames() throws {
        let q = try ReportingPeriod(parsing: "2025-Q3")
        #expect(q.calendarRange == DayRange(from: LocalDay(2025, 7, 1), to: LocalDay(2025, 9, 30)))
        #expect(q.vietnameseName == "quý III năm 2025")
        #expect(ReportingPeriod.half(1, 2026).vietnameseName == "6 tháng đầu năm 2026")
        #expect(ReportingPeriod.year(2024).calendarRange.to == LocalDay(2024, 12, 31))
        #expect(ReportingPeriod.month(2, 2024).calendarRange.to == LocalDay(2024, 2, 29))
    }

    @Test func previousPeriods() {
        #expect(ReportingPeriod.quarter(1, 2026).previous == .quarter(4, 2025))
        #expect(ReportingPeriod.half(2, 2026).previous == .half(1, 2026))
        #expect(ReportingPeriod.nineMonths(2026).previous == .nineMonths(2025))
        #expect(ReportingPeriod.quarter(3, 2025) < .quarter(4, 2025))
        #expect(ReportingPeriod.quarter(2, 2025) < .nineMonths(2025))
    }

    @Test func milestoneTargetForPeriod() {
        let ind = Indicator(code: "X", frameworkCode: "F", number: "1", name: "x", unit: "%", unitKind: .percent,
                            direction: .higher, owners: [],
                            targets: [2025: Target(parsing: "> 70%"), 2030: Target(parsing: "100%"),
                                      2035: Target(parsing: "-")])
        #expect(ind.milestoneYear(for: 2025) == 2025)
        #expect(ind.milestoneYear(for: 2026) == 2030)
        #expect(ind.milestoneYear(for: 2031) == 2035)
        #expect(ind.target(forYear: 2033)?.comparison == TargetComparison.none)
        #expect(ind.milestoneYear(for: 2040) == 2035)
        #expect(ind.milestoneYear(for: 2020) == 2025)
    }
}
