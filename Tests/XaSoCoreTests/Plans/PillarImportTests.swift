import Foundation
import Testing
@testable import XaSoCore

/// The quarterly reference report (xã Gia Phúc, quý III/2025) ends with "3. Nhiệm vụ theo trụ cột":
/// six pillars 3.1–3.6, each with "Nhiệm vụ:", "Giải pháp:" and "Phân công nhiệm vụ:".
@Suite struct PillarImportTests {
    static func parsed() throws -> ParsedPlan {
        try PlanTextParser.parse(try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"))
    }

    @Test func pillarsWithTheirGroup() throws {
        let plan = try Self.parsed()
        #expect(plan.format == .pillars)
        #expect(plan.tasks.map(\.number) == ["3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"])
        #expect(plan.tasks.map(\.parentNumber) == [nil, "3", "3", "3", "3", "3", "3"])
        #expect(plan.tasks[0].title == "Nhiệm vụ theo trụ cột")
        #expect(plan.tasks.map(\.title).dropFirst() == [
            "Nâng cao nhận thức và phổ cập kỹ năng số",
            "Thúc đẩy sử dụng dịch vụ công trực tuyến và chữ ký số",
            "Hạ tầng số và truy cập internet ổn định",
            "An toàn, an ninh mạng và bảo vệ dữ liệu",
            "Huy động nguồn lực",
            "Giảm thiểu bất bình đẳng số và bảo vệ nhóm yếu thế",
        ])
        #expect(plan.plan(unitCode: "10270").workTasks.count == 6)
    }

    @Test(arguments: [
        ("3.1", "Phòng Văn hóa - Xã hội", ["Trung tâm Phục vụ hành chính công", "Tổ CNTT cộng đồng"]),
        // No "chủ trì" written: the first body named leads.
        ("3.2", "Văn phòng HĐND và UBND", ["Trung tâm Phục vụ hành chính công", "Công an xã"]),
        ("3.3", "Phòng Văn hóa - Xã hội", ["Sở Khoa học và Công nghệ", "Các nhà mạng viễn thông"]),
        // "(chủ\ntrì)" wraps across two lines and marks the second body as lead.
        ("3.4", "Văn phòng HĐND và UBND", ["Phòng Văn hóa - Xã hội", "Công an xã", "Tổ ứng cứu CNTT"]),
        ("3.5", "Phòng Kinh tế", ["Các cơ quan, đơn vị"]),
        ("3.6", "Phòng Văn hóa - Xã hội", ["Trung tâm Phục vụ hành chính công", "Hội Nông dân", "Đoàn Thanh niên"]),
    ])
    func leadAndPartners(number: String, lead: String, partners: [String]) throws {
        let task = try #require(try Self.parsed().tasks.first { $0.number == number })
        #expect(task.lead == lead)
        #expect(task.partners == partners)
    }

    @Test func unknownBodiesAreOfferedAsNewDepartments() throws {
        #expect(try Self.parsed().newDepartments == [
            "Tổ CNTT cộng đồng", "Sở Khoa học và Công nghệ", "Các nhà mạng viễn thông", "Tổ ứng cứu CNTT",
            "Hội Nông dân", "Đoàn Thanh niên",
        ])
    }

    @Test func taskSolutionAndAssignmentText() throws {
        let tasks = try Self.parsed().tasks
        let first = try #require(tasks.first { $0.number == "3.1" })
        #expect(first.content?.hasPrefix("Tuyên truyền kỹ năng số cộng đồng đến năm 2030 tập trung vào: đăng ký, "
            + "nộp hồ sơ trực tuyến;") == true)
        #expect(first.content?.hasSuffix("Ưu tiên tập huấn cho: cán bộ, công chức, trưởng thôn, lực lượng tình "
            + "nguyện viên công nghệ, người cao tuổi, ngư dân, tiểu thương.") == true)
        #expect(first.solution == "Duy trì Tổ công nghệ số cộng đồng ở mỗi thôn, chịu trách nhiệm hỗ trợ trực tiếp, "
            + "tổ chức “chợ kỹ thuật số” lưu động (hướng dẫn cài app, quét mã, nộp hồ sơ).")
        #expect(first.assignmentText == "Phòng Văn hóa - Xã hội chủ trì, Trung tâm Phục vụ Hành chính công xã, "
            + "Tổ CNTT cộng đồng.")
        let second = try #require(tasks.first { $0.number == "3.2" })
        #expect(second.solution?.hasSuffix("Làm mô hình thí điểm “nộp hồ sơ online - nhận kết quả offline” để giảm "
            + "rào cản ban đầu.") == true)
        // The closing "Trên đây là Báo cáo …" paragraph is not part of the last assignment.
        let last = try #require(tasks.last)
        #expect(last.assignmentText == "Phòng Văn hóa - Xã hội, Trung tâm PVHCC, Hội Nông dân, Đoàn Thanh niên "
            + "phối hợp thực hiện.")
    }

    @Test func storedTaskKeepsPillarFields() throws {
        let parsed = try Self.parsed()
        let stored = parsed.plan(unitCode: "10270").tasks[1]
        #expect(stored.lead == "Phòng Văn hóa - Xã hội")
        #expect(stored.solution == parsed.tasks[1].solution)
        #expect(stored.content == parsed.tasks[1].content)
        let previewed = parsed.tasks[1]
        #expect(stored.number == previewed.number && stored.title == previewed.title)
        #expect(stored.parentNumber == previewed.parentNumber && stored.lead == previewed.lead)
        #expect(stored.partners == previewed.partners)
        #expect(stored.deadline == previewed.deadline ?? .none)
    }
}
