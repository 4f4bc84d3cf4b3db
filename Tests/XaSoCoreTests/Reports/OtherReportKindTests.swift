import Foundation
import Testing
@testable import XaSoCore

/// The six-month report against the Nghi Dương 6 tháng đầu năm 2026 reference, the annual and
/// plan-progress kinds, and the kind registry.
@Suite struct SixMonthReportTests {
    typealias F = ReportFixtures

    @Test func dossierParagraphReadsLikeTheReference() throws {
        let report = try ReportBuilder.sixMonthReform(F.sixMonthInput())
        let lines = F.lines(report, section: "cai-cach-tthc")
        // The reference prints counts without thousands separators ("5892"); XaSo writes them
        // the way VietnameseFormat does everywhere ("5.892"). Everything else is word for word.
        // Around it, the slots of the figures this input does not carry.
        #expect(Array(lines.dropFirst().dropLast()) == [
            "Kết quả giải quyết thủ tục hành chính từ ngày 15/12/2025 đến hết ngày 14/6/2026:",
            "- Tổng số hồ sơ tiếp nhận là 5.892 hồ sơ, trong đó: 5.805 hồ sơ trong kỳ, 87 hồ sơ từ kỳ trước.",
            "- Tỷ lệ hồ sơ trực tuyến/tổng hồ sơ tiếp nhận trong kỳ là 5.805/5.805 hồ sơ, đạt 100%; hồ sơ trực tiếp 0 hồ sơ.",
            "- Tổng số hồ sơ đã giải quyết là 5.839 hồ sơ, trong đó: 5.792 hồ sơ được giải quyết trước hạn và đúng hạn, đạt tỷ lệ 99,2%; 05 hồ sơ quá hạn (gồm: 02 hồ sơ đất đai; 01 hồ sơ bảo trợ xã hội; 02 hồ sơ lĩnh vực hộ tịch); 13 hồ sơ từ chối, không giải quyết (có lý do); 29 hồ sơ rút.",
            "- Số lượng hồ sơ đang giải quyết là 53 hồ sơ (Trong hạn).",
        ])
        let limits = F.lines(report, section: "ton-tai-han-che")
        #expect(limits.first == "- Còn 05 hồ sơ TTHC giải quyết quá hạn (gồm: 02 hồ sơ đất đai; 01 hồ sơ bảo trợ xã hội; 02 hồ sơ lĩnh vực hộ tịch).")
    }

    @Test func dossierFiguresAddUp() {
        let f = F.nghiDuongDossiers
        #expect(f.receivedTotal == 5892)
        #expect(f.resolved == 5839)
        #expect(f.late == 5)
        #expect(f.receivedTotal - f.resolved == f.inProgress)
        #expect(VietnameseFormat.percent(f.onTimeRate!) == "99,2%")
    }

    @Test func outlineFollowsTheReference() throws {
        let report = try ReportBuilder.sixMonthReform(F.sixMonthInput())
        #expect(report.summary == [
            "Kết quả thực hiện công tác cải cách hành chính, chuyển đổi số 6 tháng đầu năm 2026; nhiệm vụ, giải pháp 6 tháng cuối năm 2026",
            "(Phục vụ Kỳ họp thứ 3 - kỳ họp thường lệ giữa năm 2026", "Hội đồng nhân dân xã khóa II, nhiệm kỳ 2026 - 2031)",
        ])
        #expect(report.number.text == "Số:      /BC-UBND")
        #expect(report.placeDate.text == "Nghi Dương, ngày    tháng    năm 2026")
        let headings = report.sections.compactMap(\.heading)
        #expect(headings.first == "PHẦN I: KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026")
        #expect(headings.contains("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, CHUYỂN ĐỔI SỐ"))
        #expect(headings.contains("5. Về cải cách tài chính công"))
        // Digital transformation items count from 1 again, as in the reference.
        #expect(headings.contains("1. Phát triển hạ tầng số"))
        #expect(headings.contains("5. Công tác bảo đảm an toàn, an ninh thông tin mạng"))
        #expect(headings.contains("III. ĐÁNH GIÁ CHUNG"))
        #expect(headings.last == "PHẦN II: NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026")
        #expect(report.sections.last?.blocks.first?.paragraph?.text.plainText
                == "Trên đây là Báo cáo kết quả thực hiện cải cách hành chính, chuyển đổi số 6 tháng đầu năm 2026; nhiệm vụ, giải pháp 6 tháng cuối năm 2026 của Ủy ban nhân dân xã Nghi Dương./.")
        let bold = report.sections.first { $0.id == "ket-qua-cchc-cds" }?.blocks.first?.paragraph?.text.runs
        #expect(bold == [TextRun("Về cải cách hành chính", bold: true, italic: true)])
    }

    @Test func lateInProgressDossiersAreSplitOut() throws {
        var input = F.sixMonthInput()
        input.dossiers?.inProgressLate = 3
        input.dossiers?.lateByField = []
        let report = try ReportBuilder.sixMonthReform(input)
        let lines = F.lines(report, section: "cai-cach-tthc")
        #expect(lines.contains("- Số lượng hồ sơ đang giải quyết là 53 hồ sơ (50 hồ sơ trong hạn, 03 hồ sơ quá hạn)."))
        #expect(lines.contains { $0.contains("5.792 hồ sơ được giải quyết trước hạn và đúng hạn, đạt tỷ lệ 99,3%; không có hồ sơ quá hạn; 13 hồ sơ từ chối") })
        #expect(F.lines(report, section: "ton-tai-han-che").first == "- Còn 03 hồ sơ TTHC đang giải quyết đã quá hạn.")
    }
}

