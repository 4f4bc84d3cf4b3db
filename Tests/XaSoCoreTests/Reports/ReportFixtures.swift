import Foundation
@testable import XaSoCore

/// Figures transcribed by hand from the two reference reports in /work/shared/reference.
enum ReportFixtures {
    /// One row of the Gia Phúc quý III/2025 table (section I.1) exactly as printed.
    struct ReferenceRow: Sendable, CustomStringConvertible {
        let number: Int
        let name: String
        let result: String
        let target: String
        /// The verdict label the officials wrote, and the cause after it when there is one.
        let verdict: Verdict
        let printedVerdict: String
        let cause: String?
        var description: String { "row \(number)" }
    }

    static let giaPhucTable: [ReferenceRow] = [
        ReferenceRow(number: 1, name: "Tỷ lệ dân số trưởng thành có điện thoại thông minh", result: "85%", target: "80%",
                     verdict: .exceeded, printedVerdict: "Đạt, vượt mục tiêu", cause: nil),
        ReferenceRow(number: 2, name: "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
                     result: "70%", target: "80%", verdict: .approaching, printedVerdict: "Tiệm cận mục tiêu, cần nâng thêm", cause: "cần nâng thêm"),
        ReferenceRow(number: 3, name: "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", result: "~15%", target: "> 50%",
                     verdict: .notMet, printedVerdict: "Chưa đạt – do người dân chưa phổ cập sử dụng", cause: "do người dân chưa phổ cập sử dụng"),
        ReferenceRow(number: 4, name: "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", result: "70%", target: "> 70%",
                     verdict: .met, printedVerdict: "Đạt mục tiêu", cause: nil),
        ReferenceRow(number: 5, name: "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang", result: "95%", target: "80%",
                     verdict: .exceeded, printedVerdict: "Đạt, vượt mục tiêu", cause: nil),
        ReferenceRow(number: 6, name: "Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản", result: "70%", target: "> 70%",
                     verdict: .met, printedVerdict: "Đạt mục tiêu", cause: nil),
        ReferenceRow(number: 7, name: "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến", result: "35%", target: "> 50%",
                     verdict: .notMet, printedVerdict: "Chưa đạt – đang nâng cấp hạ tầng, nhu cầu thực tế của người dân",
                     cause: "đang nâng cấp hạ tầng, nhu cầu thực tế của người dân"),
        ReferenceRow(number: 8, name: "Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa",
                     result: "~25%", target: "> 30%", verdict: .notMet, printedVerdict: "Chưa đạt do người dân có thói quen trực tiếp",
                     cause: "do người dân có thói quen trực tiếp"),
        ReferenceRow(number: 9, name: "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", result: "90%", target: "> 90%",
                     verdict: .met, printedVerdict: "Đạt mục tiêu", cause: nil),
        ReferenceRow(number: 10, name: "Tỷ lệ các cơ sở giáo dục từ tiểu học đến THCS hoàn thiện mô hình quản trị số, chuẩn hóa dữ liệu, khoa học liệu số mở",
                     result: "80%", target: "> 80%", verdict: .exceeded, printedVerdict: "Đạt, vượt mục tiêu", cause: nil),
    ]

    static let giaPhuc = ReportUnit(code: "11050", name: "Gia Phúc")
    static let nghiDuong = ReportUnit(code: "11713", name: "Nghi Dương")

    /// Rows as the officials judged them (their verdicts taken as given).
    static var officialRows: [ReportIndicatorRow] {
        giaPhucTable.map { r in
            ReportIndicatorRow(number: String(r.number), code: String(format: "CL411.%02d", r.number), name: r.name,
                               reportingBody: "UBND xã Gia Phúc", value: MeasuredValue.parse(r.result), target: Target(parsing: r.target),
                               targetYear: 2025, verdict: r.verdict, note: r.cause)
        }
    }

    /// Rows judged by XaSo: the catalog's CL411 indicators and targets, the figures and causes
    /// typed from the table, the standard evaluation rules.
    static func evaluatedRows() throws -> [ReportIndicatorRow] {
        let catalog = try FrameworkCatalog.official()
        let period = ReportingPeriod.quarter(3, 2025)
        return try giaPhucTable.map { r in
            let code = String(format: "CL411.%02d", r.number)
            guard let indicator = catalog.indicators.first(where: { $0.code == code }) else {
                throw AppError.notFound("indicator", code, vietnamese: code)
            }
            let evaluation = Evaluator.evaluate(indicator: indicator, period: period, value: MeasuredValue.parse(r.result),
                                                note: r.cause)
            return ReportIndicatorRow(evaluation: evaluation, reportingBody: giaPhuc.shortAuthorityName)
        }
    }

