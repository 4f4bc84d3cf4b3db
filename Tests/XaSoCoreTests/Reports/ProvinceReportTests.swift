import Foundation
import Testing
@testable import XaSoCore
@testable import XaSoDocuments

/// The province's report on its communes, built from a hand-made input of four communes. Every
/// sentence and row below is counted by hand from the input (see the comments).
@Suite struct ProvinceReportTests {
    typealias F = ReportFixtures

    static let haiPhong = ReportUnit(AdministrativeUnit(code: "31", name: "Hải Phòng", fullName: "Thành phố Hải Phòng",
                                                        kind: "thanh_pho", parentCode: nil))
    static let communes = ["Xã An Lư", "Phường Hòa Bình", "Xã Cát Hải", "Xã Tiên Lãng"]
    static let dvc = "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến"
    static let phone = "Tỷ lệ dân số trưởng thành có điện thoại thông minh"

    /// An Lư and Hòa Bình submitted on time (Hòa Bình approved), Cát Hải late, Tiên Lãng is still entering.
    /// Indicator 1 ("> 50%"): An Lư 60% exceeded, Hòa Bình 35% and Cát Hải 20% not met, Tiên Lãng no figure.
    /// Indicator 2 ("80%"): An Lư 80% met, Hòa Bình 75% approaching, Cát Hải 90% exceeded, Tiên Lãng no figure.
    static func input(province: ReportProvince = province()) -> ReportInput {
        ReportInput(unit: haiPhong, period: .quarter(3, 2025), number: 12, date: DocumentDate(year: 2025, month: 10, day: 20),
                    signature: .director("Nguyễn Văn B"), province: province)
    }

    static func province() -> ReportProvince {
        let submissions = ReportSubmissions(deadline: LocalDay(2025, 10, 15), communes: [
            ReportSubmissionLine(name: "Xã An Lư", state: .submitted, onTime: true),
            ReportSubmissionLine(name: "Phường Hòa Bình", state: .approved, onTime: true),
            ReportSubmissionLine(name: "Xã Cát Hải", state: .submitted, onTime: false),
            ReportSubmissionLine(name: "Xã Tiên Lãng", state: .inProgress),
        ])
        let indicators = [
            ReportProvinceIndicator(number: "1", code: "CL411.07", name: dvc, target: "> 50%", communes: [
                ReportCommuneVerdict(commune: "Xã An Lư", verdict: .exceeded, result: "60%"),
                ReportCommuneVerdict(commune: "Phường Hòa Bình", verdict: .notMet, result: "35%"),
                ReportCommuneVerdict(commune: "Xã Cát Hải", verdict: .notMet, result: "20%"),
                ReportCommuneVerdict(commune: "Xã Tiên Lãng", verdict: .noData),
            ]),
            ReportProvinceIndicator(number: "2", code: "CL411.01", name: phone, target: "80%", communes: [
                ReportCommuneVerdict(commune: "Xã An Lư", verdict: .met, result: "80%"),
                ReportCommuneVerdict(commune: "Phường Hòa Bình", verdict: .approaching, result: "75%"),
                ReportCommuneVerdict(commune: "Xã Cát Hải", verdict: .exceeded, result: "90%"),
                ReportCommuneVerdict(commune: "Xã Tiên Lãng", verdict: .noData),
            ]),
        ]
        func pillars(_ g: Double, _ e: Double, _ s: Double, _ i: Double) -> PillarScores {
            PillarScores([.government: g, .economy: e, .society: s, .infrastructure: i])
        }
        let ranking = [
            RankingRow(rank: 1, unitCode: "1", name: "Xã An Lư", index: 65.83, pillars: pillars(100, 50, 16.67, 75),
                       achieved: 2, judged: 2, rankChange: 1),
            RankingRow(rank: 2, unitCode: "3", name: "Xã Cát Hải", index: 40, pillars: pillars(50, 0, 50, 50),
                       achieved: 1, judged: 2, rankChange: nil),
            RankingRow(rank: 2, unitCode: "2", name: "Phường Hòa Bình", index: 40, pillars: pillars(50, 50, 25, 25),
                       achieved: 0, judged: 2, rankChange: -1),
            RankingRow(rank: nil, unitCode: "4", name: "Xã Tiên Lãng", index: 0, pillars: PillarScores([:]),
                       achieved: 0, judged: 0, rankChange: nil),
        ]
        // Two communes' ledgers summed: 130 received (120 in the quarter, 10 carried over), 90 online;
        // resolved 80 + 20 + 5 late + 3 refused + 2 withdrawn = 110, of which 100 early or on time.
        let dossiers = ReportDossierFigures(receivedInPeriod: 120, carriedOver: 10, online: 90, direct: 30, early: 80,
                                            onTime: 20, lateByField: [ReportFieldCount(field: "đất đai", count: 5)],
                                            rejected: 3, withdrawn: 2, inProgress: 20)
        let warnings = [
            ReportProvinceWarning(commune: "Phường Hòa Bình", indicatorCode: "CL411.07", indicatorName: dvc,
                                  explanation: "Mới đạt 35%, cần tăng 5 điểm mỗi quý."),
            ReportProvinceWarning(commune: "Xã Cát Hải", indicatorCode: "CL411.07", indicatorName: dvc,
                                  explanation: "Mới đạt 20%, cần tăng 10 điểm mỗi quý."),
        ]
        return ReportProvince(communes: communes, submissions: submissions, indicators: indicators, ranking: ranking,
                              dossiers: dossiers, dossierCommunes: 2, warnings: warnings)
    }