@Suite struct PlanAndAnnualReportTests {
    typealias F = ReportFixtures

    @Test func planProgressCountsAndListsOverdueTasks() throws {
        let report = try ReportBuilder.planProgress(F.planInput())
        #expect(report.summary == ["Tình hình, tiến độ thực hiện Kế hoạch số 48/KH-UBND ngày 29/01/2026 về Chuyển đổi số xã Nghi Dương năm 2026 (6 tháng đầu năm 2026)"])
        #expect(report.number.text == "Số: 05/BC-UBND")
        let summary = F.lines(report, section: "tong-hop")
        #expect(summary == ["Tính đến ngày 14/6/2026, Kế hoạch số 48/KH-UBND ngày 29/01/2026 về Chuyển đổi số xã Nghi Dương năm 2026 có 06 nhiệm vụ, trong đó: 02 nhiệm vụ hoàn thành (trong đó 01 nhiệm vụ hoàn thành quá hạn); 01 nhiệm vụ đang thực hiện; 01 nhiệm vụ chưa triển khai; 02 nhiệm vụ quá hạn. Tỷ lệ nhiệm vụ hoàn thành đạt 33,3%."])
        let byLead = try #require(F.table(report, section: "tong-hop"))
        #expect(byLead.rows.map { $0.map(\.text.plainText) } == [
            ["1", "Văn phòng HĐND và UBND", "02", "02", "0", "0", "0"],
            ["2", "Phòng Văn hóa - Xã hội", "02", "0", "01", "0", "01"],
            ["3", "Phòng Kinh tế", "01", "0", "0", "0", "01"],
            ["4", "Chưa phân công chủ trì", "01", "0", "0", "01", "0"],
            ["", "Tổng cộng", "06", "02", "01", "01", "02"],
        ])
        let overdue = try #require(F.table(report, section: "qua-han"))
        // 31/3 → 14/6 is 75 days; 31/5 → 14/6 is 14 days; most late first.
        #expect(overdue.rows.map { $0.map(\.text.plainText) } == [
            ["2", "Số hóa hồ sơ hộ tịch", "Phòng Văn hóa - Xã hội", "Quý I/2026", "75"],
            ["3", "Triển khai thanh toán không dùng tiền mặt tại chợ", "Phòng Kinh tế", "31/5/2026", "14"],
        ])
        #expect(F.lines(report, section: "qua-han") == ["Tính đến ngày 14/6/2026, còn 02 nhiệm vụ quá hạn:"])
        #expect(report.sections.compactMap(\.heading).last == "IV. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026")
    }

    @Test func annualReportCombinesIndicatorsDossiersAndTrends() throws {
        var input = F.quarterlyInput()
        input.period = .year(2025)
        input.dossiers = F.nghiDuongDossiers
        input.history = [ReportIndicatorHistory(code: "CL411.07", points: [
            ReportHistoryPoint(period: .quarter(1, 2025), value: 20, target: 50),
            ReportHistoryPoint(period: .quarter(2, 2025), value: 28, target: 50),
            ReportHistoryPoint(period: .quarter(3, 2025), value: 35, target: 50),
        ])]
        let report = try ReportBuilder.annualDigitalTransformation(input)
        #expect(report.summary == ["Kết quả thực hiện công tác chuyển đổi số năm 2025; phương hướng, nhiệm vụ năm 2026"])
        let charts = report.sections.flatMap(\.blocks).compactMap { block -> ReportChart? in
            if case .chart(let c) = block { return c } else { return nil }
        }
        #expect(charts.map(\.caption) == ["Biểu đồ 1. Số chỉ tiêu theo mức độ đạt mục tiêu, năm 2025",
                                          "Biểu đồ 2. Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến qua các kỳ"])
        #expect(charts[1].data?.categories == ["Quý I/2025", "Quý II/2025", "Quý III/2025"])
        let achieved = F.lines(report, section: "ket-qua-dat-duoc")
        #expect(achieved.first == "Có 06/10 chỉ tiêu đạt và vượt mục tiêu:")
        #expect(achieved.contains("- Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 85%, vượt mục tiêu 80%."))
        #expect(achieved.contains("- Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90% (mục tiêu > 90%)."))
        // 2.6: the dossier paragraph (its opening line and four dash lines); this input has no table by service level, and says nothing more.
        #expect(F.lines(report, section: "dich-vu-cong").count == 5)
        #expect(F.lines(report, section: "dich-vu-cong").last == "- Số lượng hồ sơ đang giải quyết là 53 hồ sơ (Trong hạn).")
        #expect(F.lines(report, section: "tien-do-ke-hoach") == ["(Chưa có dữ liệu nhiệm vụ của kế hoạch.)"])
        let headings = report.sections.compactMap(\.heading)
        #expect(headings.contains("2.6. Cung cấp dịch vụ công trực tuyến, giải quyết thủ tục hành chính"))
        #expect(headings.contains("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"))
        #expect(headings.last == "IV. ĐỀ XUẤT, KIẾN NGHỊ")
    }
}

