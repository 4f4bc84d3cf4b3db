import Foundation
import Testing
@testable import XaSoCore

/// The quarterly report against the Gia Phúc quý III/2025 reference.
@Suite struct QuarterlyReportTests {
    typealias F = ReportFixtures

    @Test func headerNumberDateAndTitle() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        #expect(report.issuingBody.lines == ["ỦY BAN NHÂN DÂN", "XÃ GIA PHÚC"])
        #expect(report.number.text == "Số: 219/BC-UBND")
        #expect(report.placeDate.text == "Gia Phúc, ngày 21 tháng 10 năm 2025")
        #expect(report.typeName == "BÁO CÁO")
        #expect(report.summary == ["Tình hình thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030 theo Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ, quý III năm 2025"])
        #expect(report.signature.authorityLines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        #expect(report.signature.signerName == "Đỗ Thế Ngọc")
        #expect(report.recipients.first == "- Sở KH&CN (để báo cáo);")
        #expect(report.recipients.last == "- Lưu: VT.")
        #expect(report.identity == ReportIdentity(unitCode: "11050", unitName: "xã Gia Phúc", kindCode: "quarterly-cds",
                                                  period: .quarter(3, 2025)))
    }

    @Test func headingsAreNumberedAsInTheReference() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let headings = report.sections.compactMap(\.heading)
        #expect(headings.prefix(3) == ["I. ĐÁNH GIÁ TÌNH HÌNH",
                                       "1. Đánh giá tình hình thực hiện các mục tiêu phát triển đã đặt ra về phát triển xã hội số",
                                       "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"])
        #expect(headings.contains("6. Văn hóa số và công dân số"))
        #expect(headings.contains("IV. ĐÁNH GIÁ CHUNG"))
        #expect(headings.contains("1. Tồn tại, hạn chế"))
        #expect(headings.contains("2. Đề xuất, kiến nghị"))
        #expect(headings.contains("V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI"))
        #expect(headings.contains("2. Mục tiêu cụ thể"))
        let closing = report.sections.last?.blocks.first?.paragraph?.text.plainText
        #expect(closing == "Trên đây là Báo cáo tình hình thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030, quý III năm 2025 của Ủy ban nhân dân xã Gia Phúc./.")
    }

    @Test func tableReproducesTheReferenceRowForRow() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let table = try #require(F.table(report, section: "danh-gia-muc-tieu"))
        #expect(table.headerRows.first?.map(\.text.plainText) == ["STT", "Chỉ tiêu", "Cơ quan báo cáo", "Kết quả 2025", "Mục tiêu 2025", "Đánh giá"])
        #expect(table.rows.count == 10)
        for (row, reference) in zip(table.rows, F.giaPhucTable) {
            let cells = row.map(\.text.plainText)
            #expect(cells[0] == String(reference.number))
            #expect(cells[1] == reference.name)
            #expect(cells[2] == "UBND xã Gia Phúc")
            #expect(cells[3] == reference.result, "\(reference)")
            #expect(cells[4] == reference.target, "\(reference)")
            #expect(cells[5].hasPrefix(reference.verdict.vietnamese), "\(reference): \(cells[5])")
            if let cause = reference.cause { #expect(cells[5].hasSuffix(cause), "\(reference)") }
        }
    }

    /// From the catalog's indicators and the standard rules: the same results and targets;
    /// verdicts agree except row 10, which the officials called "Đạt, vượt" for 80% against
    /// "> 80%" while calling the same situation "Đạt mục tiêu" in rows 4, 6 and 9.
    @Test func evaluatedRowsMatchTheOfficialsButRowTen() throws {
        let rows = try F.evaluatedRows()
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput(rows: rows))
        let table = try #require(F.table(report, section: "danh-gia-muc-tieu"))
        for (row, reference) in zip(table.rows, F.giaPhucTable) {
            let cells = row.map(\.text.plainText)
            #expect(cells[1] == reference.name)
            #expect(cells[3] == reference.result)
            #expect(cells[4] == reference.target)
            let expected = reference.number == 10 ? Verdict.met : reference.verdict
            #expect(cells[5].hasPrefix(expected.vietnamese), "\(reference): \(cells[5])")
        }
    }

    @Test func verdictSummaryCountsTheTable() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let lines = F.lines(report, section: "danh-gia-muc-tieu")
        #expect(lines.contains("Trong 10 chỉ tiêu, có 03 chỉ tiêu đạt, vượt mục tiêu; 03 chỉ tiêu đạt mục tiêu; 01 chỉ tiêu tiệm cận mục tiêu; 03 chỉ tiêu chưa đạt."))
        let chart = report.sections.first { $0.id == "danh-gia-muc-tieu" }?.blocks.compactMap { block -> ReportChart? in
            if case .chart(let c) = block { return c } else { return nil }
        }.first
        #expect(chart?.data?.series.first?.values == [3, 3, 1, 3, 0])
        #expect(chart?.caption == "Biểu đồ 1. Số chỉ tiêu theo mức độ đạt mục tiêu, quý III/2025")
    }

    /// The reference's "Tồn tại, hạn chế" names the e-signature (row 3) and online-service (row 7)
    /// indicators among those "chưa đạt"; the generated part lists every "Chưa đạt" row of the
    /// table (3, 7 and 8) with the causes from the notes, then the one close to target (row 2).
    @Test func limitationsNameTheUnmetIndicatorsWithCauses() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let lines = F.lines(report, section: "ton-tai-han-che")
        #expect(lines == [
            "Còn 03/10 chỉ tiêu chưa đạt mục tiêu:",
            "- Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân mới đạt ~15%, còn cách xa mục tiêu trên 50%, do người dân chưa phổ cập sử dụng.",
            "- Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến mới đạt 35%, còn cách xa mục tiêu trên 50%; nguyên nhân: đang nâng cấp hạ tầng, nhu cầu thực tế của người dân.",
            // 5 points short is not "còn cách xa" (issue #11).
            "- Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa mới đạt ~25%, chưa đạt mục tiêu trên 30%, do người dân có thói quen trực tiếp.",
            "Có 01 chỉ tiêu tiệm cận mục tiêu, cần nâng thêm:",
            // "cần nâng thêm" says what to do: not printed as a cause.
            "- Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác đạt 70%, tiệm cận mục tiêu 80%; cần nâng thêm.",
            "[Bổ sung các tồn tại, hạn chế khác nếu có.]",
        ])
        let unmetNames = F.giaPhucTable.filter { $0.printedVerdict.hasPrefix("Chưa đạt") }.map(\.name)
        for name in unmetNames { #expect(lines.contains { $0.hasPrefix("- \(name) mới đạt") }, "\(name)") }
        // The two the reference text itself singles out.
        #expect(lines.contains { $0.contains("chữ ký số") && $0.contains("~15%") })
        #expect(lines.contains { $0.contains("dịch vụ công trực tuyến mới đạt 35%, còn cách xa mục tiêu trên 50%") })
    }

    @Test func targetsStateTheDistanceToGo() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let lines = F.lines(report, section: "muc-tieu-cuoi-nam")
        #expect(report.sections.compactMap(\.heading).contains("2.1. Đến 31/12/2025:"))
        #expect(lines.first == "Đến 31/12/2025, phấn đấu hoàn thành các chỉ tiêu chưa đạt:")
        #expect(lines.contains("- Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến mới đạt 35%, còn cách xa mục tiêu trên 50%; phấn đấu đạt trên 50%."))
        #expect(lines.contains("- Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác đạt 70%, tiệm cận mục tiêu 80%; phấn đấu đạt 80%."))
        #expect(lines.count == 5)
    }

    @Test func overridesReplaceParagraphsAndSurviveRegeneration() throws {
        var input = F.quarterlyInput()
        input.overrides = [
            "danh-gia-tinh-hinh.1": "Trong quý III năm 2025, UBND xã **Gia Phúc** đã tập trung chỉ đạo.\nCông tác cải cách hành chính được xác định là nhiệm vụ trọng tâm:\n- UBND xã đã ban hành Kế hoạch cải cách hành chính.",
            "ton-tai-han-che.2": "",
            "de-xuat": "2. Kiến nghị",
        ]
        let report = try ReportBuilder.quarterlyDigitalSociety(input)
        let section = try #require(report.sections.first { $0.id == "danh-gia-tinh-hinh" })
        // The edit's three lines, then the period's key figures.
        #expect(section.blocks.count == 4)
        #expect(section.blocks[3].paragraph?.text.plainText == "Kết quả nổi bật trong quý III năm 2025: 06/10 chỉ tiêu đạt và vượt mục tiêu.")
        #expect(section.blocks[0].paragraph?.text.runs[1] == TextRun("Gia Phúc", bold: true))
        if case .bullet(let p, let marker) = section.blocks[2] {
            #expect(marker == "-")
            #expect(p.text.plainText == "UBND xã đã ban hành Kế hoạch cải cách hành chính.")
            #expect(p.id == "danh-gia-tinh-hinh.1~3")
        } else {
            Issue.record("third line should be a dash line")
        }
        #expect(!F.lines(report, section: "ton-tai-han-che").contains("[Bổ sung các tồn tại, hạn chế khác nếu có.]"))
        #expect(report.sections.first { $0.id == "de-xuat" }?.heading == "2. Kiến nghị")

        // Next quarter: the narrative edit carries over, the figures are new.
        var next = F.quarterlyInput()
        next.period = .quarter(4, 2025)
        next.indicators[6].value = MeasuredValue(number: 52)
        next.indicators[6].verdict = .exceeded
        let draft = try ReportBuilder.quarterlyDigitalSociety(next)
        let carried = draft.narrativeOverrides(from: input.overrides.merging(["ton-tai-han-che.limitations-2": "sửa tay"]) { a, _ in a })
        #expect(carried.keys.sorted() == ["danh-gia-tinh-hinh.1", "de-xuat", "ton-tai-han-che.2"])
        next.overrides = carried
        let nextReport = try ReportBuilder.quarterlyDigitalSociety(next)
        let limitations = F.lines(nextReport, section: "ton-tai-han-che")
        #expect(limitations.first == "Còn 02/10 chỉ tiêu chưa đạt mục tiêu:")
        #expect(!limitations.contains { $0.contains("dịch vụ công trực tuyến") })
        #expect(F.lines(nextReport, section: "danh-gia-tinh-hinh").count == 4)
    }

    @Test func narrativeTextsRoundTripThroughOverrides() throws {
        var input = F.quarterlyInput()
        input.overrides = ["the-che.1": "Ban hành 04 văn bản.\n- Rà soát 100% TTHC."]
        let report = try ReportBuilder.quarterlyDigitalSociety(input)
        #expect(report.narrativeTexts["the-che.1"] == "Ban hành 04 văn bản.\n- Rà soát 100% TTHC.")
        #expect(report.unmatchedOverrideIDs(["the-che.1": "x", "khong-co": "y"]) == ["khong-co"])
    }

    @Test func reportModelRoundTripsThroughJSON() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let data = try JSONEncoder().encode(report)
        let decoded = try JSONDecoder().decode(OfficialReport.self, from: data)
        #expect(decoded == report)
        let inputData = try JSONEncoder().encode(F.quarterlyInput())
        #expect(try JSONDecoder().decode(ReportInput.self, from: inputData) == F.quarterlyInput())
    }

    @Test func periodOfTheWrongKindIsRefused() {
        var input = F.quarterlyInput()
        input.period = .half(1, 2026)
        #expect(throws: AppError.self) { try ReportBuilder.quarterlyDigitalSociety(input) }
        do {
            _ = try ReportBuilder.quarterlyDigitalSociety(input)
        } catch {
            #expect(error.code == "report.period_not_allowed")
        }
    }

    @Test func missingFiguresSayWhatIsMissing() throws {
        var input = F.quarterlyInput()
        input.indicators = []
        let report = try ReportBuilder.quarterlyDigitalSociety(input)
        #expect(F.lines(report, section: "danh-gia-muc-tieu").contains("(Chưa có số liệu chỉ tiêu của kỳ báo cáo.)"))
        #expect(F.table(report, section: "danh-gia-muc-tieu") == nil)
    }
}
