import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoDocuments
@testable import XaSoPersistence

extension DatabaseTests {
    /// Reports built from stored figures, kept with their narrative, rendered and downloaded.
    @Suite struct Reports {
        typealias S = ReportTestSupport
        static let q3 = "/api/v1/units/\(Ref.giaPhuc)/reports/quarterly-cds/2025-Q3"
        static let q4 = "/api/v1/units/\(Ref.giaPhuc)/reports/quarterly-cds/2025-Q4"

        /// The sample figures give the reference's table row for row: the same results and
        /// targets, and the verdicts XaSo's rule gives — the officials' in rows 1–9, "Đạt mục
        /// tiêu" in row 10 (see `GiaPhucReference`). The limitations name the same unmet indicators.
        @Test func quarterlyReportReproducesTheReferenceTable() async throws {
            try await withApp(sample: true) { app in
                let token = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                var model: ReportModelDTO?
                try await app.call(.GET, Self.q3, token: token) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    model = try S.model(res)
                }
                let report = try #require(model).report
                let section = try #require(report.sections.first { $0.id == "danh-gia-muc-tieu" })
                let table = try #require(section.blocks.compactMap { block -> ReportTable? in
                    if case .table(let t) = block { return t } else { return nil }
                }.first)
                #expect(table.headerRows.first?.map(\.text.plainText) == ["STT", "Chỉ tiêu", "Cơ quan báo cáo", "Kết quả 2025", "Mục tiêu 2025", "Đánh giá"])
                #expect(table.rows.count == 10)
                var agreeing = 0
                for (index, (row, reference)) in zip(table.rows, GiaPhucReference.rows).enumerated() {
                    let cells = row.map(\.text.plainText)
                    #expect(cells[0] == String(index + 1))
                    #expect(cells[1] == reference.name)
                    #expect(cells[2] == "UBND xã Gia Phúc")
                    #expect(cells[3] == reference.result, "row \(index + 1)")
                    #expect(cells[4] == reference.target, "row \(index + 1)")
                    #expect(cells[5].hasPrefix(reference.xaso), "row \(index + 1): \(cells[5])")
                    if cells[5].hasPrefix(reference.official) { agreeing += 1 }
                }
                #expect(agreeing == 9)
                // Causes come from the figures' notes, as the reference's "Đánh giá" column writes them.
                #expect(table.rows[2][5].text.plainText == "Chưa đạt – do người dân chưa phổ cập sử dụng")
                #expect(table.rows[7][5].text.plainText == "Chưa đạt – do người dân có thói quen trực tiếp")

