import Foundation
import Testing
@testable import XaSoCore

/// The reference plan (Kế hoạch thực hiện Nghị quyết 57 of xã Nghi Dương), section III.
/// Counted by hand from the text: eight groups 1–8; under them 1.1–1.9 (9), 2.1–2.4 (4),
/// 3.1–3.5 (5), 4.1–4.4 (4), 5.1–5.18 (18), 6.1–6.3 (3), 7.1–7.5 (5), and none under 8.
@Suite struct ReferencePlanImportTests {
    static let subTaskCounts = [9, 4, 5, 4, 18, 3, 5, 0]

    static func parsed() throws -> ParsedPlan {
        try PlanTextParser.parse(try referenceText("ke-hoach-nq57-xa-nghi-duong.txt"))
    }

    @Test func everyTaskOfSectionThreeInOrder() throws {
        let plan = try Self.parsed()
        var expected: [String] = []
        for (index, count) in Self.subTaskCounts.enumerated() {
            expected.append("\(index + 1)")
            expected += (0..<count).map { "\(index + 1).\($0 + 1)" }
        }
        #expect(expected.count == 56)
        #expect(plan.format == .numbered)
        #expect(plan.sectionTitle == "NHIỆM VỤ, GIẢI PHÁP")
        #expect(plan.tasks.map(\.number) == expected)
        #expect(plan.warnings.isEmpty)
        // 48 sub-tasks plus group 8, which has none and so is work itself.
        #expect(plan.plan(unitCode: "11311").workTasks.count == 49)
    }

    @Test func parentsFollowTheNumbering() throws {
        let tasks = try Self.parsed().tasks
        for task in tasks {
            let parts = task.number.split(separator: ".")
            #expect(task.parentNumber == (parts.count == 1 ? nil : String(parts[0])), "\(task.number)")
        }
        let byNumber = Dictionary(uniqueKeysWithValues: tasks.map { ($0.number, $0) })
        #expect(byNumber["5.10"]?.parentNumber == "5")
        #expect(byNumber["8"]?.parentNumber == nil)
    }

