import Foundation
import Testing
@testable import XaSoCore

/// The parts issue #11 added to the kinds' outlines: the annual report's table by service level
/// and the procedures named, the direction to 2030, the plan's pillars, one plain sentence when
/// no indicator has a figure.
@Suite struct ReportStructureTests {
    typealias F = ReportFixtures

    static func annualInput() -> ReportInput {
        var input = F.quarterlyInput()
        input.period = .year(2025)
        var dossiers = F.nghiDuongDossiers
        dossiers.byLevel = DossierStatistics.ByLevel(
            toanTrinh: .init(procedures: 120, proceduresWithDossiers: 45, dossiers: 2300),
            motPhan: .init(procedures: 80, proceduresWithDossiers: 12, dossiers: 410),
            trucTiep: .init(procedures: 10, proceduresWithDossiers: 2, dossiers: 5))
        dossiers.onlinePayment = DossierStatistics.OnlinePayment(feeProcedures: 10, feeProceduresWithOnlinePayment: 10,
                                                                 dossiersPaidOnline: 150, feeDossiers: 200)
        dossiers.procedures = [
            ReportProcedureActivity(code: "1.001", name: "Đăng ký khai sinh", level: .full, received: 30, paidOnline: 5),
            ReportProcedureActivity(code: "1.002", name: "Chứng thực bản sao", level: .partial, received: 10, paidOnline: 0),
        ]
        input.dossiers = dossiers
        return input
    }