    static func quarterlyInput(rows: [ReportIndicatorRow] = officialRows) -> ReportInput {
        ReportInput(unit: giaPhuc, period: .quarter(3, 2025), number: 219,
                    date: DocumentDate(year: 2025, month: 10, day: 21),
                    signature: .viceChairman("Đỗ Thế Ngọc"), indicators: rows)
    }

    /// Nghi Dương, 15/12/2025 – 14/6/2026. The reference gives early and on-time dossiers only as
    /// one figure (5792), so it is all put under `early`.
    static let nghiDuongDossiers = ReportDossierFigures(
        receivedInPeriod: 5805, carriedOver: 87, online: 5805, direct: 0, early: 5792, onTime: 0,
        lateByField: [ReportFieldCount(field: "đất đai", count: 2), ReportFieldCount(field: "bảo trợ xã hội", count: 1),
                      ReportFieldCount(field: "lĩnh vực hộ tịch", count: 2)],
        rejected: 13, withdrawn: 29, inProgress: 53)

    static func sixMonthInput() -> ReportInput {
        ReportInput(unit: nghiDuong, period: .half(1, 2026), date: DocumentDate(year: 2026),
                    signature: .viceChairman("Lưu Thị Tươi"),
                    summaryNotes: ["(Phục vụ Kỳ họp thứ 3 - kỳ họp thường lệ giữa năm 2026", "Hội đồng nhân dân xã khóa II, nhiệm kỳ 2026 - 2031)"],
                    dossiers: nghiDuongDossiers)
    }

    static func planInput() -> ReportInput {
        let plan = ReportPlanProgress(
            planTitle: "Kế hoạch số 48/KH-UBND ngày 29/01/2026 về Chuyển đổi số xã Nghi Dương năm 2026",
            asOf: LocalDay(2026, 6, 14),
            tasks: [
                ReportTaskRow(number: "1", title: "Ban hành danh mục dữ liệu dùng chung", lead: "Văn phòng HĐND và UBND",
                              status: .completed, dueDate: LocalDay(2026, 3, 31)),
                ReportTaskRow(number: "2", title: "Số hóa hồ sơ hộ tịch", lead: "Phòng Văn hóa - Xã hội", status: .overdue,
                              deadline: "Quý I/2026", dueDate: LocalDay(2026, 3, 31)),
                ReportTaskRow(number: "3", title: "Triển khai thanh toán không dùng tiền mặt tại chợ", lead: "Phòng Kinh tế",
                              status: .overdue, dueDate: LocalDay(2026, 5, 31)),
                ReportTaskRow(number: "4", title: "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", lead: "Phòng Văn hóa - Xã hội",
                              status: .inProgress, dueDate: LocalDay(2026, 9, 30)),
                ReportTaskRow(number: "5", title: "Rà soát hạ tầng mạng <LAN> & wifi", lead: nil, status: .notStarted),
                ReportTaskRow(number: "6", title: "Cập nhật Cổng thông tin điện tử", lead: "Văn phòng HĐND và UBND",
                              status: .completedLate, dueDate: LocalDay(2026, 2, 28)),
            ])
        return ReportInput(unit: nghiDuong, period: .half(1, 2026), number: 5, date: DocumentDate(year: 2026, month: 6, day: 20),
                           signature: .chairman("Nguyễn Văn A"), plan: plan)
    }

    /// Text of a section's paragraphs and dash lines (with their marker), in order.
    static func lines(_ report: OfficialReport, section id: String) -> [String] {
        guard let section = report.sections.first(where: { $0.id == id }) else { return [] }
        return section.blocks.compactMap { block in
            switch block {
            case .paragraph(let p): return p.text.plainText
            case .bullet(let p, let marker): return "\(marker) \(p.text.plainText)"
            case .table, .chart: return nil
            }
        }
    }

    static func table(_ report: OfficialReport, section id: String) -> ReportTable? {
        report.sections.first { $0.id == id }?.blocks.lazy.compactMap { block -> ReportTable? in
            if case .table(let t) = block { return t }
            return nil
        }.first
    }
}