    @Test func titlesAreJoinedAcrossWrappedLines() throws {
        let byNumber = Dictionary(uniqueKeysWithValues: try Self.parsed().tasks.map { ($0.number, $0) })
        #expect(byNumber["2"]?.title == "Xoá bỏ quan niệm, rào cản đang cản trở sự phát triển khoa học, công nghệ, "
            + "đổi mới sáng tạo và chuyển đổi số")
        #expect(byNumber["1.3"]?.title == "Phối hợp rà soát đưa tiêu chí đánh giá trách nhiệm người đứng đầu trực "
            + "tiếp phụ trách, chỉ đạo triển khai nhiệm vụ phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển "
            + "đổi số của cơ quan, tổ chức là tiêu chí quan trọng trong việc đánh giá, xếp loại hàng năm.")
        #expect(byNumber["3.2"]?.title == "Triển khai cấp chứng thư số đến 100% cán bộ, công chức của xã.")
        // Wrapped line "2030, tầm nhìn đến năm 2045." stays in the title, not a new task.
        #expect(byNumber["3.3"]?.title.hasSuffix("định hướng phát triển năng lượng quốc gia Việt Nam đến năm 2030, "
            + "tầm nhìn đến năm 2045.") == true)
        #expect(byNumber["4.4"]?.title == "Đào tạo kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng.")
        // "5.10.Triển khai" is written without a space after the number.
        #expect(byNumber["5.10"]?.title == "Triển khai nền tảng phân tích xử lý dữ liệu tổng hợp, ứng dụng trí tuệ "
            + "nhân tạo (AI) trong việc hỗ trợ ra quyết định.")
        #expect(byNumber["5.12"]?.title == "Phát triển hạ tầng số: Thiết lập hạ tầng viễn thông di động mặt đất "
            + "công nghệ 5G.")
        #expect(byNumber["7.3"]?.title == "Ký kết các chương trình phối hợp, hợp tác về KHCN, ĐMST và CĐS.")
        let eight = try #require(byNumber["8"])
        #expect(eight.title.hasPrefix("Tiếp tục thực hiện các nhiệm vụ, giải pháp tại Kết luận số 312-KL/TU ngày "
            + "15/02/2024"))
        #expect(eight.title.hasSuffix("Kết luận số 312-KL/TI ngày 15/02/2024 của Ban chấp hành Đảng bộ thành phố."))
        #expect(!eight.title.contains("PHÂN CÔNG"))
    }

    @Test func dashItemsBecomeDetails() throws {
        let task = try #require(try Self.parsed().tasks.first { $0.number == "5.18" })
        #expect(task.title == "Tăng cường ứng dụng công nghệ thông tin trong giáo dục và đào tạo")
        #expect(task.details.count == 4)
        #expect(task.details.first == "Xây dựng và triển khai hệ thống quản lý tập trung, kết nối dữ liệu giáo dục "
            + "từ các cơ sở giáo dục và đào tạo tới Sở; ứng dụng trí tuệ nhân tạo (AI).")
        #expect(task.details.last?.hasPrefix("Phát triển nhân lực số trong giáo dục và đào tạo:") == true)
    }

    @Test func headerTitleAndLegalBasis() throws {
        let plan = try Self.parsed()
        // The reference copy leaves the number and date blank ("Kế hoạch số    /KH-UBND").
        #expect(plan.number == nil)
        #expect(plan.date == nil)
        let title = try #require(plan.title)
        #expect(title.hasPrefix("Thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
            + "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"))
        #expect(title.hasSuffix("thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"))
        #expect(plan.legalBasis.count == 1)
        #expect(plan.legalBasis.first?.hasPrefix("Thực hiện Kế hoạch số 142/KH-UBND ngày 09/6/2025") == true)
        #expect(plan.legalBasis.first?.hasSuffix("(Kế hoạch hành động số 475-KH/TU);") == true)
        #expect(plan.newDepartments.isEmpty)
    }

    @Test func storedPlanKeepsTheTasks() throws {
        let parsed = try Self.parsed()
        let plan = parsed.plan(unitCode: "11311", fallbackTitle: "Kế hoạch NQ57")
        #expect(plan.title == parsed.title)
        #expect(plan.tasks.count == 56)
        #expect(plan.task(path: "5.18")?.details.count == 4)
        let data = try JSONEncoder().encode(plan)
        #expect(try JSONDecoder().decode(Plan.self, from: data) == plan)
    }
}

/// The six-month reference report ends with "PHẦN II: NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026",
/// ten numbered tasks with no sub-tasks.
@Suite struct SixMonthReportImportTests {
    @Test func tasksOfPartTwo() throws {
        let plan = try PlanTextParser.parse(try referenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt"))
        #expect(plan.format == .numbered)
        #expect(plan.sectionTitle == "NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026")
        #expect(plan.tasks.map(\.number) == (1...10).map(String.init))
        #expect(plan.tasks.allSatisfy { $0.parentNumber == nil })
        #expect(plan.tasks[4].title == "Nâng cao chất lượng hoạt động của các Tổ công nghệ số cộng đồng trên địa bàn xã.")
        #expect(plan.tasks[6].title == "Xây dựng, triển khai Kế hoạch đào tạo, bồi dưỡng năm 2026.")
        #expect(plan.tasks[9].title.hasPrefix("Tiếp tục thực hiện có hiệu quả việc áp dụng, duy trì, cải tiến Hệ thống"))
        #expect(!plan.tasks[9].title.contains("Trên đây"))
        #expect(plan.warnings.isEmpty)
        // "Số: /BC-UBND" and "ngày tháng năm 2026" are left blank in the draft.
        #expect(plan.number == nil)
        #expect(plan.date == nil)
    }
}