    static func cells(_ table: ReportTable?) -> [[String]] {
        (table?.rows ?? []).map { $0.map(\.text.plainText) }
    }

    static func tables(_ report: OfficialReport, section id: String) -> [ReportTable] {
        report.sections.first { $0.id == id }?.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } } ?? []
    }

    @Test func headerNumberTitleRecipientsAndSignatureAreTheDepartments() throws {
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: Self.input())
        #expect(report.issuingBody == IssuingBody(superior: "UBND THÀNH PHỐ HẢI PHÒNG", lines: ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]))
        #expect(report.number.text == "Số: 12/BC-SKHCN")
        #expect(report.placeDate.text == "Hải Phòng, ngày 20 tháng 10 năm 2025")
        #expect(report.typeName == "BÁO CÁO")
        #expect(report.summary == ["Kết quả chuyển đổi số các xã, phường quý III năm 2025"])
        #expect(report.signature.authorityLines == ["GIÁM ĐỐC"])
        #expect(report.recipients == ["- UBND thành phố (để b/c);", "- Các xã, phường;", "- Lưu: VT, CĐS."])
        #expect(report.sections.compactMap(\.heading) == [
            "I. TÌNH HÌNH NỘP BÁO CÁO", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "III. XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ",
            "IV. CÁC XÃ CHƯA ĐẠT THEO TỪNG CHỈ TIÊU", "V. HỒ SƠ THỦ TỤC HÀNH CHÍNH", "VI. CẢNH BÁO SỚM", "VII. ĐỀ XUẤT, KIẾN NGHỊ",
        ])
        #expect(F.lines(report, section: "ket-thuc") == [
            "Trên đây là Báo cáo kết quả chuyển đổi số các xã, phường quý III năm 2025 của Sở Khoa học và Công nghệ thành phố Hải Phòng./.",
        ])
        // A province (tỉnh) is named so too.
        let province = ReportUnit(AdministrativeUnit(code: "40", name: "Nghệ An", fullName: "Tỉnh Nghệ An", kind: "tinh", parentCode: nil))
        var input = Self.input()
        input.unit = province
        let nghean = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: input)
        #expect(nghean.issuingBody.superior == "UBND TỈNH NGHỆ AN")
        #expect(nghean.recipients.first == "- UBND tỉnh (để b/c);")
    }

    @Test func submissionsAreCountedAndTheLateAndMissingNamed() throws {
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: Self.input())
        #expect(F.lines(report, section: "nop-bao-cao") == [
            "03/04 xã đã nộp báo cáo quý III/2025 (hạn nộp ngày 15/10/2025), trong đó 02 xã đúng hạn, 01 xã nộp muộn.",
            "Còn 01 xã chưa nộp báo cáo: 01 xã đang nhập số liệu.",
            "Danh sách các xã chưa nộp hoặc nộp muộn:",
        ])
        let tables = Self.tables(report, section: "nop-bao-cao")
        #expect(Self.cells(tables.first) == [
            ["1", "Số xã phải nộp báo cáo", "4", "100%"], ["2", "Đã nộp đúng hạn", "2", "50%"],
            ["3", "Đã nộp muộn", "1", "25%"], ["4", "Bị trả lại, chưa nộp lại", "0", "0%"],
            ["5", "Đang nhập số liệu, chưa nộp", "1", "25%"], ["6", "Chưa bắt đầu nhập số liệu", "0", "0%"],
        ])
        #expect(Self.cells(tables.last) == [["1", "Xã Cát Hải", "Nộp muộn"], ["2", "Xã Tiên Lãng", "Đang nhập"]])
    }

    /// More than 20 communes behind: named by state in paragraphs (late first), not in a long table.
    @Test func aLongListOfCommunesBehindIsWrittenByState() throws {
        var input = Self.input()
        var lines = [ReportSubmissionLine(name: "Xã Cát Hải", state: .submitted, onTime: false),
                     ReportSubmissionLine(name: "Phường Hòa Bình", state: .returned)]
        lines += (1...20).map { ReportSubmissionLine(name: "Xã Số \($0)", state: .notStarted) }
        lines.append(ReportSubmissionLine(name: "Xã Tiên Lãng", state: .inProgress))
        input.province?.submissions = ReportSubmissions(deadline: LocalDay(2025, 10, 15), communes: lines)
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: input)
        let text = F.lines(report, section: "nop-bao-cao")
        #expect(Array(text.suffix(4)) == [
            "- Nộp muộn (01 xã): xã Cát Hải.",
            "- Bị trả lại (01 xã): phường Hòa Bình.",
            "- Đang nhập (01 xã): xã Tiên Lãng.",
            "- Chưa bắt đầu (20 xã): " + (1...20).map { "xã Số \($0)" }.joined(separator: ", ") + ".",
        ])
        #expect(Self.tables(report, section: "nop-bao-cao").count == 1)  // the counts only
    }

    @Test func verdictsAreCountedPerIndicatorAndInTotal() throws {
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: Self.input())
        // 8 verdicts: exceeded 2 (An Lư on 1, Cát Hải on 2), met 1, approaching 1, not met 2, no data 2.
        #expect(F.lines(report, section: "ket-qua-chi-tieu") == [
            "Có 03/04 xã đã nhập số liệu các chỉ tiêu quý III/2025. Tổng hợp 02 chỉ tiêu của 04 xã (08 lượt đánh giá): 02 lượt đạt, vượt mục tiêu; 01 lượt đạt mục tiêu; 01 lượt tiệm cận mục tiêu; 02 lượt chưa đạt; 02 lượt chưa có số liệu.",
        ])
        let table = try #require(F.table(report, section: "ket-qua-chi-tieu"))
        #expect(table.headerRows.first?.map(\.text.plainText) == ["STT", "Chỉ tiêu", "Mục tiêu", "Đạt, vượt", "Đạt", "Tiệm cận",
                                                                "Chưa đạt", "Chưa đánh giá"])
        #expect(Self.cells(table) == [
            ["1", Self.dvc, "> 50%", "1", "0", "0", "2", "1"],
            ["2", Self.phone, "80%", "1", "1", "1", "0", "1"],
            ["", "Tổng cộng", "", "2", "1", "1", "2", "2"],
        ])
    }

    @Test func rankingNamesLeadersAndTiedLastAndListsRankedRows() throws {
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: Self.input())
        #expect(F.lines(report, section: "xep-hang") == [
            "Có 03/04 xã được xếp hạng theo chỉ số chuyển đổi số cấp xã quý III/2025; dẫn đầu là xã An Lư (65,83 điểm), thấp nhất là xã Cát Hải và phường Hòa Bình (40 điểm).",
            "Còn 01 xã chưa có số liệu nên chưa được xếp hạng.",
        ])
        #expect(Self.cells(F.table(report, section: "xep-hang")) == [
            ["1", "Xã An Lư", "65,83", "100", "50", "16,67", "75", "+1"],
            ["2", "Xã Cát Hải", "40", "50", "0", "50", "50", "–"],
            ["2", "Phường Hòa Bình", "40", "50", "50", "25", "25", "-1"],
        ])
    }

    @Test func aLongRankingShowsTheTopAndBottomTen() throws {
        var province = Self.province()
        province.ranking = (1...45).map { i in
            RankingRow(rank: i, unitCode: "\(i)", name: "Xã \(i)", index: Double(100 - i), pillars: PillarScores([:]),
                       achieved: 0, judged: 0, rankChange: nil)
        }
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: Self.input(province: province))
        #expect(F.lines(report, section: "xep-hang").last
                == "Bảng dưới đây nêu 10 xã đứng đầu và 10 xã đứng cuối bảng xếp hạng; bảng xếp hạng đầy đủ được theo dõi trên hệ thống.")
        let ranks = Self.cells(F.table(report, section: "xep-hang")).map { $0[0] }
        #expect(ranks == (Array(1...10) + Array(36...45)).map(String.init))
    }

    @Test func laggardsAreNamedWithTheirFigures() throws {
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: Self.input())
        #expect(F.lines(report, section: "xa-chua-dat") == [
            "Có 01/02 chỉ tiêu có xã chưa đạt mục tiêu:",
            "- \(Self.dvc) (mục tiêu > 50%): 02 xã chưa đạt, gồm: phường Hòa Bình (35%), xã Cát Hải (20%).",
        ])
    }

    @Test func dossiersAreSummedAndWarningsListed() throws {
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: Self.input())
        let dossier = F.lines(report, section: "ho-so-tthc")
        #expect(dossier.first == "Tổng hợp từ sổ theo dõi hồ sơ thủ tục hành chính của 02/04 xã có hồ sơ trong kỳ.")
        #expect(dossier.contains("- Tổng số hồ sơ tiếp nhận là 130 hồ sơ, trong đó: 120 hồ sơ trong kỳ, 10 hồ sơ từ kỳ trước."))
        // 90/120 online = 75%; 100/110 early or on time = 90,9%.
        #expect(Self.cells(F.table(report, section: "ho-so-tthc")) == [["130", "90", "75%", "110", "100", "90,9%", "5", "20"]])

        #expect(F.lines(report, section: "canh-bao-som") == [
            "Có 02 cảnh báo sớm tại 02 xã: các chỉ tiêu có nguy cơ không đạt mục tiêu nếu giữ nhịp độ hiện nay gồm tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến (02 xã).",
        ])
        #expect(Self.cells(F.table(report, section: "canh-bao-som")) == [
            ["1", "Phường Hòa Bình", Self.dvc, "Mới đạt 35%, cần tăng 5 điểm mỗi quý."],
            ["2", "Xã Cát Hải", Self.dvc, "Mới đạt 20%, cần tăng 10 điểm mỗi quý."],
        ])
        #expect(F.lines(report, section: "de-xuat").first?.hasPrefix("[Nêu đánh giá chung") == true)
    }

    @Test func missingDataIsSaidPlainly() throws {
        let nobody = ReportProvince(
            communes: Self.communes,
            submissions: ReportSubmissions(deadline: LocalDay(2025, 10, 15), communes: Self.communes.map {
                ReportSubmissionLine(name: $0, state: .notStarted)
            }),
            indicators: [ReportProvinceIndicator(number: "1", code: "CL411.07", name: Self.dvc, target: "> 50%",
                                                 communes: Self.communes.map { ReportCommuneVerdict(commune: $0, verdict: .noData) })],
            ranking: Self.communes.map { RankingRow(rank: nil, unitCode: $0, name: $0, index: 0, pillars: PillarScores([:]),
                                                    achieved: 0, judged: 0, rankChange: nil) })
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: Self.input(province: nobody))
        #expect(F.lines(report, section: "nop-bao-cao").prefix(2) == [
            "Chưa có xã nào nộp báo cáo quý III/2025 (hạn nộp ngày 15/10/2025).",
            "Còn 04 xã chưa nộp báo cáo: 04 xã chưa bắt đầu nhập số liệu.",
        ])
        #expect(F.lines(report, section: "ket-qua-chi-tieu") == ["Chưa có xã nào nhập số liệu các chỉ tiêu quý III/2025."])
        #expect(F.table(report, section: "ket-qua-chi-tieu") == nil)
        #expect(F.lines(report, section: "xep-hang") == ["Chưa có xã nào có số liệu để xếp hạng chỉ số chuyển đổi số quý III/2025."])
        #expect(F.lines(report, section: "xa-chua-dat") == ["Chưa có số liệu để đánh giá các xã chưa đạt chỉ tiêu quý III/2025."])
        #expect(F.lines(report, section: "ho-so-tthc") == ["Chưa có số liệu hồ sơ thủ tục hành chính của các xã trong quý III năm 2025."])
        #expect(F.lines(report, section: "canh-bao-som") == ["Chưa đủ số liệu để dự báo khả năng đạt mục tiêu của các chỉ tiêu."])
    }

    @Test func provinceKindsShareTheOutlineAndAreMarkedForAProvince() throws {
        let kinds = ReportKindRegistry.builtIn.kinds.filter { $0.unitLevel == .province }
        #expect(kinds.map(\.code) == ["province-quarterly-cds", "province-six-month-cds", "province-annual-cds"])
        #expect(Set(kinds.map { $0.sections.map(\.id) }).count == 1)
        #expect(ReportKindRegistry.builtIn.kinds.filter { $0.unitLevel == .commune }.count == 4)
        var input = Self.input()
        input.period = .half(1, 2026)
        let half = try ReportBuilder.build(kindCode: "province-six-month-cds", input: input)
        #expect(half.summary == ["Kết quả chuyển đổi số các xã, phường 6 tháng đầu năm 2026"])
        #expect(throws: AppError.self) { try ReportBuilder.build(kindCode: "province-annual-cds", input: input) }
        #expect(SignatureBlock.titled("Phó Giám đốc", name: "Trần C").authorityLines == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    }
}

