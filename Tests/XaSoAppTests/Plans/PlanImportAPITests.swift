import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Plans and tasks through the API, on the test database (SQLite in memory, or PostgreSQL in CI).
    @Suite struct Plans {
        /// Section III of the reference plan, counted by hand: groups 1–8 with 9, 4, 5, 4, 18, 3, 5
        /// and 0 sub-tasks: 56 numbered tasks, of which 49 carry work (48 sub-tasks and group 8).
        static let subTaskCounts = [9, 4, 5, 4, 18, 3, 5, 0]

        static var expectedNumbers: [String] {
            var numbers: [String] = []
            for (index, count) in subTaskCounts.enumerated() {
                numbers.append("\(index + 1)")
                numbers += (0..<count).map { "\(index + 1).\($0 + 1)" }
            }
            return numbers
        }

        static func storedTaskCount(_ app: Application, unit: String) async throws -> Int {
            try await PlanTaskModel.query(on: app.db).filter(\.$unitCode == unit).count()
        }

        @Test func referencePlanDryRunThenStore() async throws {
            try await withApp { app in
                let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
                let text = try planReferenceText("ke-hoach-nq57-xa-nghi-duong.txt")

                let preview = try await app.api(.POST, "units/\(Ref.nghiDuong)/plans/import?dry_run=true", token: admin, text: text)
                #expect(preview.status == .ok, "\(preview.text.prefix(300))")
                let dry = try preview.decode(PlanImportDTO.self)
                #expect(dry.dry_run)
                #expect(dry.section_title == "NHIỆM VỤ, GIẢI PHÁP")
                #expect(dry.tasks.count == 56)
                #expect(dry.tasks.map(\.number) == Self.expectedNumbers)
                for task in dry.tasks {
                    let parts = task.number.split(separator: ".")
                    #expect(task.parentNumber == (parts.count == 1 ? nil : String(parts[0])), "\(task.number)")
                }
                let byNumber = Dictionary(uniqueKeysWithValues: dry.tasks.map { ($0.number, $0) })
                #expect(byNumber["3.2"]?.title == "Triển khai cấp chứng thư số đến 100% cán bộ, công chức của xã.")
                #expect(byNumber["4.4"]?.title == "Đào tạo kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng.")
                #expect(byNumber["5.10"]?.title == "Triển khai nền tảng phân tích xử lý dữ liệu tổng hợp, ứng dụng trí tuệ "
                    + "nhân tạo (AI) trong việc hỗ trợ ra quyết định.")
                #expect(byNumber["5.18"]?.parentNumber == "5")
                #expect(byNumber["8"]?.parentNumber == nil)
                #expect(dry.new_departments.isEmpty)
                #expect(dry.plan == nil)
                // A preview stores nothing.
                #expect(try await Self.storedTaskCount(app, unit: Ref.nghiDuong) == 0)
                #expect(try await app.store.plans(unitCode: Ref.nghiDuong).isEmpty)

                let stored = try await app.api(.POST, "units/\(Ref.nghiDuong)/plans/import", token: admin, text: text)
                #expect(stored.status == .created, "\(stored.text.prefix(300))")
                let result = try stored.decode(PlanImportDTO.self)
                let plan = try #require(result.plan)
                #expect(!result.dry_run)
                #expect(plan.tasks.map(\.number) == Self.expectedNumbers)
                #expect(plan.title.hasPrefix("Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024"))
                #expect(try await Self.storedTaskCount(app, unit: Ref.nghiDuong) == 56)
                #expect(try await PlanTaskModel.query(on: app.db).filter(\.$unitCode == Ref.nghiDuong)
                    .filter(\.$isWork == true).count() == 49)

                let list = try await app.api(.GET, "units/\(Ref.nghiDuong)/plans", token: admin).decode([PlanListItemDTO].self)
                #expect(list.count == 1)
                #expect(list.first?.task_count == 56)
                #expect(list.first?.work_task_count == 49)

                let shown = try await app.api(.GET, "units/\(Ref.nghiDuong)/plans/\(plan.id)", token: admin).decode(PlanDTO.self)
                #expect(shown.tasks.count == 56)
                #expect(shown.tasks.first { $0.number == "5" }?.is_work == false)
                #expect(shown.tasks.first { $0.number == "5.10" }?.status == "not_started")

                let tasks = try await app.api(.GET, "units/\(Ref.nghiDuong)/tasks", token: admin).decode([TaskDTO].self)
                #expect(tasks.count == 49)
                #expect(tasks.allSatisfy { $0.status == "not_started" && $0.deadline == nil })

                let audit = try await app.store.auditLog(entity: "plan")
                #expect(audit.count == 1)
                #expect(audit.first?.actor == "ubnd-nd")
            }
        }

        @Test func badInputGivesAClearErrorAndStoresNothing() async throws {
            try await withApp { app in
                let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
                let path = "units/\(Ref.nghiDuong)/plans/import"

                let empty = try await app.api(.POST, path, token: admin, text: "  \n\n ")
                #expect(empty.status == .unprocessableEntity)
                #expect(empty.errorCode == "plan.empty")

                let unnumbered = try await app.api(.POST, path, token: admin, text: """
                    KẾ HOẠCH
                    Chuyển đổi số năm 2026
                    Các phòng chuyên môn tổ chức triển khai thực hiện.
                    """)
                #expect(unnumbered.status == .unprocessableEntity)
                #expect(unnumbered.errorCode == "plan.no_tasks")
                #expect(try unnumbered.decode(ErrorBody.self).error.message.contains("nothing was stored"))

                // By hand: one unreadable deadline, one impossible day, one parent that does not come first.
                var input = SmallPlan.input()
                input.tasks[1].deadline = "khi nào xong"
                input.tasks[3].deadline = "2025-02-30"
                input.tasks.append(.init(number: "3.1", title: "Nhiệm vụ lạc mục", parent_number: "3"))
                let byHand = try await app.api(.POST, "units/\(Ref.nghiDuong)/plans", token: admin, json: input)
                #expect(byHand.status == .unprocessableEntity)
                let error = try byHand.decode(ErrorBody.self).error
                #expect(error.code == "plan.invalid")
                #expect(error.issues?.map(\.row) == [2, 4])
                #expect(error.issues?.map(\.code) == ["deadline.unreadable", "deadline.invalid"])

                input = SmallPlan.input()
                input.tasks.append(.init(number: "3.1", title: "Nhiệm vụ lạc mục", parent_number: "3"))
                let orphan = try await app.api(.POST, "units/\(Ref.nghiDuong)/plans", token: admin, json: input)
                #expect(orphan.status == .unprocessableEntity)
                #expect(try orphan.decode(ErrorBody.self).error.issues?.map(\.code) == ["task.parent_unknown"])

                // Only the commune admin imports.
                let officer = try await app.token("vhxh-nd", role: .departmentOfficer, unit: Ref.nghiDuong,
                                                  department: SmallPlan.vhxh)
                let text = try planReferenceText("ke-hoach-nq57-xa-nghi-duong.txt")
                let denied = try await app.api(.POST, path, token: officer, text: text)
                #expect(denied.status == .forbidden)
                #expect(denied.errorCode == "plan.manage_forbidden")

                #expect(try await Self.storedTaskCount(app, unit: Ref.nghiDuong) == 0)
                #expect(try await app.store.plans(unitCode: Ref.nghiDuong).isEmpty)
                #expect(try await app.store.auditLog(entity: "plan").isEmpty)
            }
        }

        /// The quarterly report's pillars name bodies the commune has not listed: they come back as
        /// new departments and stay on the tasks as written; once added they are known.
        @Test func unknownBodiesAreOfferedAsNewDepartments() async throws {
            try await withApp { app in
                let admin = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                let text = try planReferenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt")
                let path = "units/\(Ref.giaPhuc)/plans/import"
                let stored = try await app.api(.POST, path, token: admin, text: text)
                #expect(stored.status == .created, "\(stored.text.prefix(300))")
                let result = try stored.decode(PlanImportDTO.self)
                #expect(result.format == "pillars")
                #expect(result.new_departments == ["Tổ CNTT cộng đồng", "Sở Khoa học và Công nghệ", "Các nhà mạng viễn thông",
                                                   "Tổ ứng cứu CNTT", "Hội Nông dân", "Đoàn Thanh niên"])
                let plan = try #require(result.plan)
                let pillar = try #require(plan.tasks.first { $0.number == "3.6" })
                #expect(pillar.lead == "Phòng Văn hóa - Xã hội")
                #expect(pillar.partners == ["Trung tâm Phục vụ hành chính công", "Hội Nông dân", "Đoàn Thanh niên"])

                let added = try await app.api(.POST, "units/\(Ref.giaPhuc)/departments", token: admin,
                                              json: ["name": "Hội Nông dân", "kind": "partner"])
                #expect(added.status == .created)
                let again = try await app.api(.POST, path + "?dry_run=true", token: admin, text: text).decode(PlanImportDTO.self)
                #expect(!again.new_departments.contains("Hội Nông dân"))
                #expect(again.new_departments.contains("Đoàn Thanh niên"))
            }
        }
    }
}
