import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests.Plans {
    /// Creates `SmallPlan` as the commune admin of Nghi Dương; task ids by number.
    static func createSmallPlan(_ app: Application, admin: String) async throws -> [String: UUID] {
        let created = try await app.api(.POST, "units/\(Ref.nghiDuong)/plans", token: admin, json: SmallPlan.input())
        #expect(created.status == .created, "\(created.text.prefix(300))")
        let plan = try created.decode(PlanCreatedDTO.self)
        #expect(plan.new_departments.isEmpty)
        return Dictionary(uniqueKeysWithValues: plan.plan.tasks.map { ($0.number, $0.id) })
    }

    static func progress(_ app: Application, token: String, task: UUID, state: String, percent: Int? = nil,
                         date: String, text: String = "") async throws -> APIResult {
        // percent travels as a number, and is left out when not given.
        struct Input: Encodable { var state: String; var percent: Int?; var date: String; var text: String }
        return try await app.api(.POST, "units/\(Ref.nghiDuong)/tasks/\(task)/progress", token: token,
                                 json: Input(state: state, percent: percent, date: date, text: text))
    }

    /// The hand-worked history of `SmallPlan` (as in the core's PlanProgressTests):
    /// 1.1 completed 25/9 (due 30/9: on time); 1.2 completed 14/7 (the cycle due 15/7), then 50% on 10/9
    /// (the cycle due 15/10); 1.3 at 30% on 5/8 (due 20/9: overdue from 21/9); 2 no update.
    static func recordSmallPlanProgress(_ app: Application, token: String, ids: [String: UUID]) async throws {
        for (number, state, percent, date) in [("1.1", "completed", 100, "2025-09-25"), ("1.2", "completed", 100, "2025-07-14"),
                                               ("1.2", "in_progress", 50, "2025-09-10"), ("1.3", "in_progress", 30, "2025-08-05")] {
            let result = try await progress(app, token: token, task: try #require(ids[number]), state: state, percent: percent,
                                            date: date)
            #expect(result.status == .created, "\(number): \(result.text.prefix(300))")
        }
    }

    @Test func departmentOfficerUpdatesOnlyTasksTheirDepartmentLeads() async throws {
        try await withApp { app in
            let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
            let vhxh = try await app.token("vhxh-nd", role: .departmentOfficer, unit: Ref.nghiDuong, department: SmallPlan.vhxh)
            let kinhTe = try await app.token("kt-nd", role: .departmentOfficer, unit: Ref.nghiDuong, department: SmallPlan.kinhTe)
            let ids = try await Self.createSmallPlan(app, admin: admin)
            let own = try #require(ids["1.1"]), other = try #require(ids["1.3"])

            let beforeRow = try #require(try await PlanTaskModel.find(other, on: app.db))
            let auditBefore = try await app.store.auditLog(entity: "plan_task").count

            // 1.3 is led by Phòng Kinh tế: the culture-society officer is refused and nothing changes.
            let denied = try await Self.progress(app, token: vhxh, task: other, state: "completed", date: "2025-09-15")
            #expect(denied.status == .forbidden)
            #expect(denied.errorCode == "task.update_forbidden")
            #expect(try await app.store.progressHistory(taskID: other).isEmpty)
            let afterRow = try #require(try await PlanTaskModel.find(other, on: app.db))
            #expect(afterRow.nextDue == beforeRow.nextDue)
            #expect(afterRow.nextDue == "2025-09-20")
            #expect(try await app.store.auditLog(entity: "plan_task").count == auditBefore)

            // Nor may they reassign it to themselves.
            let reassign = try await app.api(.PATCH, "units/\(Ref.nghiDuong)/tasks/\(other)", token: vhxh,
                                             json: ["lead": SmallPlan.vhxh])
            #expect(reassign.status == .forbidden)
            #expect(try await app.store.storedTask(id: other).task.lead == SmallPlan.kinhTe)

            // Their own task (lead typed "phòng VH-XH", stored under the canonical name) is theirs to update.
            let allowed = try await Self.progress(app, token: vhxh, task: own, state: "in_progress", percent: 40,
                                                  date: "2025-09-01", text: "Đã tập huấn 2/5 lớp")
            #expect(allowed.status == .created, "\(allowed.text.prefix(300))")
            let task = try allowed.decode(TaskDTO.self)
            #expect(task.lead == SmallPlan.vhxh)
            #expect(task.percent == 40)
            let history = try await app.api(.GET, "units/\(Ref.nghiDuong)/tasks/\(own)/progress", token: kinhTe)
                .decode([ProgressDTO].self)
            #expect(history.map(\.author) == ["vhxh-nd"])
            #expect(history.first?.text == "Đã tập huấn 2/5 lớp")

            // Partners comment: VH-XH partners 1.3; Kinh tế is neither lead nor partner of 1.1.
            let partnerComment = try await app.api(.POST, "units/\(Ref.nghiDuong)/tasks/\(other)/comments", token: vhxh,
                                                   json: ["text": "Đề nghị bổ sung thôn Đông"])
            #expect(partnerComment.status == .created)
            #expect(try partnerComment.decode(CommentDTO.self).department == SmallPlan.vhxh)
            let stranger = try await app.api(.POST, "units/\(Ref.nghiDuong)/tasks/\(own)/comments", token: kinhTe,
                                             json: ["text": "Góp ý"])
            #expect(stranger.status == .forbidden)
            #expect(stranger.errorCode == "task.comment_forbidden")
            #expect(try await app.store.comments(taskID: own).isEmpty)

            // Another commune's admin sees none of it.
            let elsewhere = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
            let foreign = try await Self.progress(app, token: elsewhere, task: own, state: "completed", date: "2025-09-02")
            #expect(foreign.status == .forbidden)
            #expect(try await app.store.progressHistory(taskID: own).updates.count == 1)
        }
    }

    @Test func adminAssignsLeadPartnersDeadlineAndIndicator() async throws {
        try await withApp { app in
            let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
            let ids = try await Self.createSmallPlan(app, admin: admin)
            let id = try #require(ids["2"])
            let patch: [String: String] = ["lead": "Văn phòng UBND xã", "deadline": "Ngày 15/12 hằng năm",
                                           "indicator_code": XaSoStore.trackedTaskIndicatorCode,
                                           "expected_output": "Báo cáo kết quả tuyên truyền"]
            let updated = try await app.api(.PATCH, "units/\(Ref.nghiDuong)/tasks/\(id)", token: admin, json: patch)
            #expect(updated.status == .ok, "\(updated.text.prefix(300))")
            let task = try updated.decode(TaskDTO.self)
            #expect(task.lead == "Văn phòng HĐND và UBND")
            #expect(task.deadline == "yearly:12-15")
            #expect(task.deadline_label == "Ngày 15/12 hằng năm")
            #expect(task.indicator_code == "NQ71.7.7")
            #expect(task.expected_output == "Báo cáo kết quả tuyên truyền")
            #expect(try await PlanTaskModel.find(id, on: app.db)?.nextDue == "2025-12-15")

            let unknown = try await app.api(.PATCH, "units/\(Ref.nghiDuong)/tasks/\(id)", token: admin,
                                            json: ["partners": ["Bưu điện xã"]])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.errorCode == "department.unknown")
            let badIndicator = try await app.api(.PATCH, "units/\(Ref.nghiDuong)/tasks/\(id)", token: admin,
                                                 json: ["indicator_code": "XX.1"])
            #expect(badIndicator.status == .unprocessableEntity)
            #expect(try await app.store.storedTask(id: id).task.partners.isEmpty)
            #expect(try await app.store.storedTask(id: id).task.indicatorCode == "NQ71.7.7")

            let audit = try await app.store.auditLog(entity: "plan_task", key: id.uuidString)
            #expect(audit.count == 1)
            #expect(audit.first?.action == "update")
        }
    }
}