                let limitations = try #require(report.sections.first { $0.id == "ton-tai-han-che" })
                let lines = limitations.blocks.compactMap { $0.paragraph?.text.plainText }
                #expect(lines.first == "Còn 03/10 chỉ tiêu chưa đạt mục tiêu:")
                let unmet = lines.filter { $0.contains("mới đạt") }
                #expect(unmet.count == 3)
                // CL411.03 chữ ký số, CL411.07 dịch vụ công trực tuyến, CL411.08 tư vấn sức khỏe.
                #expect(unmet[0].hasPrefix("Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân mới đạt ~15%, còn cách xa mục tiêu trên 50%"))
                #expect(unmet[1].hasPrefix("Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến mới đạt 35%, còn cách xa mục tiêu trên 50%"))
                #expect(unmet[2].hasPrefix("Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa mới đạt ~25%"))
                #expect(unmet[0].contains("do người dân chưa phổ cập sử dụng"))
                #expect(model?.settings.saved == false)
                #expect(model?.narrative_ids.contains("danh-gia-tinh-hinh.1") == true)
                #expect(model?.narrative_ids.contains("ton-tai-han-che.limitations-1") == false)
            }
        }

        /// An edit saved through the API is kept, comes back in the model, and is what the DOCX prints.
        @Test func narrativeEditPersistsAndIsPrintedInTheDocx() async throws {
            try await withApp(sample: true) { app in
                let token = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let edit = "Trong quý III năm 2025, UBND xã **Gia Phúc** đã tập trung chỉ đạo chuyển đổi số & cải cách hành chính <trọng tâm>.\n- Ban hành Kế hoạch số 12/KH-UBND."
                let body: [String: AnyEncodable] = [
                    "number": AnyEncodable(219), "date": AnyEncodable("2025-10-21"),
                    "signer": AnyEncodable(["name": "Đỗ Thế Ngọc", "role": "vice_chairman"]),
                    "narrative": AnyEncodable(["danh-gia-tinh-hinh.1": edit, "khong-ton-tai": "x"]),
                ]
                try await app.call(.PUT, Self.q3, token: token, json: body) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let model = try S.model(res)
                    #expect(model.settings.saved)
                    #expect(model.settings.number == 219)
                    #expect(model.settings.date == "2025-10-21")
                    #expect(model.settings.signer?.authority_lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
                    #expect(model.unmatched_overrides == ["khong-ton-tai"])
                    #expect(model.report.number.text == "Số: 219/BC-UBND")
                }
                // Only the number changes; the narrative and signer stay.
                try await app.call(.PUT, Self.q3, token: token, json: ["number": 220]) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                let saved = try #require(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds",
                                                                          period: .quarter(3, 2025)))
                #expect(saved.number == 220)
                #expect(saved.overrides["danh-gia-tinh-hinh.1"] == edit)
                #expect(saved.signature?.signerName == "Đỗ Thế Ngọc")
                #expect(saved.createdBy == "gp-admin")
                let audit = try await app.store.auditLog(entity: "report", key: "\(Ref.giaPhuc)/quarterly-cds/2025-Q3")
                #expect(audit.map(\.action) == ["update", "create"])

                var narrative: [String: String] = [:]
                try await app.call(.GET, Self.q3, token: token) { res in
                    narrative = try S.model(res).narrative
                }
                #expect(narrative["danh-gia-tinh-hinh.1"] == edit)

                var docx = Data()
                try await app.call(.GET, Self.q3 + "/document?format=docx", token: token) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    #expect(res.headers.contentType?.serialize() == ReportFormat.docx.contentType)
                    let disposition = res.headers.first(name: .contentDisposition) ?? ""
                    #expect(disposition == "attachment; filename=\"bao-cao-quarterly-cds-2025-q3-xa-gia-phuc.docx\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20quarterly-cds%202025-Q3%20-%20x%C3%A3%20Gia%20Ph%C3%BAc.docx")
                    docx = Data(res.body.readableBytesView)
                }
                let xml = try S.documentXML(docx)
                let paragraphs = S.paragraphTexts(xml)
                #expect(paragraphs.contains("Trong quý III năm 2025, UBND xã Gia Phúc đã tập trung chỉ đạo chuyển đổi số & cải cách hành chính <trọng tâm>."))
                #expect(paragraphs.contains("- Ban hành Kế hoạch số 12/KH-UBND."))
                #expect(xml.contains("&amp; cải cách hành chính &lt;trọng tâm&gt;"))
                #expect(paragraphs.contains("Số: 220/BC-UBND"))
                #expect(paragraphs.contains { $0.contains("ngày 21 tháng 10 năm 2025") })
                #expect(paragraphs.contains("Đỗ Thế Ngọc"))
                // The default text of the edited paragraph is gone; other defaults remain.
                #expect(!paragraphs.contains { $0.contains("[Bổ sung đánh giá chung về tình hình của đơn vị.]") })
                #expect(paragraphs.contains { $0.contains("[Bổ sung các tồn tại, hạn chế khác nếu có.]") })

                try await app.call(.GET, Self.q3 + "/document?format=html", token: token) { res in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType?.serialize() == "text/html; charset=utf-8")
                    #expect(res.headers.first(name: .contentDisposition)?.hasPrefix("inline; filename=\"bao-cao-quarterly-cds-2025-q3-xa-gia-phuc.html\"") == true)
                    #expect(res.body.string.contains("data-id=\"danh-gia-tinh-hinh.1\""))
                    #expect(res.body.string.contains("<strong>Gia Phúc</strong>"))
                }
                try await app.call(.GET, Self.q3 + "/document?format=odt", token: token) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(S.code(res) == "report.format_invalid")
                }
            }
        }

        /// The next quarter starts from this one's narrative; edits of generated text, which hold
        /// last quarter's figures, and the number and date are not carried.
        @Test func startFromPreviousCopiesTheNarrative() async throws {
            try await withApp(sample: true) { app in
                let token = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                try await app.call(.POST, Self.q3 + "/start-from-previous", token: token) { res in
                    #expect(res.status == .notFound)
                    #expect(S.code(res) == "report.no_previous")
                }
                let body: [String: AnyEncodable] = [
                    "number": AnyEncodable(219),
                    "signer": AnyEncodable(["name": "Đỗ Thế Ngọc", "role": "vice_chairman"]),
                    "narrative": AnyEncodable([
                        "the-che.1": "Ban hành 03 văn bản chỉ đạo về chuyển đổi số.",
                        "de-xuat.1": "Đề nghị Sở KH&CN hỗ trợ chữ ký số cho người dân.",
                        "ton-tai-han-che.limitations-2": "Chữ ký số mới đạt ~15%.",
                    ]),
                ]
                try await app.call(.PUT, Self.q3, token: token, json: body) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                // The new quarter already has one edit of its own, which must survive.
                try await app.call(.PUT, Self.q4, token: token, json: ["narrative": ["de-xuat.1": "Kiến nghị riêng của quý IV."]]) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                try await app.call(.POST, Self.q4 + "/start-from-previous", token: token) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let result = try S.decoder.decode(StartFromPreviousDTO.self, from: Data(res.body.readableBytesView))
                    #expect(result.previous_period == "2025-Q3")
                    #expect(result.copied == ["the-che.1"])
                    #expect(result.kept == ["de-xuat.1"])
                    #expect(result.skipped == ["ton-tai-han-che.limitations-2"])
                    let model = result.report
                    #expect(model.narrative["the-che.1"] == "Ban hành 03 văn bản chỉ đạo về chuyển đổi số.")
                    #expect(model.narrative["de-xuat.1"] == "Kiến nghị riêng của quý IV.")
                    #expect(model.overrides["ton-tai-han-che.limitations-2"] == nil)
                    #expect(model.settings.number == nil)
                    #expect(model.settings.signer?.name == "Đỗ Thế Ngọc")
                    // Figures are this quarter's: none were entered for Q4, which the report says once, without a table.
                    let section = model.report.sections.first { $0.id == "danh-gia-muc-tieu" }
                    #expect(section?.blocks.contains { if case .table = $0 { return true } else { return false } } == false)
                    #expect(section?.blocks.compactMap { $0.paragraph?.text.plainText }
                        .contains { $0.hasPrefix("Chưa có số liệu các chỉ tiêu của quý IV năm 2025 (10 chỉ tiêu chưa được nhập)") } == true)
                    #expect(model.report.summary.first?.hasSuffix("quý IV năm 2025") == true)
                }
                let q4 = try #require(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds",
                                                                       period: .quarter(4, 2025)))
                #expect(q4.overrides == ["the-che.1": "Ban hành 03 văn bản chỉ đạo về chuyển đổi số.",
                                         "de-xuat.1": "Kiến nghị riêng của quý IV."])
            }
        }

        /// Another commune's admin, and a viewer trying to edit, are refused with 403 and change nothing.
        @Test func otherCommunesAreRefused() async throws {
            try await withApp(sample: true) { app in
                let other = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let viewer = try await app.token("gp-viewer", role: .viewer, unit: Ref.giaPhuc)
                let template = try S.templateDocx(["{xa}"])
                let attempts: [(HTTPMethod, String, String, Bool)] = [
                    (.GET, Self.q3, other, false),
                    (.GET, Self.q3 + "/document?format=docx", other, false),
                    (.PUT, Self.q3, other, false),
                    (.POST, Self.q4 + "/start-from-previous", other, false),
                    (.GET, "/api/v1/units/\(Ref.giaPhuc)/reports", other, false),
                    (.GET, "/api/v1/units/\(Ref.giaPhuc)/report-templates", other, false),
                    (.PUT, "/api/v1/units/\(Ref.giaPhuc)/report-templates/mau", other, true),
                    (.PUT, Self.q3, viewer, false),
                    (.PUT, "/api/v1/units/\(Ref.giaPhuc)/report-templates/mau", viewer, true),
                    (.PUT, "/api/v1/provinces/\(Ref.haiPhong)/report-kinds", other, false),
                ]
                for (method, path, token, upload) in attempts {
                    let payload: [String: Int]? = method == .PUT && !upload ? ["number": 5] : nil
                    try await app.call(method, path, token: token, json: payload, raw: upload ? template : nil) { res in
                        #expect(res.status == .forbidden, "\(method) \(path): \(res.status) \(res.body.string)")
                        #expect(S.code(res) == "forbidden")
                    }
                }
                #expect(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds",
                                                         period: .quarter(3, 2025)) == nil)
                #expect(try await app.store.templates(unitCode: Ref.giaPhuc, actor: consolePrincipal).isEmpty)
                // The viewer reads its own commune's report.
                try await app.call(.GET, Self.q3, token: viewer) { res in #expect(res.status == .ok) }
            }
        }

        /// A commune's own template is filled from the report; an unknown placeholder is named.
        @Test func templatesFillAndNameUnknownPlaceholders() async throws {
            try await withApp(sample: true) { app in
                let token = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let templates = "/api/v1/units/\(Ref.giaPhuc)/report-templates"
                // "{so_ky_hieu}" split over two runs, as Word does.
                let good = try S.templateDocx(["ỦY BAN NHÂN DÂN {XA}", "{so_k|y_hieu}", "{#chua_dat}{stt}. {ten}: {ket_qua}{/chua_dat}"])
                try await app.call(.PUT, templates + "/mau-xa", token: token, raw: good) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let info = try S.decoder.decode(ReportTemplateDTO.self, from: Data(res.body.readableBytesView))
                    #expect(info.placeholders == ["XA", "so_ky_hieu", "chua_dat", "stt", "ten", "ket_qua"])
                }
                try await app.call(.PUT, Self.q3, token: token, json: ["number": 219]) { res in #expect(res.status == .ok) }
                try await app.call(.GET, Self.q3 + "/document?format=docx&template=mau-xa", token: token) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let paragraphs = S.paragraphTexts(try S.documentXML(Data(res.body.readableBytesView)))
                    #expect(paragraphs == [
                        "ỦY BAN NHÂN DÂN GIA PHÚC",
                        "Số: 219/BC-UBND",
                        "3. Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân: ~15%",
                        "7. Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến: 35%",
                        "8. Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa: ~25%",
                    ])
                }
                // The report can name its template, so a plain download uses it.
                try await app.call(.PUT, Self.q3, token: token, json: ["template": "mau-xa"]) { res in #expect(res.status == .ok) }
                try await app.call(.GET, Self.q3 + "/document", token: token) { res in
                    let paragraphs = S.paragraphTexts(try S.documentXML(Data(res.body.readableBytesView)))
                    #expect(paragraphs.first == "ỦY BAN NHÂN DÂN GIA PHÚC")
                }

                let bad = try S.templateDocx(["{xa}", "{ten_chu_tich}"])
                try await app.call(.PUT, templates + "/mau-loi", token: token, raw: bad) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                try await app.call(.GET, Self.q3 + "/document?format=docx&template=mau-loi", token: token) { res in
                    #expect(res.status == .unprocessableEntity)
                    let error = try S.error(res)
                    #expect(error.code == "template.unknown_placeholder")
                    #expect(error.message.hasPrefix("unknown placeholder {ten_chu_tich} in word/document.xml"))
                }
                try await app.call(.PUT, templates + "/khong-phai-docx", token: token, raw: Data("xin chào".utf8)) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(S.code(res) == "template.not_docx")
                }
                try await app.call(.GET, Self.q3 + "/document?template=khong-co", token: token) { res in
                    #expect(res.status == .notFound)
                    #expect(S.code(res) == "report_template.not_found")
                }
                try await app.call(.GET, templates, token: token) { res in
                    let list = try S.decoder.decode([ReportTemplateDTO].self, from: Data(res.body.readableBytesView))
                    #expect(list.map(\.name) == ["mau-loi", "mau-xa"])
                }
                try await app.call(.GET, templates + "/mau-xa", token: token) { res in
                    #expect(res.status == .ok)
                    #expect(Data(res.body.readableBytesView) == good)
                }
                try await app.call(.DELETE, templates + "/mau-xa", token: token) { res in #expect(res.status == .noContent) }
                // The report that named it falls back to the built-in layout.
                #expect(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds",
                                                         period: .quarter(3, 2025))?.templateName == nil)
            }
        }

        /// Without LibreOffice the PDF is a 503 with code pdf_unavailable; with it, a PDF.
        @Test func pdfNeedsLibreOffice() async throws {
            try await withApp(sample: true) { app in
                let token = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                app.reportPDFConverter = PDFConverter(executable: "/nonexistent/soffice")
                try await app.call(.GET, Self.q3 + "/document?format=pdf", token: token) { res in
                    #expect(res.status == .serviceUnavailable)
                    let error = try S.error(res)
                    #expect(error.code == "pdf_unavailable")
                    #expect(error.message.contains("LibreOffice"))
                }
                guard PDFConverter.findSoffice() != nil else { return }
                app.reportPDFConverter = PDFConverter()
                try await app.call(.GET, Self.q3 + "/document?format=pdf", token: token) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    #expect(res.headers.contentType?.serialize() == "application/pdf")
                    #expect(Data(res.body.readableBytesView).starts(with: Array("%PDF".utf8)))
                }
            }
        }

        /// A province adds its own kind as JSON; its communes can write it, other provinces do not see it.
        @Test func provinceKindsAreDataDriven() async throws {
            try await withApp(sample: true) { app in
                let province = try await app.token("hp-so", role: .provinceOfficer, unit: Ref.haiPhong)
                let commune = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let kind = """
                {"code": "hp-quy-cds", "name": "Báo cáo nhanh chuyển đổi số quý", "periodKinds": ["quarter"],
                 "summary": ["Báo cáo nhanh chuyển đổi số {ky}"],
                 "sections": [{"id": "chi-tieu", "title": "Kết quả các chỉ tiêu", "level": 1,
                               "content": [{"generate": "indicator_summary"}, {"generate": "limitations"}]},
                              {"id": "kien-nghi", "title": "Kiến nghị", "level": 1, "content": [{"text": "[Nêu kiến nghị.]"}]}],
                 "recipients": ["- Sở KH&CN thành phố Hải Phòng;", "- Lưu: VT."]}
                """
                try await app.call(.PUT, "/api/v1/provinces/\(Ref.haiPhong)/report-kinds?framework=CL411", token: province,
                                   raw: Data(kind.utf8)) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                try await app.call(.GET, "/api/v1/report-kinds?unit=\(Ref.giaPhuc)", token: commune) { res in
                    let kinds = try S.decoder.decode([ReportKindDTO].self, from: Data(res.body.readableBytesView))
                    #expect(kinds.map(\.code) == ["quarterly-cds", "six-month-cchc", "annual-cds", "plan-progress", "hp-quy-cds"])
                    #expect(kinds.last?.province == Ref.haiPhong)
                }
                try await app.call(.GET, "/api/v1/units/\(Ref.giaPhuc)/reports/hp-quy-cds/2025-Q3", token: commune) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let report = try S.model(res).report
                    #expect(report.sections.map(\.heading) == ["I. Kết quả các chỉ tiêu", "II. Kiến nghị"])
                    #expect(report.bodyPlainText.contains("Còn 03/10 chỉ tiêu chưa đạt mục tiêu:"))
                }
                let nghiDuongHaNoi = try await app.token("hn-so", role: .provinceOfficer, unit: Ref.haNoi)
                try await app.call(.GET, "/api/v1/report-kinds", token: nghiDuongHaNoi) { res in
                    let kinds = try S.decoder.decode([ReportKindDTO].self, from: Data(res.body.readableBytesView))
                    // Without a unit: every built-in kind, the province's reports on their communes included.
                    #expect(kinds.count == 7)
                }
                try await app.call(.GET, "/api/v1/units/\(Ref.giaPhuc)/reports/hp-quy-cds/2025-H1", token: commune) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(S.code(res) == "report.period_not_allowed")
                }
            }
        }

        /// Many communes in one batch come back in the order asked, each its own report.
        @Test func batchRendersEveryCommune() async throws {
            try await withApp(sample: true) { app in
                let results = try await app.reportDocuments(unitCodes: [Ref.nghiDuong, Ref.giaPhuc], kindCode: "quarterly-cds",
                                                            period: .quarter(3, 2025))
                #expect(results.map(\.unitCode) == [Ref.nghiDuong, Ref.giaPhuc])
                let first = S.paragraphTexts(try S.documentXML(results[0].data))
                let second = S.paragraphTexts(try S.documentXML(results[1].data))
                #expect(first.contains("XÃ NGHI DƯƠNG"))
                #expect(first.contains("Chưa có số liệu các chỉ tiêu của quý III năm 2025 (10 chỉ tiêu chưa được nhập); các chỉ tiêu sẽ được đánh giá khi có số liệu."))
                #expect(second.contains("XÃ GIA PHÚC"))
                #expect(second.contains("Còn 03/10 chỉ tiêu chưa đạt mục tiêu:"))
                await #expect { _ = try await app.reportDocuments(unitCodes: [Ref.giaPhuc], kindCode: "khong-co",
                                                                  period: .quarter(3, 2025)) }
                    throws: { ($0 as? AppError)?.code == "report_kind.not_found" }
            }
        }

        /// `xaso report …` writes a DOCX that unzips into a Word document; `xaso report kinds` lists the kinds.
        @Test func cliWritesADocx() async throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-report-\(UUID().uuidString)")
            let db = "sqlite://" + path.path + ".sqlite"
            let out = path.path + ".docx"
            defer {
                for file in [path.path + ".sqlite", path.path + ".sqlite-wal", path.path + ".sqlite-shm", out] {
                    try? FileManager.default.removeItem(atPath: file)
                }
            }
            try await AppRunner.with(AppConfig(databaseURL: db, sample: true, announceAdminPassword: false)) { _ in }
            let command = try #require(try XaSoCommand.parseAsRoot(
                ["report", "--unit", Ref.giaPhuc, "--kind", "quarterly-cds", "--period", "2025-Q3", "--format", "docx",
                 "--out", out, "--number", "219", "--date", "2025-10-21", "--database", db]) as? ReportCommand.Render)
            let written = try await command.result()
            #expect(written.bytes > 4_000)
            let docx = try #require(FileManager.default.contents(atPath: out))
            #expect(docx.count == written.bytes)
            let parts = try DocxArchive.unzip(docx)
            #expect(parts.contains { $0.path == "word/styles.xml" })
            let paragraphs = S.paragraphTexts(try S.documentXML(docx))
            #expect(paragraphs.contains("Số: 219/BC-UBND"))
            #expect(paragraphs.contains("Gia Phúc, ngày 21 tháng 10 năm 2025"))
            #expect(paragraphs.contains("Còn 03/10 chỉ tiêu chưa đạt mục tiêu:"))

            let kinds = try #require(try XaSoCommand.parseAsRoot(["report", "kinds"]) as? ReportCommand.Kinds)
            let list = try JSONSerialization.jsonObject(with: try await kinds.result()) as? [[String: Any]]
            #expect(list?.compactMap { $0["code"] as? String } == ["quarterly-cds", "six-month-cchc", "annual-cds", "plan-progress",
                                                                 "province-quarterly-cds", "province-six-month-cds", "province-annual-cds"])

            #expect(throws: (any Error).self) {
                try XaSoCommand.parseAsRoot(["report", "--unit", Ref.giaPhuc, "--kind", "quarterly-cds"])
            }
            let html = try #require(try XaSoCommand.parseAsRoot(
                ["report", "render", "--unit", "31", "--kind", "quarterly-cds", "--period", "2025-Q3", "--format", "html",
                 "--out", out, "--database", db]) as? ReportCommand.Render)
            await #expect { _ = try await html.result() } throws: { ($0 as? AppError)?.code == "report.unit_not_commune" }
        }
    }
}