    /// 45 of 120 = 37,5%; 12 of 80 = 15%; 2 of 10 = 20%; 59 of 210 = 28,1%.
    @Test func annualDossierTableByServiceLevel() throws {
        let report = try ReportBuilder.annualDigitalTransformation(Self.annualInput())
        let table = try #require(F.table(report, section: "dich-vu-cong"))
        #expect(table.headerRows.first?.map(\.text.plainText)
                == ["Mức độ cung cấp", "Số TTHC", "Số TTHC phát sinh hồ sơ", "Tỷ lệ TTHC phát sinh hồ sơ", "Số hồ sơ"])
        #expect(table.rows.map { $0.map(\.text.plainText) } == [
            ["Toàn trình", "120", "45", "37,5%", "2.300"],
            ["Một phần", "80", "12", "15%", "410"],
            ["Trực tiếp", "10", "02", "20%", "05"],
            ["Tổng cộng", "210", "59", "28,1%", "2.715"],
        ])
        let lines = F.lines(report, section: "dich-vu-cong")
        #expect(lines.contains("Các thủ tục hành chính phát sinh hồ sơ (02 thủ tục): Đăng ký khai sinh (30 hồ sơ); Chứng thực bản sao (10 hồ sơ)."))
        #expect(lines.contains("Các thủ tục có hồ sơ thanh toán phí, lệ phí trực tuyến: Đăng ký khai sinh (05 hồ sơ)."))
        #expect(lines.contains("Tổng số TTHC có yêu cầu nghĩa vụ tài chính là 10 thủ tục; số TTHC đã triển khai thanh toán trực tuyến là 10 thủ tục; 150/200 hồ sơ có phí, lệ phí được thanh toán trực tuyến."))
        // Section I opens with the year's key figures: 06/10 indicators, 5.892 dossiers, 100% online, 99,2% on time.
        #expect(F.lines(report, section: "ket-qua-nhiem-vu") == [
            "Kết quả nổi bật trong năm 2025: 06/10 chỉ tiêu đạt và vượt mục tiêu; tiếp nhận 5.892 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ trực tuyến đạt 100%; tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 99,2%.",
        ])
        #expect(report.sections.compactMap(\.heading).prefix(9) == [
            "I. KẾT QUẢ THỰC HIỆN NĂM 2025", "1. Công tác chỉ đạo, điều hành", "2. Phát triển chính quyền số",
            "2.1. Hệ thống quản lý văn bản và điều hành", "2.2. Chữ ký số", "2.3. Thư điện tử công vụ",
            "2.4. Hệ thống hội nghị truyền hình trực tuyến", "2.5. Cổng/Trang thông tin điện tử",
            "2.6. Cung cấp dịch vụ công trực tuyến, giải quyết thủ tục hành chính",
        ])
    }

    /// An annual report before any indicator figure is entered: one plain sentence where the table
    /// would be, no verdict summary, no chart, no "all met" and no "none met".
    @Test func noIndicatorFiguresIsSaidOnce() throws {
        var input = Self.annualInput()
        for i in input.indicators.indices {
            input.indicators[i].value = nil
            input.indicators[i].verdict = .noData
            input.indicators[i].note = nil
        }
        let report = try ReportBuilder.annualDigitalTransformation(input)
        #expect(F.lines(report, section: "ket-qua-chi-tieu") == [
            "Kết quả thực hiện các chỉ tiêu chuyển đổi số của xã Gia Phúc năm 2025 như sau:",
            "Chưa có số liệu các chỉ tiêu của năm 2025 (10 chỉ tiêu chưa được nhập); các chỉ tiêu sẽ được đánh giá khi có số liệu.",
        ])
        #expect(F.table(report, section: "ket-qua-chi-tieu") == nil)
        #expect(F.lines(report, section: "ket-qua-dat-duoc").isEmpty)
        let limits = F.lines(report, section: "ton-tai-han-che")
        #expect(!limits.contains { $0.contains("đều đạt mục tiêu") || $0.contains("chưa đạt mục tiêu") })
        #expect(!report.bodyPlainText.contains { $0.contains("Chưa có chỉ tiêu nào đạt") })
    }

    /// CL411.07's last milestone: "> 50%" in 2025 is judged now; its 2030 target is the direction.
    @Test func directionTo2030() throws {
        var input = F.quarterlyInput()
        input.indicators[6].horizonYear = 2030
        input.indicators[6].horizonTarget = Target(parsing: "> 80%")
        input.indicators[0].horizonYear = 2025
        input.indicators[0].horizonTarget = Target(parsing: "80%")
        let report = try ReportBuilder.quarterlyDigitalSociety(input)
        #expect(F.lines(report, section: "dinh-huong-2030") == [
            "Đến năm 2030, phấn đấu:", "- Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến đạt trên 80%.",
        ])
        let headings = report.sections.compactMap(\.heading)
        #expect(headings.contains("2.1. Đến 31/12/2025:") && headings.contains("2.2. Định hướng đến năm 2030:"))
        #expect(headings.contains("3. Nhiệm vụ theo trụ cột"))
        // Without later targets: a hint, never an invented target.
        #expect(F.lines(try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput()), section: "dinh-huong-2030")
                == ["[Nêu định hướng đến năm 2030.]"])
    }

    /// Pillars as the Gia Phúc reference writes V.3.1: the task, the solution, the assignment.
    @Test func pillarsFromThePlan() throws {
        var input = F.quarterlyInput()
        input.plan = ReportPlanProgress(planTitle: "Kế hoạch chuyển đổi số xã Gia Phúc", asOf: LocalDay(2025, 9, 30), tasks: [
            ReportTaskRow(number: "3.1", title: "Nâng cao nhận thức và phổ cập kỹ năng số", lead: "Phòng Văn hóa - Xã hội",
                          status: .inProgress, partners: ["Trung tâm Phục vụ hành chính công", "Tổ công nghệ số cộng đồng"],
                          content: "Tuyên truyền kỹ năng số cộng đồng đến năm 2030.",
                          solution: "Duy trì Tổ công nghệ số cộng đồng ở mỗi thôn."),
            ReportTaskRow(number: "3.2", title: "Đã xong", lead: "Văn phòng HĐND và UBND", status: .completed, content: "x"),
        ])
        let lines = F.lines(try ReportBuilder.quarterlyDigitalSociety(input), section: "nhiem-vu-giai-phap")
        #expect(lines == [
            "a) Nâng cao nhận thức và phổ cập kỹ năng số",
            "Nhiệm vụ: Tuyên truyền kỹ năng số cộng đồng đến năm 2030.",
            "Giải pháp: Duy trì Tổ công nghệ số cộng đồng ở mỗi thôn.",
            "Phân công nhiệm vụ: Phòng Văn hóa - Xã hội chủ trì; Trung tâm Phục vụ hành chính công, Tổ công nghệ số cộng đồng phối hợp thực hiện.",
        ])
        // A numbered plan: its open tasks by lead body.
        input.plan = F.planInput().plan
        let numbered = F.lines(try ReportBuilder.quarterlyDigitalSociety(input), section: "nhiem-vu-giai-phap")
        #expect(numbered.first == "Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành của Kế hoạch số 48/KH-UBND ngày 29/01/2026 về Chuyển đổi số xã Nghi Dương năm 2026:")
        #expect(numbered.contains("- Phòng Văn hóa - Xã hội chủ trì: 2. Số hóa hồ sơ hộ tịch, thời hạn: Quý I/2026; 4. Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng, thời hạn: 30/9/2026."))
    }
}
