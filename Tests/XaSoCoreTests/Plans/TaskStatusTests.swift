import Foundation
import Testing
@testable import XaSoCore

@Suite struct TaskStatusTests {
    static let start = d(2025, 7, 9)

    func update(_ date: LocalDay, _ state: ReportedProgress, _ percent: Int) throws -> ProgressUpdate {
        try ProgressUpdate(date: date, author: "Nguyễn Văn A", state: state, percent: percent, text: "Báo cáo tiến độ")
    }

    func status(_ deadline: TaskDeadline, _ updates: [ProgressUpdate], today: LocalDay,
                start: LocalDay = TaskStatusTests.start) -> TaskEvaluation {
        TaskStatusRules.evaluate(deadline: deadline, history: ProgressHistory(updates), start: start, today: today)
    }

    @Test func fixedDeadline() throws {
        let due = TaskDeadline.fixed(d(2025, 9, 30))
        #expect(status(due, [], today: d(2025, 9, 30)).status == .notStarted)
        #expect(status(due, [], today: d(2025, 10, 1)).status == .overdue)
        let working = try [update(d(2025, 8, 1), .inProgress, 40)]
        #expect(status(due, working, today: d(2025, 9, 1)).status == .inProgress)
        #expect(status(due, working, today: d(2025, 9, 1)).percent == 40)
        let overdue = status(due, working, today: d(2025, 10, 5))
        #expect(overdue.status == .overdue)
        #expect(overdue.due == d(2025, 9, 30))
        #expect(overdue.percent == 40)
        // Completing on the due day is on time; the day after is late.
        let onTime = try working + [update(d(2025, 9, 30), .completed, 100)]
        #expect(status(due, onTime, today: d(2025, 12, 1)).status == .completed)
        let late = try working + [update(d(2025, 10, 3), .completed, 100)]
        #expect(status(due, late, today: d(2025, 10, 2)).status == .overdue)  // the update is not yet written
        #expect(status(due, late, today: d(2025, 12, 1)).status == .completedLate)
        #expect(status(due, late, today: d(2025, 12, 1)).completedOn == d(2025, 10, 3))
    }

    @Test func recurringCyclesRollOver() throws {
        // Cycles start with the first due date on or after the task's start: assigned on 9/7, the
        // Q2 report is due 15/7; reported on 14/7 it is on time.
        let quarterly = TaskDeadline.quarterly(.daysAfterQuarterEnd(15))  // 15/7, 15/10, 15/1, 15/4 …
        let fromJuly = try [update(d(2025, 7, 14), .completed, 100)]
        #expect(status(quarterly, fromJuly, today: d(2025, 7, 15)).status == .completed)
        #expect(status(quarterly, fromJuly, today: d(2025, 10, 16)).status == .overdue)
        #expect(status(quarterly, fromJuly, today: d(2025, 10, 16)).due == d(2025, 10, 15))

        // Assigned after 15/7, the first cycle is Q3's, due 15/10.
        func fromAugust(_ deadline: TaskDeadline, _ updates: [ProgressUpdate], today: LocalDay) -> TaskEvaluation {
            status(deadline, updates, today: today, start: d(2025, 8, 1))
        }
        let q3Done = try [update(d(2025, 10, 10), .completed, 100)]
        #expect(fromAugust(quarterly, [], today: d(2025, 10, 12)).status == .notStarted)
        #expect(fromAugust(quarterly, q3Done, today: d(2025, 10, 12)).status == .completed)
        // After 15/10 the Q4 cycle (due 15/1/2026) starts afresh.
        let next = fromAugust(quarterly, q3Done, today: d(2025, 11, 1))
        #expect(next.status == .notStarted)
        #expect(next.nextOpenDue == d(2026, 1, 15))
        #expect(next.occurrences.map(\.onTime) == [true, nil])
        // Nothing reported for Q4 by 16/1: overdue on that cycle.
        let missed = fromAugust(quarterly, q3Done, today: d(2026, 1, 16))
        #expect(missed.status == .overdue)
        #expect(missed.due == d(2026, 1, 15))
        // A late Q4 report closes that cycle late, and Q1 is next.
        let lateQ4 = try q3Done + [update(d(2026, 1, 20), .completed, 100)]
        let after = fromAugust(quarterly, lateQ4, today: d(2026, 2, 1))
        #expect(after.status == .notStarted)
        #expect(after.occurrences.map(\.onTime) == [true, false, nil])
        #expect(after.nextOpenDue == d(2026, 4, 15))
    }

    @Test func secondCompletionInAClosedCycleIsANote() throws {
        let yearly = TaskDeadline.yearly(month: 12, day: 31)
        let updates = try [update(d(2025, 11, 1), .completed, 100), update(d(2025, 12, 15), .completed, 100)]
        let judged = status(yearly, updates, today: d(2026, 3, 1))
        #expect(judged.occurrences == [OccurrenceOutcome(due: d(2025, 12, 31), completedOn: d(2025, 11, 1)),
                                       OccurrenceOutcome(due: d(2026, 12, 31), completedOn: nil)])
        #expect(judged.status == .notStarted)
    }

    @Test func ongoingIsNeverOverdue() throws {
        #expect(status(.ongoing, [], today: d(2030, 1, 1)).status == .notStarted)
        let updates = try [update(d(2025, 8, 1), .inProgress, 30)]
        #expect(status(.ongoing, updates, today: d(2030, 1, 1)).status == .inProgress)
        #expect(status(.none, [], today: d(2030, 1, 1)).status == .notStarted)
    }

    @Test func labels() {
        #expect(TaskStatus.allCases.map(\.label)
            == ["Chưa triển khai", "Đang thực hiện", "Hoàn thành", "Hoàn thành quá hạn", "Quá hạn"])
    }

    @Test func updatesAreValidatedAndOrdered() throws {
        #expect(appError { try update(d(2025, 8, 1), .completed, 90) }?.code == "progress.inconsistent")
        #expect(appError { try update(d(2025, 8, 1), .inProgress, 100) }?.code == "progress.inconsistent")
        #expect(appError { try update(d(2025, 8, 1), .notStarted, 10) }?.code == "progress.inconsistent")
        #expect(appError { try update(d(2025, 8, 1), .inProgress, 120) }?.code == "progress.percent_out_of_range")
        let noAuthor = appError { try ProgressUpdate(date: d(2025, 8, 1), author: " ", state: .inProgress, percent: 5, text: "") }
        #expect(noAuthor?.code == "progress.author_missing")
        #expect(noAuthor?.vietnamese == "Cập nhật tiến độ ngày 01/08/2025 thiếu người cập nhật.")

        var history = ProgressHistory()
        history.append(try update(d(2025, 9, 1), .inProgress, 50))
        history.append(try update(d(2025, 8, 1), .inProgress, 20))
        history.append(try update(d(2025, 9, 1), .inProgress, 60))
        #expect(history.updates.map(\.percent) == [20, 50, 60])
        #expect(history.latest?.percent == 60)
        let data = try JSONEncoder().encode(history)
        #expect(String(decoding: data, as: UTF8.self).contains("\"date\":\"2025-08-01\""))
        #expect(try JSONDecoder().decode(ProgressHistory.self, from: data) == history)
    }
}
