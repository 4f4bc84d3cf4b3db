import Foundation
import Testing
@testable import XaSoCore

@Suite("Reading old reports back: the references as they are")
struct ReferenceIngestTests {
    @Test("Gia Phúc quý III/2025: kind, period, all ten table rows with target, verdict and cause")
    func giaPhucTable() throws {
        let report = try IngestFixtures.parse(try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"), unit: "GP", name: "Gia Phúc")
        #expect(report.kind == "quarterly-cds")
        #expect(report.period == "2025-Q3")
        #expect(report.number == nil)
        #expect(report.unitCode == "GP")
        #expect(report.unitNameRead == "Gia Phúc")
        let table = report.figures.filter { $0.origin == .table }
        #expect(table.count == 10)
        for row in IngestFixtures.giaPhucTable {
            let f = try #require(table.first { $0.indicatorCode == row.code }, "\(row.code) not recovered")
            #expect(f.value == row.value, "\(row.code)")
            #expect(f.approximate == row.approximate, "\(row.code)")
            #expect(f.target == row.target, "\(row.code)")
            #expect(f.verdict == row.verdict, "\(row.code)")
            #expect(f.restored, "\(row.code): the name should come from the catalogue")
            #expect(f.confidence >= 0.9, "\(row.code): \(f.confidence)")
        }
        // Causes after the verdict are kept as written.
        #expect(table.first { $0.indicatorCode == "CL411.03" }?.cause == "do người dân chưa phổ cập sử dụng")
        #expect(table.first { $0.indicatorCode == "CL411.02" }?.cause == "cần nâng thêm")
        // The source line is the line holding the value: "~15%" is line 194 of the file.
        let lines = try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt").components(separatedBy: "\n")
        let f3 = try #require(table.first { $0.indicatorCode == "CL411.03" })
        #expect(lines[f3.line - 1].contains("~15%"))
    }

    @Test("Gia Phúc: every section of the quarterly kind the report has, with its own text")
    func giaPhucSections() throws {
        let report = try IngestFixtures.parse(try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"))
        let found = report.sections.compactMap(\.section)
        for id in IngestFixtures.giaPhucSections { #expect(found.contains(id), "section \(id) not found") }
        for (id, phrase) in IngestFixtures.giaPhucSectionPhrases {
            let s = try #require(report.sections.first { $0.section == id })
            #expect(s.text.contains(phrase), "\(id): \(s.text.prefix(120))")
        }
        // The table is not narrative.
        let goal = try #require(report.sections.first { $0.section == "danh-gia-muc-tieu" })
        #expect(!goal.text.contains("UBND xã"))
        // The closing and the recipients are not a section's text.
        #expect(!report.sections.contains { $0.text.contains("Nơi nhận") })
        // Sentences restating table figures are not listed as unmatched; the outreach sessions are.
        #expect(!report.unmatched.contains { $0.text.contains("(~15%)") })
        #expect(report.unmatched.contains { $0.text.contains("Tổ chức 13 buổi tuyên truyền") })
        // "Nhiệm vụ theo trụ cột" is the kind's own V.3 since issue #11.
        #expect(report.sections.contains { $0.section == "nhiem-vu-giai-phap" && $0.heading.contains("Nhiệm vụ theo trụ cột") })
    }

    @Test("Nghi Dương 6 tháng 2026: kind, period, blank number, date, every dossier figure stated")
    func nghiDuong() throws {
        let report = try IngestFixtures.parse(try referenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt"), name: "Nghi Dương")
        #expect(report.kind == "six-month-cchc")
        #expect(report.period == "2026-H1")
        #expect(report.number == nil)
        #expect(report.symbol == "BC-UBND")
        #expect(report.date == "2026")
        #expect(report.unitNameRead == "Nghi Dương")
        let stated = Dictionary(uniqueKeysWithValues: report.dossierFigures.stated.map { ($0.key, $0.value) })
        #expect(stated == IngestFixtures.nghiDuongDossiers)
        // Stated but outside the contract: kept for storage.
        #expect(report.dossierFigures.receivedInPeriod == 5805)
        #expect(report.dossierFigures.carriedOver == 87)
        #expect(report.dossierFigures.earlyOrOnTime == 5792)
        #expect(report.dossierFigures.feeProcedures == 10)
        #expect(report.dossierFigures.feeProceduresWithOnlinePayment == 10)
        let found = report.sections.compactMap(\.section)
        for id in IngestFixtures.nghiDuongSections { #expect(found.contains(id), "section \(id) not found") }
        for (id, phrase) in IngestFixtures.nghiDuongSectionPhrases {
            let s = try #require(report.sections.first { $0.section == id })
            #expect(s.text.contains(phrase), "\(id): \(s.text.prefix(160))")
        }
    }

    @Test("The JSON has exactly the contract's keys; a figure not stated is left out, never 0")
    func contract() throws {
        let report = try IngestFixtures.parse(try referenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt"))
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["kind", "number", "date", "period", "unit_code", "figures", "dossier_figures", "sections", "unmatched"])
        let dossier = try #require(object["dossier_figures"] as? [String: Any])
        #expect(Set(dossier.keys) == Set(IngestFixtures.nghiDuongDossiers.keys))
        #expect(dossier["early"] == nil && dossier["on_time"] == nil)
        #expect(dossier["direct"] as? Int == 0)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.allSatisfy { Set($0.keys) == ["section", "heading", "text"] })

        let gp = try IngestFixtures.parse(try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"))
        let gpObject = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(gp)) as? [String: Any])
        let figures = try #require(gpObject["figures"] as? [[String: Any]])
        #expect(figures.allSatisfy { Set($0.keys) == ["indicator_code", "value", "approximate", "text", "confidence", "line"] })
        #expect((gpObject["dossier_figures"] as? [String: Any])?.isEmpty == true)
    }

    @Test("A plan is not a report; a report of another commune is refused; no period and none given is an error")
    func refusals() throws {
        #expect(throws: AppError.self) { try IngestFixtures.parse(try referenceText("ke-hoach-nq57-xa-nghi-duong.txt")) }
        do {
            _ = try IngestFixtures.parse(try referenceText("ke-hoach-nq57-xa-nghi-duong.txt"))
        } catch let e as AppError {
            #expect(e.code == "ingest.not_a_report")
        }
        do {
            _ = try IngestFixtures.parse(try referenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"), name: "Nghi Dương")
            Issue.record("Gia Phúc's report was taken as Nghi Dương's")
        } catch let e as AppError {
            #expect(e.code == "ingest.unit_mismatch")
        }
        let noPeriod = "BÁO CÁO\nKết quả công tác chuyển đổi số\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\nĐã ban hành kế hoạch.\nII. ĐÁNH GIÁ CHUNG\nTốt."
        do {
            _ = try IngestFixtures.parse(noPeriod)
            Issue.record("a report with no period was read")
        } catch let e as AppError {
            #expect(e.code == "ingest.period_not_found")
        }
        // Given by the person, the period is used.
        #expect(try IngestFixtures.parse(noPeriod, period: .year(2025)).period == "2025")
        do {
            _ = try IngestFixtures.parse("Danh sách mua sắm\nBàn ghế 10 chiếc\nMáy tính 3 chiếc\nGiấy in 20 ram")
            Issue.record("a shopping list was read as a report")
        } catch let e as AppError {
            #expect(e.code == "ingest.not_a_report")
        }
    }

    @Test("The issue's scanned line: 'Téng s6 ho S0 tiép nhén: 887 ho so' is received_total 887")
    func scannedLine() throws {
        let text = "BAO CAO\nKet qua cai cach hanh chinh 6 thang dau nam 2026\nI. KET QUA\nTéng s6 ho S0 tiép nhén: 887 ho so.\nS6 ho so tra c6 truc tuyen 0 ho so."
        let report = try IngestFixtures.parse(text)
        #expect(report.dossierFigures.receivedTotal == 887)
        #expect(report.period == "2026-H1")
    }

    @Test("A table headed 'TT', rows numbered '1.', decimals, 'khoảng', and a row the catalogue does not have")
    func otherTableShape() throws {
        let text = """
        BÁO CÁO
        Tình hình thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số, quý IV năm 2025
        I. ĐÁNH GIÁ TÌNH HÌNH
        1. Đánh giá tình hình thực hiện các mục tiêu phát triển đã đặt ra về phát triển xã hội số
        TT Chỉ tiêu Kết quả Mục tiêu Đánh giá
        1. Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang 96,5% 80% Đạt, vượt mục tiêu
        2. Tỷ lệ người dân có hồ sơ sức khỏe điện tử khoảng 91% > 90% Đạt mục tiêu
        3. Số km đường giao thông nông thôn được bê tông hóa 12% 20% Chưa đạt
        II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
        1. Thể chế
        Ban hành 02 văn bản.
        """
        let report = try IngestFixtures.parse(text)
        #expect(report.period == "2025-Q4")
        #expect(report.kind == "quarterly-cds")
        let fibre = try #require(report.figures.first { $0.indicatorCode == "CL411.05" })
        #expect(fibre.value == 96.5 && fibre.verdict == "Đạt, vượt mục tiêu" && fibre.line == 6)
        // CL411.09 and NQ71.16 share a name: the table's other rows are CL411's.
        let health = try #require(report.figures.first { $0.indicatorCode == "CL411.09" })
        #expect(health.approximate && health.value == 91 && health.target == "> 90%")
        #expect(report.figures.count == 2)
        #expect(report.unmatched.contains { $0.line == 8 && $0.text.contains("bê tông hóa") })
        #expect(report.sections.first { $0.section == "the-che" }?.text == "Ban hành 02 văn bản.")
    }

    @Test("Procedures and dossiers per service level, from sentences")
    func byLevel() throws {
        let text = """
        BÁO CÁO
        Kết quả chuyển đổi số năm 2025
        I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        - Dịch vụ công trực tuyến toàn trình: 120 thủ tục, trong đó 45 thủ tục phát sinh hồ sơ, tiếp nhận 2.300 hồ sơ.
        - Dịch vụ công trực tuyến một phần: 80 thủ tục, 12 thủ tục có phát sinh hồ sơ, 410 hồ sơ.
        - Tổng số hồ sơ tiếp nhận là 2.710 hồ sơ.
        """
        let report = try IngestFixtures.parse(text, period: .year(2025))
        let full = try #require(report.dossierFigures.byLevel?["toan_trinh"])
        #expect(full == .init(procedures: 120, proceduresWithDossiers: 45, dossiers: 2300))
        let partial = try #require(report.dossierFigures.byLevel?["mot_phan"])
        #expect(partial == .init(procedures: 80, proceduresWithDossiers: 12, dossiers: 410))
        #expect(report.dossierFigures.byLevel?["truc_tiep"] == nil)
        #expect(report.dossierFigures.receivedTotal == 2710)
    }

    @Test("Narrative as a saved report's edits: on the kind's first writable paragraph of each section")
    func overrides() throws {
        let report = try IngestFixtures.parse(try referenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt"))
        let kind = try ReportKindRegistry.builtIn.kind("six-month-cchc")
        let (overrides, unplaced) = NarrativeSectionReader.overrides(report.sections, kind: kind)
        #expect(overrides["cai-cach-tthc.1"]?.contains("5892") == true)
        // The kind's default dash lines of "Tồn tại, hạn chế" give way to the old report's.
        #expect(overrides["ton-tai-han-che.2"]?.contains("Còn 05 hồ sơ TTHC") == true)
        #expect(overrides["ton-tai-han-che.3"] == "")
        #expect(unplaced.isEmpty || !unplaced.contains("cai-cach-tthc"))
        // The report builds with them.
        let built = try ReportBuilder.build(kind, input: ReportInput(unit: ReportUnit(code: "X", name: "Nghi Dương"),
                                                                    period: .half(1, 2026),
                                                                    signature: SignatureBlock(authorityLines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signerName: "A"),
                                                                    overrides: overrides))
        #expect(built.bodyPlainText.contains { $0.contains("Tổng số biên chế công chức được giao trong năm: 40 người") })
    }
}
