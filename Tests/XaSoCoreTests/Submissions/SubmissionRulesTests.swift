import Foundation
import Testing
@testable import XaSoCore

@Suite struct SubmissionRulesTests {
    /// 12:00 on a day in Vietnam (05:00 UTC).
    static func noon(_ y: Int, _ m: Int, _ d: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(LocalDay(y, m, d).dayNumber) * 86_400 + 5 * 3600)
    }

    @Test func stateMachineAllowsOnlyTheDocumentedMoves() {
        let allowed: Set<String> = ["not_started>submitted", "in_progress>submitted", "returned>submitted",
                                    "submitted>returned", "submitted>approved", "approved>returned"]
        for a in SubmissionState.allCases {
            for b in SubmissionState.allCases {
                #expect(a.canMove(to: b) == allowed.contains("\(a.rawValue)>\(b.rawValue)"), "\(a) → \(b)")
            }
        }
    }

    @Test func stateComesFromTheRecordElseTheFigures() {
        let q3 = ReportingPeriod.quarter(3, 2025)
        #expect(SubmissionRules.state(record: nil, enteredFigures: 0) == .notStarted)
        #expect(SubmissionRules.state(record: nil, enteredFigures: 3) == .inProgress)
        let returned = SubmissionRecord(unitCode: "11050", period: q3, state: .returned, reason: "Thiếu CL411.03")
        #expect(SubmissionRules.state(record: returned, enteredFigures: 10) == .returned)
    }

    /// 2025-Q3 cuts off on 14/9/2025; the default deadline is 5 days later, 19/9/2025.
    @Test func deadlineRules() {
        let q3 = ReportingPeriod.quarter(3, 2025)
        #expect(SubmissionDeadlines.deadline(for: q3, among: []) == LocalDay(2025, 9, 19))
        let quarterly = ProvinceDeadline(provinceCode: "31", key: .kind(.quarter), rule: .daysAfterCutOff(20))
        #expect(SubmissionDeadlines.deadline(for: q3, among: [quarterly]) == LocalDay(2025, 10, 4))
        // Year 2025 cuts off on 14/12/2025: 20 days later crosses into 2026, but the quarter rule does not apply to a year.
        #expect(SubmissionDeadlines.deadline(for: .year(2025), among: [quarterly]) == LocalDay(2025, 12, 19))
        let yearly = ProvinceDeadline(provinceCode: "31", key: .kind(.year), rule: .daysAfterCutOff(20))
        #expect(SubmissionDeadlines.deadline(for: .year(2025), among: [yearly]) == LocalDay(2026, 1, 3))
        // One period's own date wins over its kind's.
        let fixed = ProvinceDeadline(provinceCode: "31", key: .period(q3), rule: .fixed(LocalDay(2025, 9, 30)))
        #expect(SubmissionDeadlines.deadline(for: q3, among: [quarterly, fixed]) == LocalDay(2025, 9, 30))
        #expect(SubmissionDeadlines.deadline(for: .quarter(4, 2025), among: [quarterly, fixed]) == LocalDay(2026, 1, 3))
    }

    @Test func onTimeIsJudgedByTheDayInVietnam() {
        let deadline = LocalDay(2025, 9, 19)
        #expect(SubmissionRules.onTime(submittedAt: nil, deadline: deadline) == nil)
        #expect(SubmissionRules.onTime(submittedAt: Self.noon(2025, 9, 19), deadline: deadline) == true)
        #expect(SubmissionRules.onTime(submittedAt: Self.noon(2025, 9, 20), deadline: deadline) == false)
        // 23:30 on 19/9 in Vietnam is 16:30 UTC that day: on time; 00:30 on 20/9 (17:30 UTC on 19/9) is late.
        let lateEvening = Date(timeIntervalSince1970: TimeInterval(LocalDay(2025, 9, 19).dayNumber) * 86_400 + 16.5 * 3600)
        let pastMidnight = Date(timeIntervalSince1970: TimeInterval(LocalDay(2025, 9, 19).dayNumber) * 86_400 + 17.5 * 3600)
        #expect(SubmissionRules.onTime(submittedAt: lateEvening, deadline: deadline) == true)
        #expect(SubmissionRules.onTime(submittedAt: pastMidnight, deadline: deadline) == false)
    }

    @Test func completeness() {
        #expect(SubmissionRules.completeness(entered: 3, expected: 10) == 0.3)
        #expect(SubmissionRules.completeness(entered: 10, expected: 10) == 1)
        #expect(SubmissionRules.completeness(entered: 0, expected: 10) == 0)
        #expect(SubmissionRules.completeness(entered: 0, expected: 0) == 1)
    }

    /// 2025-Q3 opens on 15/6/2025, the first day of its cut-off range.
    @Test func periodOpensOnItsCutOffStart() throws {
        let q3 = ReportingPeriod.quarter(3, 2025)
        #expect(!SubmissionRules.isOpen(q3, on: LocalDay(2025, 6, 14)))
        #expect(SubmissionRules.isOpen(q3, on: LocalDay(2025, 6, 15)))
        #expect(SubmissionRules.isOpen(q3, on: LocalDay(2027, 1, 1)))
        #expect { try SubmissionRules.move(.inProgress, to: .submitted, period: q3, today: LocalDay(2025, 6, 14), reason: nil) }
            throws: { ($0 as? AppError)?.code == "submission.period_not_open" }
        try SubmissionRules.move(.inProgress, to: .submitted, period: q3, today: LocalDay(2025, 6, 15), reason: nil)
    }

    @Test func returningNeedsAReason() throws {
        let q3 = ReportingPeriod.quarter(3, 2025)
        let today = LocalDay(2025, 9, 25)
        for blank in [nil, "", "  \n"] {
            #expect { try SubmissionRules.move(.submitted, to: .returned, period: q3, today: today, reason: blank) }
                throws: { ($0 as? AppError)?.code == "submission.reason_required" }
        }
        try SubmissionRules.move(.submitted, to: .returned, period: q3, today: today, reason: "Thiếu số liệu")
        #expect { try SubmissionRules.move(.notStarted, to: .approved, period: q3, today: today, reason: nil) }
            throws: { ($0 as? AppError)?.code == "submission.state_invalid" }
    }

    @Test func deadlineInputIsChecked() throws {
        #expect(try SubmissionDeadlines.validate(key: "quarter", daysAfter: 10, date: nil) == (.kind(.quarter), .daysAfterCutOff(10)))
        #expect(try SubmissionDeadlines.validate(key: "2025-Q3", daysAfter: nil, date: "30/09/2025")
                == (.period(.quarter(3, 2025)), .fixed(LocalDay(2025, 9, 30))))
        let bad: [(String, Int?, String?, String)] = [
            ("weekly", 5, nil, "deadline.key_invalid"), ("quarter", -1, nil, "deadline.days_invalid"),
            ("quarter", 367, nil, "deadline.days_invalid"), ("quarter", nil, "2025-09-30", "deadline.date_needs_period"),
            ("2025-Q3", nil, "2025-06-01", "deadline.date_before_period"), ("2025-Q3", nil, "31/02/2025", "deadline.date_invalid"),
            ("quarter", nil, nil, "deadline.rule_required"), ("2025-Q3", 5, "2025-09-30", "deadline.rule_required"),
        ]
        for (key, days, date, code) in bad {
            #expect { _ = try SubmissionDeadlines.validate(key: key, daysAfter: days, date: date) }
                throws: { ($0 as? AppError)?.code.rawValue == code }
        }
    }

    @Test func overviewCountsAndReminders() {
        let q3 = ReportingPeriod.quarter(3, 2025)
        let deadline = LocalDay(2025, 9, 19)
        let records: [String: SubmissionRecord] = [
            "A": SubmissionRecord(unitCode: "A", period: q3, state: .submitted, submittedAt: Self.noon(2025, 9, 18)),
            "B": SubmissionRecord(unitCode: "B", period: q3, state: .approved, submittedAt: Self.noon(2025, 9, 22)),
            "C": SubmissionRecord(unitCode: "C", period: q3, state: .returned, submittedAt: Self.noon(2025, 9, 10), reason: "Sai số"),
        ]
        let entered: [String: Set<String>] = ["A": ["X1", "X2", "X3", "OTHER"], "B": ["X1"], "C": ["X2"], "D": ["X3"]]
        let o = SubmissionOverview.build(provinceCode: "31", period: q3, deadline: deadline,
                                         communes: [("A", "Xã A"), ("B", "Xã B"), ("C", "Xã C"), ("D", "Xã D"), ("E", "Xã E")],
                                         expectedIndicators: ["X1", "X2", "X3"], records: records, entered: entered)
        #expect(o.communes.map(\.state) == [.submitted, .approved, .returned, .inProgress, .notStarted])
        #expect(o.communes.map(\.onTime) == [true, false, true, nil, nil])
        // The indicator outside the expected set does not count.
        let third: Double = 1.0 / 3
        let shares: [Double] = [1, third, third, third, 0]
        #expect(o.communes.map(\.completeness) == shares)
        #expect(o.communes.map(\.vietnameseState) == ["Đã nộp đúng hạn", "Đã duyệt", "Bị trả lại", "Đang nhập", "Chưa bắt đầu"])
        #expect(o.communes[1].state.vietnamese(onTime: false) == "Đã duyệt")
        #expect(SubmissionState.submitted.vietnamese(onTime: false) == "Nộp muộn")
        #expect((o.expected, o.submitted, o.onTime) == (5, 2, 1))

        let indicators = [
            Indicator(code: "X1", frameworkCode: "F", number: "1", name: "Một", unit: "%", unitKind: .percent, direction: .higher,
                      owners: ["Phòng Văn hóa - Xã hội"]),
            Indicator(code: "X2", frameworkCode: "F", number: "2", name: "Hai", unit: "%", unitKind: .percent, direction: .higher,
                      owners: ["Văn phòng HĐND và UBND", "Công an xã"]),
            Indicator(code: "X3", frameworkCode: "F", number: "3", name: "Ba", unit: "%", unitKind: .percent, direction: .higher,
                      owners: []),
        ]
        let reminders = SubmissionReminder.list(o, indicators: indicators, entered: entered)
        #expect(reminders.map(\.unitCode) == ["C", "D", "E"])
        #expect(reminders[0].owed == [.init(department: "Phòng Văn hóa - Xã hội", indicatorCodes: ["X1"]),
                                      .init(department: SubmissionReminder.unassigned, indicatorCodes: ["X3"])])
        #expect(reminders[1].owed.map(\.department) == ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND"])
        #expect(reminders[2].owed.flatMap(\.indicatorCodes) == ["X1", "X2", "X3"])
    }
}
