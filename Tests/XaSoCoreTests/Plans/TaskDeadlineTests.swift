import Foundation
import Testing
@testable import XaSoCore

@Suite struct TaskDeadlineTests {
    @Test func dayArithmetic() {
        #expect(d(1970, 1, 1).dayNumber == 0)
        #expect(d(2025, 2, 28).days(until: d(2025, 3, 1)) == 1)
        #expect(d(2024, 2, 28).days(until: d(2024, 3, 1)) == 2)
        #expect(d(2025, 12, 31).adding(days: 1) == d(2026, 1, 1))
        #expect(d(2026, 1, 1).adding(days: -366) == d(2024, 12, 31))
        #expect(LocalDay(dayNumber: d(2000, 2, 29).dayNumber) == d(2000, 2, 29))
        #expect(LocalDay(validYear: 2025, month: 2, day: 29) == nil)
        #expect(LocalDay.clamped(year: 2026, month: 4, day: 31) == d(2026, 4, 30))
        #expect(d(2025, 10, 1).quarter == 4)
    }

    @Test func yearlyRollsOverToNextYear() {
        let deadline = TaskDeadline.yearly(month: 12, day: 31)
        #expect(deadline.nextDue(after: d(2025, 7, 9)) == d(2025, 12, 31))
        #expect(deadline.nextDue(after: d(2025, 12, 31)) == d(2026, 12, 31))
        #expect(deadline.nextDue(onOrAfter: d(2025, 12, 31)) == d(2025, 12, 31))
        // 29 February falls on the 28th in common years and comes back in leap years.
        let leap = TaskDeadline.yearly(month: 2, day: 29)
        #expect(leap.nextDue(after: d(2025, 1, 1)) == d(2025, 2, 28))
        #expect(leap.nextDue(after: d(2027, 2, 28)) == d(2028, 2, 29))
    }

    @Test func quarterlyRollsOverIntoTheNextYear() {
        let lastMonth = TaskDeadline.quarterly(.dayOfLastMonth(20))
        #expect(lastMonth.nextDue(after: d(2025, 9, 20)) == d(2025, 12, 20))
        #expect(lastMonth.nextDue(after: d(2025, 12, 20)) == d(2026, 3, 20))
        let afterEnd = TaskDeadline.quarterly(.daysAfterQuarterEnd(15))
        // Q3 ends 30/9: due 15/10; Q4 ends 31/12: due 15/1 of the next year.
        #expect(afterEnd.nextDue(after: d(2025, 10, 1)) == d(2025, 10, 15))
        #expect(afterEnd.nextDue(after: d(2025, 10, 15)) == d(2026, 1, 15))
        #expect(afterEnd.nextDue(after: d(2026, 1, 15)) == d(2026, 4, 15))
        #expect(afterEnd.dueDates(in: d(2025, 7, 1)...d(2026, 6, 30))
            == [d(2025, 7, 15), d(2025, 10, 15), d(2026, 1, 15), d(2026, 4, 15)])
    }

    @Test func monthlyClampsShortMonths() {
        let deadline = TaskDeadline.monthly(day: 31)
        #expect(deadline.nextDue(after: d(2026, 1, 31)) == d(2026, 2, 28))
        #expect(deadline.nextDue(after: d(2026, 2, 28)) == d(2026, 3, 31))
        #expect(deadline.nextDue(after: d(2025, 12, 31)) == d(2026, 1, 31))
    }

    @Test func oneOffAndOngoing() {
        #expect(TaskDeadline.fixed(d(2025, 12, 31)).nextDue(after: d(2025, 12, 30)) == d(2025, 12, 31))
        #expect(TaskDeadline.fixed(d(2025, 12, 31)).nextDue(after: d(2025, 12, 31)) == nil)
        #expect(TaskDeadline.ongoing.nextDue(after: d(2025, 1, 1)) == nil)
        #expect(!TaskDeadline.ongoing.hasDueDates)
    }

    @Test(arguments: [
        ("Thường xuyên", TaskDeadline.ongoing),
        ("Hằng năm", .yearly(month: 12, day: 31)),
        ("Ngày 15/12 hằng năm", .yearly(month: 12, day: 15)),
        ("Hàng quý", .quarterly(.dayOfLastMonth(31))),
        ("Ngày 20 tháng cuối quý, hằng quý", .quarterly(.dayOfLastMonth(20))),
        ("Trước ngày 05 của tháng đầu quý sau, hằng quý", .quarterly(.daysAfterQuarterEnd(5))),
        ("Hằng tháng", .monthly(day: 31)),
        ("Trước ngày 31/12/2025", .fixed(d(2025, 12, 31))),
        ("Từ 01/01/2025 đến 30/6/2025", .fixed(d(2025, 6, 30))),
        ("Quý IV/2025", .fixed(d(2025, 12, 31))),
        ("Tháng 9/2025", .fixed(d(2025, 9, 30))),
        ("Năm 2026", .fixed(d(2026, 12, 31))),
    ])
    func readsPlanWording(text: String, expected: TaskDeadline) {
        #expect(TaskDeadline.parse(text) == expected)
    }

    @Test func codesRoundTrip() throws {
        let all: [TaskDeadline] = [.fixed(d(2025, 12, 31)), .yearly(month: 2, day: 29), .quarterly(.dayOfLastMonth(20)),
                                   .quarterly(.daysAfterQuarterEnd(15)), .monthly(day: 5), .ongoing, .none]
        #expect(all.map(\.code) == ["2025-12-31", "yearly:02-29", "quarterly:20", "quarterly:+15", "monthly:5",
                                    "ongoing", "none"])
        for deadline in all {
            #expect(TaskDeadline(code: deadline.code) == deadline)
            let data = try JSONEncoder().encode(deadline)
            #expect(try JSONDecoder().decode(TaskDeadline.self, from: data) == deadline)
        }
        #expect(TaskDeadline(code: "31/12/2025") == .fixed(d(2025, 12, 31)))
        #expect(try TaskDeadline.read("Ngày 15/12 hằng năm") == .yearly(month: 12, day: 15))
        #expect(TaskDeadline.yearly(month: 12, day: 15).label == "Ngày 15/12 hằng năm")
        #expect(TaskDeadline.fixed(d(2025, 9, 5)).label == "05/09/2025")
    }

    @Test func rejectsNonsense() throws {
        #expect(TaskDeadline(code: "yearly:13-01") == nil)
        #expect(TaskDeadline(code: "monthly:0") == nil)
        #expect(TaskDeadline(code: "2025-02-30") == nil)
        #expect(appError { try TaskDeadline.read("sớm nhất có thể") }?.code == "deadline.unreadable")
        #expect(appError { try TaskDeadline.read("2025-02-30") }?.code == "deadline.unreadable")
        #expect(try TaskDeadline.read("2025-02-28") == .fixed(d(2025, 2, 28)))
        #expect(appError { try TaskDeadline.yearly(month: 4, day: 31).validate() }?.code == "deadline.invalid")
    }
}
