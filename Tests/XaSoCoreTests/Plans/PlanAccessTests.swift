import Foundation
import Testing
@testable import XaSoCore

@Suite struct PlanAccessTests {
    static let task = PlanTask(number: "3.4", title: "An toàn, an ninh mạng", lead: "Văn phòng HĐND và UBND",
                               partners: ["Phòng Văn hóa - Xã hội", "Công an xã"])

    static func officer(_ department: String?, unit: String = "10270") -> Principal {
        Principal(username: "cb", role: .departmentOfficer, unitCode: unit, provinceCode: "31", department: department)
    }

    @Test func leadDepartmentUpdates() {
        #expect(AccessPolicy.canUpdateTask(Self.officer("Văn phòng HĐND và UBND"), unitCode: "10270", task: Self.task))
        #expect(AccessPolicy.canUpdateTask(Self.officer("van phong hdnd va ubnd"), unitCode: "10270", task: Self.task))
        // The same department of another commune may not.
        #expect(!AccessPolicy.canUpdateTask(Self.officer("Văn phòng HĐND và UBND", unit: "10271"), unitCode: "10270",
                                            task: Self.task))
    }

    @Test func otherDepartmentsCannotUpdate() {
        let partner = Self.officer("Phòng Văn hóa - Xã hội")
        let stranger = Self.officer("Phòng Kinh tế")
        #expect(!AccessPolicy.canUpdateTask(partner, unitCode: "10270", task: Self.task))
        #expect(!AccessPolicy.canUpdateTask(stranger, unitCode: "10270", task: Self.task))
        #expect(!AccessPolicy.canUpdateTask(Self.officer(nil), unitCode: "10270", task: Self.task))
        let error = appError { try AccessPolicy.requireTaskUpdate(stranger, unitCode: "10270", task: Self.task) }
        #expect(error?.kind == .forbidden)
        #expect(error?.code == "task.update_forbidden")
        #expect(error?.vietnamese == "Chỉ cơ quan chủ trì (Văn phòng HĐND và UBND) hoặc quản trị cấp xã được cập nhật "
            + "tiến độ nhiệm vụ 3.4.")
        // A task with no lead yet can only be updated by the commune.
        var unassigned = Self.task
        unassigned.lead = nil
        #expect(!AccessPolicy.canUpdateTask(Self.officer("Văn phòng HĐND và UBND"), unitCode: "10270", task: unassigned))
    }

    @Test func partnersComment() {
        #expect(AccessPolicy.canCommentOnTask(Self.officer("Công an xã"), unitCode: "10270", task: Self.task))
        #expect(AccessPolicy.canCommentOnTask(Self.officer("Văn phòng HĐND và UBND"), unitCode: "10270", task: Self.task))
        #expect(!AccessPolicy.canCommentOnTask(Self.officer("Phòng Kinh tế"), unitCode: "10270", task: Self.task))
        #expect(appError { try AccessPolicy.requireTaskComment(Self.officer("Phòng Kinh tế"), unitCode: "10270",
                                                               task: Self.task) }?.code == "task.comment_forbidden")
    }

    @Test func otherRoles() {
        let communeAdmin = Principal(username: "qt", role: .communeAdmin, unitCode: "10270", provinceCode: "31")
        let province = Principal(username: "tinh", role: .provinceOfficer, unitCode: "31", provinceCode: "31")
        let viewer = Principal(username: "xem", role: .viewer, unitCode: "10270", provinceCode: "31")
        let admin = Principal(username: "root", role: .admin, unitCode: nil, provinceCode: nil)
        #expect(AccessPolicy.canUpdateTask(communeAdmin, unitCode: "10270", task: Self.task))
        #expect(!AccessPolicy.canUpdateTask(communeAdmin, unitCode: "10271", task: Self.task))
        #expect(!AccessPolicy.canUpdateTask(province, unitCode: "10270", task: Self.task))
        #expect(!AccessPolicy.canCommentOnTask(viewer, unitCode: "10270", task: Self.task))
        #expect(AccessPolicy.canUpdateTask(admin, unitCode: "10270", task: Self.task))
        #expect(AccessPolicy.canManagePlans(communeAdmin, unitCode: "10270"))
        #expect(!AccessPolicy.canManagePlans(Self.officer("Văn phòng HĐND và UBND"), unitCode: "10270"))
    }

    @Test func commentsNeedText() throws {
        #expect(appError { try TaskComment(date: d(2025, 8, 1), author: "cb", text: "  ") }?.code == "comment.empty")
        let comment = try TaskComment(date: d(2025, 8, 1), author: "cb", department: "Công an xã", text: "Đã phối hợp")
        #expect(try JSONDecoder().decode(TaskComment.self, from: JSONEncoder().encode(comment)) == comment)
    }
}
