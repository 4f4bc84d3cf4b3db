import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests.Plans {
    /// On 8/10/2025 (see `recordSmallPlanProgress`): 1.3 was due 20/9 and is 18 days late; 1.2's
    /// third-quarter report is due 15/10, 7 days away; 1.1 is done; 2 has no due date.
    @Test func overdueAndDueSoonTasks() async throws {
        try await withApp { app in
            let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
            let vhxh = try await app.token("vhxh-nd", role: .departmentOfficer, unit: Ref.nghiDuong, department: SmallPlan.vhxh)
            let ids = try await Self.createSmallPlan(app, admin: admin)
            try await Self.recordSmallPlanProgress(app, token: admin, ids: ids)
            let base = "units/\(Ref.nghiDuong)"

            let all = try await app.api(.GET, "\(base)/reminders?as_of=2025-10-08&days=7", token: admin).decode(RemindersDTO.self)
            #expect(all.overdue.map(\.number) == ["1.3"])
            #expect(all.overdue.first?.days == 18)
            #expect(all.overdue.first?.due == "2025-09-20")
            #expect(all.overdue.first?.percent == 30)
            #expect(all.overdue.first?.lead == SmallPlan.kinhTe)
            #expect(all.overdue.first?.task_id == ids["1.3"])
            #expect(all.due_soon.map(\.number) == ["1.2"])
            #expect(all.due_soon.first?.days == 7)
            #expect(all.due_soon.first?.due == "2025-10-15")

            let shorter = try await app.api(.GET, "\(base)/reminders?as_of=2025-10-08&days=6", token: admin).decode(RemindersDTO.self)
            #expect(shorter.due_soon.isEmpty)
            #expect(shorter.overdue.map(\.number) == ["1.3"])

            // A department officer's dashboard shows what their department leads.
            let own = try await app.api(.GET, "\(base)/reminders?as_of=2025-10-08", token: vhxh).decode(RemindersDTO.self)
            #expect(own.department == SmallPlan.vhxh)
            #expect(own.overdue.isEmpty)
            #expect(own.due_soon.map(\.number) == ["1.2"])
            let economy = try await app.api(.GET, "\(base)/reminders?as_of=2025-10-08&department=ph%C3%B2ng%20kinh%20t%E1%BA%BF",
                                            token: admin).decode(RemindersDTO.self)
            #expect(economy.overdue.map(\.number) == ["1.3"])
            #expect(economy.due_soon.isEmpty)

            func numbers(_ status: String) async throws -> [String] {
                try await app.api(.GET, "\(base)/tasks?as_of=2025-10-08&status=\(status)", token: admin)
                    .decode([TaskDTO].self).map(\.number)
            }
            #expect(try await numbers("overdue") == ["1.3"])
            #expect(try await numbers("completed") == ["1.1"])
            #expect(try await numbers("in_progress") == ["1.2"])
            #expect(try await numbers("not_started") == ["2"])
            #expect(try await numbers("qu%C3%A1%20h%E1%BA%A1n") == ["1.3"])  // "quá hạn"
            let bad = try await app.api(.GET, "\(base)/tasks?status=late", token: admin)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.errorCode == "task.status_invalid")

            // Before 1.3's due date nothing was overdue yet.
            let earlier = try await app.api(.GET, "\(base)/reminders?as_of=2025-09-15&days=7", token: admin).decode(RemindersDTO.self)
            #expect(earlier.overdue.isEmpty)
            #expect(earlier.due_soon.map(\.number) == ["1.3"])
            #expect(earlier.due_soon.first?.days == 5)
        }
    }

    /// Quarter III judged on 30/9: 4 work tasks, 3 with an update in the quarter (75%); 3 due in it
    /// (1.1 on 30/9, 1.2's cycle on 15/7, 1.3 on 20/9), 2 met on time, 1.3 overdue by 10 days.
    @Test func summaryFeedsTheTrackedTaskIndicator() async throws {
        try await withApp { app in
            let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
            let vhxh = try await app.token("vhxh-nd", role: .departmentOfficer, unit: Ref.nghiDuong, department: SmallPlan.vhxh)
            let ids = try await Self.createSmallPlan(app, admin: admin)
            try await Self.recordSmallPlanProgress(app, token: admin, ids: ids)
            let base = "units/\(Ref.nghiDuong)"

            let summary = try await app.api(.GET, "\(base)/plan-summary?period=2025-Q3&as_of=2025-10-08", token: admin)
                .decode(PlanSummaryDTO.self)
            #expect(summary.as_of == "2025-09-30")
            #expect(summary.from == "2025-07-01")
            #expect(summary.overall.task_count == 4)
            #expect(summary.overall.tracked_count == 3)
            #expect(summary.overall.tracked_percent == 75)
            #expect(summary.overall.due_count == 3)
            #expect(summary.overall.completed_on_time_count == 2)
            #expect(summary.overall.overdue_count == 1)
            #expect(summary.by_department.map(\.label) == [SmallPlan.vhxh, SmallPlan.kinhTe, "Chưa phân công chủ trì"])
            #expect(summary.by_department[0].figures.on_time_percent == 100)
            #expect(summary.by_department[1].figures.on_time_percent == 0)
            #expect(summary.by_plan.map(\.number) == ["28/KH-UBND"])
            #expect(summary.overdue.map(\.number) == ["1.3"])
            #expect(summary.overdue.first?.days == 10)
            #expect(summary.at_risk.isEmpty)

            // The indicator belongs to the office (Văn phòng HĐND và UBND): the culture-society officer may not write it.
            let denied = try await app.api(.POST, "\(base)/plan-summary/indicator?period=2025-Q3&as_of=2025-10-08", token: vhxh)
            #expect(denied.status == .forbidden)
            #expect(try await app.store.values(unitCode: Ref.nghiDuong, period: .quarter(3, 2025)).isEmpty)

            let fed = try await app.api(.POST, "\(base)/plan-summary/indicator?period=2025-Q3&as_of=2025-10-08", token: admin)
            #expect(fed.status == .ok, "\(fed.text.prefix(300))")
            let value = try fed.decode(ValueDTO.self)
            #expect(value.indicator_code == "NQ71.7.7")
            #expect(value.value == 75)
            #expect(value.numerator == 3)
            #expect(value.denominator == 4)
            #expect(value.source == "plan_tasks")
            let stored = try await app.store.values(unitCode: Ref.nghiDuong, period: .quarter(3, 2025))
            #expect(stored.map(\.indicatorCode) == ["NQ71.7.7"])
            #expect(stored.first?.value.number == 75)
            #expect(stored.first?.source == XaSoStore.planTasksSource)
        }
    }

    @Test func progressReportsAreChecked() async throws {
        try await withApp { app in
            let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
            let ids = try await Self.createSmallPlan(app, admin: admin)
            let id = try #require(ids["1.1"])
            let future = try await Self.progress(app, token: admin, task: id, state: "in_progress", percent: 10, date: "2999-01-01")
            #expect(future.errorCode == "progress.future_date")
            let inconsistent = try await Self.progress(app, token: admin, task: id, state: "completed", percent: 50,
                                                       date: "2025-09-01")
            #expect(inconsistent.errorCode == "progress.inconsistent")
            let missing = try await Self.progress(app, token: admin, task: id, state: "in_progress", date: "2025-09-01")
            #expect(missing.errorCode == "progress.percent_missing")
            #expect(try await app.store.progressHistory(taskID: id).isEmpty)
            let unknown = try await Self.progress(app, token: admin, task: UUID(), state: "completed", date: "2025-09-01")
            #expect(unknown.status == .notFound)
        }
    }
}