extension PlanAndAnnualReportTests {
    /// Decision 766's index in the annual report's 2.6 (issue #14 item 4): the score of the criteria
    /// with data out of their points, each group, and the criteria without data named, not scored 0.
    @Test func annualReportStatesTheServiceIndex() throws {
        func component(_ name: String, _ points: Double, _ score: Double?) -> ServiceIndexScore.ComponentScore {
            var c = ServiceIndexScore.ComponentScore(code: name, name: name, points: points, threshold: 100, source: "ledger")
            c.score = score
            return c
        }
        var input = F.quarterlyInput()
        input.period = .year(2025)
        input.dossiers = F.nghiDuongDossiers
        input.serviceIndex = ServiceIndexScore(groups: [
            .init(code: "tien-do", name: "Tiến độ, kết quả giải quyết", points: 20,
                  components: [component("Hồ sơ giải quyết trước hạn và đúng hạn", 20, 15.5)]),
            .init(code: "so-hoa", name: "Số hóa hồ sơ", points: 22,
                  components: [component("Hồ sơ được số hóa", 11, 11), component("Tái sử dụng dữ liệu số hóa", 11, nil)]),
            .init(code: "hai-long", name: "Mức độ hài lòng", points: 18,
                  components: [component("Mức độ hài lòng của người dân", 18, nil)]),
        ])
        let report = try ReportBuilder.annualDigitalTransformation(input)
        let lines = F.lines(report, section: "dich-vu-cong")
        // 15,5 + 11 of the 20 + 11 points that had data; 11 + 18 points had none.
        #expect(lines.contains("Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công (theo Quyết định số 766/QĐ-TTg) năm 2025 của xã đạt 26,5 điểm trên 31 điểm của các tiêu chí có số liệu (thang điểm 100)."))
        #expect(lines.last == "Các tiêu chí chưa có số liệu để chấm điểm (02 tiêu chí, 29 điểm): tái sử dụng dữ liệu số hóa; mức độ hài lòng của người dân.")
        let table = report.sections.first { $0.id == "dich-vu-cong" }?.blocks.compactMap {
            if case .table(let t) = $0 { return t } else { return nil }
        }.last
        #expect(table?.rows.map { $0.map(\.text.plainText) } == [
            ["1", "Tiến độ, kết quả giải quyết", "20", "15,5"], ["2", "Số hóa hồ sơ", "22", "11"],
            ["3", "Mức độ hài lòng", "18", "–"], ["", "Tổng cộng", "60", "26,5"],
        ])
        // Without a score (no ledger), nothing is said beyond the dossier paragraph.
        input.serviceIndex = nil
        #expect(F.lines(try ReportBuilder.annualDigitalTransformation(input), section: "dich-vu-cong").count == 5)
    }
}

@Suite struct ReportKindRegistryTests {
    typealias F = ReportFixtures

