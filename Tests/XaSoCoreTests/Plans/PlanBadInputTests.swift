import Foundation
import Testing
@testable import XaSoCore

@Suite struct PlanBadInputTests {
    @Test(arguments: ["", "   \n\n\t \r\n", "\u{00A0}\n- 3 -\n"])
    func emptyDocument(text: String) {
        let error = appError { try PlanTextParser.parse(text) }
        #expect(error?.code == "plan.empty")
        #expect(error?.kind == .invalid)
        #expect(error?.message == "the document is empty: there is nothing to import as a plan; nothing was stored")
        #expect(error?.vietnamese == "Tài liệu trống: không có nội dung nào để nhập kế hoạch; chưa có dữ liệu nào được lưu.")
    }

    @Test func unnumberedDocument() {
        let text = """
        KẾ HOẠCH
        Chuyển đổi số năm 2026
        Các phòng chuyên môn tổ chức triển khai thực hiện.
        Năm 2026 phấn đấu hoàn thành các chỉ tiêu.
        """
        let error = appError { try PlanTextParser.parse(text) }
        #expect(error?.code == "plan.no_tasks")
        #expect(error?.vietnamese.hasPrefix("Không tìm thấy nhiệm vụ nào được đánh số") == true)
    }

    @Test func emptyTasksSectionNamesIt() {
        let text = """
        I. MỤC ĐÍCH, YÊU CẦU
        1. Mục đích
        II. NHIỆM VỤ, GIẢI PHÁP
        Các phòng chuyên môn tổ chức thực hiện.
        III. TỔ CHỨC THỰC HIỆN
        """
        let error = appError { try PlanTextParser.parse(text) }
        #expect(error?.code == "plan.no_tasks")
        #expect(error?.message.contains("section \"NHIỆM VỤ, GIẢI PHÁP\"") == true)
    }

    @Test func handWrittenPlanWithLabels() throws {
        let text = """
        ỦY BAN NHÂN DÂN XÃ NGHI DƯƠNG
        Số: 28/KH-UBND
        Nghi Dương, ngày 20 tháng 01 năm 2026
        KẾ HOẠCH
        Chuyển đổi số năm 2026
        Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024;
        Căn cứ Kế hoạch số 142/KH-UBND ngày 09/6/2025;
        Ủy ban nhân dân xã ban hành Kế hoạch như sau:
        I. NHIỆM VỤ TRỌNG TÂM
        1. Hạ tầng số
        1.1. Rà soát điểm lõm sóng
        Cơ quan chủ trì: Phòng Văn hóa - Xã hội
        Phối hợp: Công an xã, Bưu điện xã
        Thời gian hoàn thành: Quý II/2026
        1.2. Báo cáo tiến độ
        a) Báo cáo quý
        Thời hạn: Ngày 15 của tháng đầu quý sau, hằng quý
        b) Báo cáo năm
        Thời hạn: Ngày 15/12 hằng năm
        1.4. Tuyên truyền
        Thời gian thực hiện: Thường xuyên
        II. TỔ CHỨC THỰC HIỆN
        1. Các phòng triển khai.
        """
        let plan = try PlanTextParser.parse(text)
        #expect(plan.number == "28/KH-UBND")
        #expect(plan.date == d(2026, 1, 20))
        #expect(plan.title == "Chuyển đổi số năm 2026")
        #expect(plan.legalBasis == ["Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024;",
                                    "Căn cứ Kế hoạch số 142/KH-UBND ngày 09/6/2025;"])
        #expect(plan.sectionTitle == "NHIỆM VỤ TRỌNG TÂM")
        #expect(plan.tasks.map(\.path) == ["1", "1.1", "1.2", "1.2 a)", "1.2 b)", "1.4"])
        #expect(plan.tasks.map(\.parentNumber) == [nil, "1", "1", "1.2", "1.2", "1"])
        let survey = plan.tasks[1]
        #expect(survey.title == "Rà soát điểm lõm sóng")
        #expect(survey.lead == "Phòng Văn hóa - Xã hội")
        #expect(survey.partners == ["Công an xã", "Bưu điện xã"])
        #expect(survey.deadline == .fixed(d(2026, 6, 30)))
        #expect(plan.tasks[3].deadline == .quarterly(.daysAfterQuarterEnd(15)))
        #expect(plan.tasks[4].deadline == .yearly(month: 12, day: 15))
        #expect(plan.tasks[5].deadline == .ongoing)
        #expect(plan.newDepartments == ["Bưu điện xã"])
        // 1.3 is missing: kept, with a warning naming the line.
        #expect(plan.warnings == ["Dòng 20: mục 1.4 không liền sau mục 1.2."])
        #expect(plan.tasks[1].deadline?.code == "2026-06-30")
        #expect(plan.tasks[3].deadline?.code == "quarterly:+15")
        #expect(plan.tasks[3].parentNumber == "1.2")
    }
}

@Suite struct PlanValidationTests {
    @Test func importedReferencePlanIsValid() throws {
        let parsed = try PlanTextParser.parse(try referenceText("ke-hoach-nq57-xa-nghi-duong.txt"))
        try parsed.plan(unitCode: "11311").validate()
    }

    @Test func listsEveryProblem() {
        let plan = Plan(title: " ", unitCode: "11311", tasks: [
            PlanTask(number: "1", title: "Nhóm"),
            PlanTask(number: "1.1.", title: "Có dấu chấm thừa", parentNumber: "1"),
            PlanTask(number: "1.2", title: "", parentNumber: "1"),
            PlanTask(number: "1.2", title: "Trùng số", parentNumber: "1"),
            PlanTask(number: "2.1", title: "Mục cha chưa có", parentNumber: "2"),
            PlanTask(number: "a)", title: "Thời hạn sai", parentNumber: "1.2", deadline: .monthly(day: 32)),
        ])
        let error = appError { try plan.validate() }
        #expect(error?.code == "plan.invalid")
        #expect(error?.issues.map(\.code) == ["plan.title_missing", "task.number_invalid", "task.title_missing",
                                              "task.number_duplicate", "task.parent_unknown", "deadline.invalid"])
        #expect(error?.issues.map(\.row) == [0, 2, 3, 4, 5, 6])
        #expect(error?.vietnamese == "Kế hoạch có 6 lỗi; chưa có dữ liệu nào được lưu.")
    }
}

@Suite struct PlanHeaderTests {
    @Test func flattenedTwoColumnHeader() throws {
        let text = """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ NGHI DƯƠNG Độc lập - Tự do - Hạnh phúc
        Số: 05/2026/KH-UBND Nghi Dương, ngày 09 tháng 01 năm 2026
        KẾ HOẠCH
        Thực hiện chuyển đổi số năm 2026
        (Kèm theo Quyết định số 12/QĐ-UBND)
        I. NHIỆM VỤ
        1. Tập huấn kỹ năng số.
        """
        let plan = try PlanTextParser.parse(text)
        #expect(plan.number == "05/2026/KH-UBND")
        #expect(plan.date == d(2026, 1, 9))
        #expect(plan.title == "Thực hiện chuyển đổi số năm 2026")
        #expect(plan.legalBasis.isEmpty)
        #expect(plan.tasks.map { $0.planTask() } == [PlanTask(number: "1", title: "Tập huấn kỹ năng số.")])
    }
}
