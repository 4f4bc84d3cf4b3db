import Foundation
import Testing
@testable import XaSoCore

/// A small plan worked by hand: group 1 with three tasks, plus a task 2 with no sub-tasks.
@Suite struct PlanProgressTests {
    static let vhxh = "Phòng Văn hóa - Xã hội"
    static let kinhTe = "Phòng Kinh tế"

    static let plan = Plan(number: "28/KH-UBND", date: d(2025, 7, 9), title: "Kế hoạch thử", unitCode: "11311", tasks: [
        PlanTask(number: "1", title: "Nhóm nhiệm vụ"),
        PlanTask(number: "1.1", title: "Tập huấn", parentNumber: "1", lead: vhxh, deadline: .fixed(d(2025, 9, 30))),
        PlanTask(number: "1.2", title: "Báo cáo quý", parentNumber: "1", lead: vhxh,
                 deadline: .quarterly(.daysAfterQuarterEnd(15))),
        PlanTask(number: "1.3", title: "Khảo sát", parentNumber: "1", lead: kinhTe, partners: [vhxh],
                 deadline: .fixed(d(2025, 9, 20))),
        PlanTask(number: "2", title: "Tuyên truyền", deadline: .ongoing),
    ])

    static func histories() throws -> [String: ProgressHistory] {
        func u(_ date: LocalDay, _ state: ReportedProgress, _ percent: Int) throws -> ProgressUpdate {
            try ProgressUpdate(date: date, author: "cán bộ", state: state, percent: percent, text: "")
        }
        return [
            "1.1": ProgressHistory([try u(d(2025, 9, 25), .completed, 100)]),
            "1.2": ProgressHistory([try u(d(2025, 7, 14), .completed, 100), try u(d(2025, 9, 10), .inProgress, 50)]),
            "1.3": ProgressHistory([try u(d(2025, 8, 5), .inProgress, 30)]),
        ]
    }

    @Test func sharesPerPlanAndDepartment() throws {
        // Quarter III: 1.1 due 30/9 done 25/9 (on time); 1.2 due 15/7 done 14/7 (on time); 1.3 due 20/9, not done.
        let summary = PlanProgress.summarize(plan: Self.plan, histories: try Self.histories(),
                                             period: d(2025, 7, 1)...d(2025, 9, 30), today: d(2025, 9, 30))
        #expect(summary.overall.taskCount == 4)
        #expect(summary.overall.trackedCount == 3)
        #expect(summary.overall.trackedPercent == 75)
        #expect(summary.overall.dueCount == 3)
        #expect(summary.overall.completedOnTimeCount == 2)
        #expect(summary.overall.overdueCount == 1)
        #expect(summary.byDepartment.map(\.label) == [Self.vhxh, Self.kinhTe, "Chưa phân công chủ trì"])
        #expect(summary.byDepartment[0].figures.onTimePercent == 100)
        #expect(summary.byDepartment[1].figures.onTimePercent == 0)
        #expect(summary.byDepartment[2].figures.dueCount == 0)
        #expect(summary.overdue.map(\.number) == ["1.3"])
        #expect(summary.overdue.first?.days == 10)
        #expect(summary.overdue.first?.percent == 30)
    }

    @Test func remindersForTheDashboard() throws {
        // 8/10: 1.2's Q3 cycle is due 15/10 (7 days left); 1.3 is 18 days late.
        let all = PlanProgress.reminders(plan: Self.plan, histories: try Self.histories(), today: d(2025, 10, 8),
                                         withinDays: 7)
        #expect(all.overdue.map(\.number) == ["1.3"])
        #expect(all.overdue.first?.days == 18)
        #expect(all.dueSoon.map(\.number) == ["1.2"])
        #expect(all.dueSoon.first?.days == 7)
        #expect(all.dueSoon.first?.due == d(2025, 10, 15))
        let economy = PlanProgress.reminders(plan: Self.plan, histories: try Self.histories(), today: d(2025, 10, 8),
                                             leadDepartment: "phong kinh te")
        #expect(economy.overdue.map(\.number) == ["1.3"])
        #expect(economy.dueSoon.isEmpty)
        let tooFar = PlanProgress.reminders(plan: Self.plan, histories: try Self.histories(), today: d(2025, 10, 7),
                                            withinDays: 7)
        #expect(tooFar.dueSoon.isEmpty)
    }
}

extension PlanProgressTests {
    @Test func reportingPeriodIsJudgedOnItsLastDay() throws {
        let byPeriod = PlanProgress.summarize(plan: Self.plan, histories: try Self.histories(),
                                              period: .quarter(3, 2025), today: d(2026, 2, 1))
        let byRange = PlanProgress.summarize(plan: Self.plan, histories: try Self.histories(),
                                             period: d(2025, 7, 1)...d(2025, 9, 30), today: d(2025, 9, 30))
        #expect(byPeriod == byRange)
    }
}
