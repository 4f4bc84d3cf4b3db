import Foundation
import Testing
@testable import XaSoCore

@Suite struct DayRuleTests {
    @Test func finishedDossiersAreJudgedByCalendarDay() {
        let due = day(2026, 3, 10)
        #expect(DossierDayRules.finished(resultDay: day(2026, 3, 9), dueDay: due) == .early)
        #expect(DossierDayRules.finished(resultDay: day(2026, 3, 10), dueDay: due) == .onTime)
        #expect(DossierDayRules.finished(resultDay: day(2026, 3, 11), dueDay: due) == .late)
        #expect(DossierDayRules.finished(resultDay: day(2026, 3, 11), dueDay: nil) == .onTime)
    }

    @Test func timeOfDayDoesNotMatter() throws {
        let procedures = try smallCatalogue()
        // Due 10/03 at 08:00, done 10/03 at 23:59: same calendar day, so on time, not late.
        // Due 10/03 at 17:00, done 09/03 at 23:59: the day before, so early.
        let rows = [
            ledgerHeader,
            ledgerRow("1", "HT-01", "Trực tuyến", "02/03/2026 07:00", "10/03/2026 08:00", "10/03/2026 23:59", "Đã trả kết quả"),
            ledgerRow("2", "HT-01", "Trực tuyến", "02/03/2026 07:00", "10/03/2026 17:00", "09/03/2026 23:59", "Đã trả kết quả"),
            ledgerRow("3", "HT-01", "Trực tuyến", "02/03/2026 07:00", "10/03/2026 23:59", "11/03/2026 00:00", "Đã trả kết quả"),
        ]
        let dossiers = try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures)
        let range = DayRange(from: day(2026, 3, 1), to: day(2026, 3, 31))
        #expect(dossiers.map { $0.standing(in: range) } == [.returned(.onTime), .returned(.early), .returned(.late)])
    }

    @Test func unfinishedDossiersAreJudgedAtTheEndOfTheRange() {
        let end = day(2026, 6, 14)
        #expect(DossierDayRules.unfinished(dueDay: day(2026, 6, 13), at: end) == .late)
        #expect(DossierDayRules.unfinished(dueDay: day(2026, 6, 14), at: end) == .withinDeadline)
        #expect(DossierDayRules.unfinished(dueDay: day(2026, 6, 15), at: end) == .withinDeadline)
        #expect(DossierDayRules.unfinished(dueDay: nil, at: end) == .withinDeadline)
    }

    @Test func rangeBoundariesAreInclusive() {
        let range = DayRange(from: day(2025, 12, 15), to: day(2026, 6, 14))
        func d(_ received: LocalDateTime, _ result: LocalDateTime?, _ outcome: DossierOutcome,
               due: LocalDateTime? = nil) -> DossierStanding {
            Dossier(code: "x", procedureCode: "HT-01", channel: .online, receivedAt: received, dueAt: due,
                    resultAt: result, outcome: outcome).standing(in: range)
        }
        // Received on the last day: in the range. The day after: outside.
        #expect(d(at(2026, 6, 14, 23, 59), nil, .inProgress) == .inProgress(.withinDeadline))
        #expect(d(at(2026, 6, 15), nil, .inProgress) == .outside)
        // Finished on the day before the range: outside. On the first day: counted.
        #expect(d(at(2025, 12, 1), at(2025, 12, 14, 23, 59), .resolved) == .outside)
        #expect(d(at(2025, 12, 1), at(2025, 12, 15), .resolved, due: at(2025, 12, 20)) == .returned(.early))
        // Finished after the range: still in progress at its end, judged against the due day then.
        #expect(d(at(2026, 6, 1), at(2026, 6, 15), .resolved, due: at(2026, 6, 14)) == .inProgress(.withinDeadline))
        #expect(d(at(2026, 6, 1), at(2026, 6, 15), .resolved, due: at(2026, 6, 13)) == .inProgress(.late))
        // Refused and withdrawn have no timeliness of their own.
        #expect(d(at(2026, 1, 1), at(2026, 3, 1), .rejected, due: at(2026, 1, 2)) == .rejected)
        #expect(d(at(2026, 1, 1), at(2026, 3, 1), .withdrawn, due: at(2026, 1, 2)) == .withdrawn)
    }

    @Test func carriedOverNeedsReceiptBeforeAndNoEndBeforeTheRange() throws {
        let procedures = try smallCatalogue()
        let rows = [
            ledgerHeader,
            // received before, finished on the first day → carried over and resolved
            ledgerRow("1", "HT-01", "Trực tiếp", "10/12/2025", "20/12/2025", "15/12/2025", "Đã trả kết quả"),
            // received before, finished the day before → not counted at all
            ledgerRow("2", "HT-01", "Trực tiếp", "10/12/2025", "20/12/2025", "14/12/2025", "Đã trả kết quả"),
            // received before, still open → carried over and in progress (late: due 20/12)
            ledgerRow("3", "HT-01", "Trực tiếp", "10/12/2025", "20/12/2025", "", "Đang xử lý"),
            // received on the first day → in the period, not carried over
            ledgerRow("4", "HT-01", "Trực tuyến", "15/12/2025", "20/12/2025", "", "Đang xử lý"),
        ]
        let dossiers = try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures)
        let s = DossierStatistics.compute(procedures: procedures, dossiers: dossiers, period: .half(1, 2026))
        #expect(s.carriedOver == 2)
        #expect(s.receivedInPeriod == 1)
        #expect(s.receivedTotal == 3)
        #expect(s.early == 1)
        #expect(s.inProgress == 2)
        #expect(s.inProgressLate == 2)
        #expect(s.online == 1 && s.direct == 0)
    }

    @Test func lateEntryIsADayAfterReceipt() {
        func entered(_ e: LocalDateTime?) -> Bool {
            Dossier(code: "x", procedureCode: "p", channel: .direct, receivedAt: at(2026, 3, 2, 16, 59),
                    dueAt: nil, resultAt: nil, outcome: .inProgress, enteredAt: e).enteredLate
        }
        #expect(entered(at(2026, 3, 2, 23, 59)) == false)
        #expect(entered(at(2026, 3, 3, 0, 1)) == true)
        #expect(entered(nil) == false)
    }

    @Test func vietnamTimeIsUTCPlusSevenAllYear() {
        // 17:00 UTC on 14/06 is midnight of 15/06 in Hà Nội; a second earlier is still 14/06.
        let midnight = Date(timeIntervalSince1970: 1_781_456_400)  // 2026-06-14T17:00:00Z
        #expect(LocalDateTime(instant: midnight) == at(2026, 6, 15, 0, 0))
        #expect(LocalDateTime(instant: midnight.addingTimeInterval(-1)).day == day(2026, 6, 14))
        #expect(at(2026, 6, 15).instant == midnight)
        // No daylight saving: January behaves the same.
        let january = Date(timeIntervalSince1970: 1_767_196_800)  // 2025-12-31T16:00:00Z
        #expect(LocalDateTime(instant: january) == at(2025, 12, 31, 23, 0))
    }

    @Test func dayNumbersAgreeWithFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // Every 13th day from 1900 to 2100 against Foundation's own calendar arithmetic.
        var n = LocalDay(1900, 1, 1).dayNumber
        let last = day(2100, 12, 31).dayNumber
        #expect(n == -25_567)
        while n <= last {
            let date = LocalDay(dayNumber: n)
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(n) * 86_400))
            #expect(parts.year == date.year && parts.month == date.month && parts.day == date.day)
            #expect(LocalDay(date.year, date.month, date.day).dayNumber == n)
            n += 13
        }
    }

    @Test func leapDays() {
        #expect(LocalDateTime(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDateTime(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDateTime(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDateTime(year: 2100, month: 2, day: 29) == nil)
        #expect(day(2024, 2, 28).adding(days: 1) == day(2024, 2, 29))
        #expect(day(2026, 2, 28).adding(days: 1) == day(2026, 3, 1))
        #expect(day(2025, 12, 15).adding(days: 181) == day(2026, 6, 14))
    }

    @Test func dateTimeKeepsDayAndTime() {
        let t = at(2026, 6, 14, 8, 30)
        #expect(t.day == day(2026, 6, 14))
        #expect(t.hour == 8 && t.minute == 30 && t.second == 0)
        #expect(t.iso == "2026-06-14T08:30:00")
        #expect(t.vietnamese == "14/06/2026 08:30")
        // Before 1970 the day still floors correctly.
        let old = LocalDateTime(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59)!
        #expect(old.day == day(1969, 12, 31))
        #expect(old.secondOfDay == 86_399)
    }
}