    @Test func builtInKindsAreListedAsJSON() throws {
        let data = ReportKindRegistry.builtIn.listingJSON()
        let listed = try JSONDecoder().decode([ReportKindSummary].self, from: data)
        #expect(listed.map(\.code) == ["quarterly-cds", "six-month-cchc", "annual-cds", "plan-progress",
                                      "province-quarterly-cds", "province-six-month-cds", "province-annual-cds"])
        #expect(listed.map(\.unitLevel) == ["commune", "commune", "commune", "commune", "province", "province", "province"])
        #expect(listed[0].generators == ["key_figures", "indicator_table", "indicator_summary", "verdict_chart", "limitations",
                                         "dossier_limitations", "targets", "direction_2030", "plan_pillars"])
        #expect(listed[1].periodKinds == ["half_year"])
        #expect(listed[0].outline.first == "ĐÁNH GIÁ TÌNH HÌNH")
        // The built-in kinds pass the same checks a province's kinds must pass.
        _ = try ReportKindRegistry(kinds: ReportKindRegistry.builtIn.kinds)
    }

    static let provinceKind = """
    {
      "code": "quy-chuyen-doi-so-hp",
      "name": "Báo cáo nhanh chuyển đổi số (mẫu Hải Phòng)",
      "periodKinds": ["quarter", "month"],
      "symbol": "BC-VHXH",
      "summary": ["Kết quả chuyển đổi số {ky} của {don_vi}"],
      "sections": [
        {"id": "chi-tieu", "title": "KẾT QUẢ CÁC CHỈ TIÊU", "level": 1,
         "content": [{"text": "{Don_vi} báo cáo như sau:"}, {"generate": "indicator_table"}]},
        {"id": "han-che", "title": "Hạn chế", "level": 2, "content": [{"generate": "limitations"}]},
        {"id": "kien-nghi", "title": "KIẾN NGHỊ", "level": 1, "content": [{"dash": "Đề nghị {ubnd} quan tâm."}]}
      ],
      "closing": "Trên đây là báo cáo của {co_quan}./.",
      "recipients": ["- Như trên;", "- Lưu: VT."]
    }
    """

    @Test func aProvinceAddsAKindWithoutCode() throws {
        let kinds = try ReportKindRegistry.decodeKinds(from: Data(Self.provinceKind.utf8))
        let registry = try ReportKindRegistry.builtIn.adding(kinds)
        #expect(registry.kinds.count == ReportKindRegistry.builtIn.kinds.count + 1)
        // A kind written without "unitLevel" is a commune's.
        #expect(kinds.first?.unitLevel == .commune)
        let report = try ReportBuilder.build(kindCode: "quy-chuyen-doi-so-hp", input: F.quarterlyInput(), registry: registry)
        #expect(report.number.text == "Số: 219/BC-VHXH")
        #expect(report.summary == ["Kết quả chuyển đổi số quý III năm 2025 của xã Gia Phúc"])
        #expect(report.sections.compactMap(\.heading) == ["I. KẾT QUẢ CÁC CHỈ TIÊU", "1. Hạn chế", "II. KIẾN NGHỊ"])
        #expect(F.lines(report, section: "chi-tieu") == ["Xã Gia Phúc báo cáo như sau:"])
        #expect(F.table(report, section: "chi-tieu")?.rows.count == 10)
        #expect(F.lines(report, section: "kien-nghi") == ["- Đề nghị UBND xã Gia Phúc quan tâm."])
        #expect(F.lines(report, section: "han-che").first == "Còn 03/10 chỉ tiêu chưa đạt mục tiêu:")
    }

    @Test func badKindsAreRefusedWithTheirFault() throws {
        func code(_ json: String) -> String? {
            do {
                let kinds = try ReportKindRegistry.decodeKinds(from: Data(json.utf8))
                _ = try ReportKindRegistry(kinds: kinds)
                return nil
            } catch {
                return error.code.rawValue
            }
        }
        let unknownGenerator = Self.provinceKind.replacingOccurrences(of: "\"limitations\"", with: "\"bieu_do_3d\"")
        #expect(code(unknownGenerator) == "report_kind.unknown_generator")
        let unknownVariable = Self.provinceKind.replacingOccurrences(of: "{ubnd}", with: "{chu_tich}")
        #expect(code(unknownVariable) == "report.unknown_variable")
        let badCode = Self.provinceKind.replacingOccurrences(of: "quy-chuyen-doi-so-hp", with: "Quý HP")
        #expect(code(badCode) == "report_kind.invalid_code")
        #expect(code("{\"code\": 1}") == "report_kind.invalid_json")
        #expect(throws: AppError.self) { try ReportKindRegistry.builtIn.kind("khong-co") }
    }

    @Test func wordingHelpers() {
        #expect(ReportWording.targetPhrase(Target(parsing: "≥ 85%"), unitKind: .percent) == "từ 85% trở lên")
        #expect(ReportWording.targetPhrase(Target(parsing: "80-90%"), unitKind: .percent) == "từ 80% đến 90%")
        #expect(ReportWording.targetPhrase(Target(parsing: "< 70"), unitKind: .rank) == "dưới 70")
        #expect(ReportWording.shortDate(LocalDay(2026, 1, 9)) == "09/01/2026")
        #expect(ReportWording.shortDate(LocalDay(2026, 6, 14)) == "14/6/2026")
        #expect(ReportWording.roman(14) == "XIV")
        #expect(ReportWording.count(5) == "05")
        #expect(ReportWording.count(0) == "0")
        #expect(ReportWording.count(5892) == "5.892")
        #expect(ReportWording.nextPeriod(.half(2, 2025)) == .half(1, 2026))
        #expect(LocalDay(2026, 2, 28).days(until: LocalDay(2026, 3, 1)) == 1)
    }
}