/// The province report as a DOCX: well-formed, its tables read back, and the header's left column
/// wide enough that "SỞ KHOA HỌC VÀ CÔNG NGHỆ" stays on one line.
@Suite struct ProvinceReportDocxTests {
    @Test func writesAReadableDocumentWithTheBodyOnOneLine() throws {
        let report = try ReportBuilder.build(kindCode: "province-quarterly-cds", input: ProvinceReportTests.input())
        let parts = try DocxArchive.unzip(try DocxWriter.write(report))
        for part in parts where part.path.hasSuffix(".xml") {
            #expect(DocxReadBack.parse(part.data).error == nil, "\(part.path)")
        }
        let xml = parts.first { $0.path == "word/document.xml" }!.data
        let doc = DocxReadBack.parse(xml)
        #expect(doc.paragraphs.contains("03/04 xã đã nộp báo cáo quý III/2025 (hạn nộp ngày 15/10/2025), trong đó 02 xã đúng hạn, 01 xã nộp muộn."))
        #expect(doc.tablesRead.contains { $0.contains(["1", "Xã An Lư", "65,83", "100", "50", "16,67", "75", "+1"]) })
        // The header table's first grid column against the body's width at 13 pt bold (twips).
        let text = String(decoding: xml, as: UTF8.self)
        let grid = try #require(text.range(of: "<w:gridCol w:w=\""))
        let width = try #require(Int(text[grid.upperBound...].prefix { $0.isNumber }))
        let needed = Int((TimesMetrics.width(of: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", bold: true, pointSize: 13) * 20).rounded())
        #expect(width >= needed)
    }
}
