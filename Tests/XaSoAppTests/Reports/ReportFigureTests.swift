import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Issue #11: the figures a report states in sentences — imported with their parts, stated in
    /// the six-month report in the reference's words, added by a commune without code.
    @Suite struct ReportFigures {
        typealias S = ReportTestSupport
        static let sixMonth = "/api/v1/units/\(Ref.nghiDuong)/reports/six-month-cchc/2026-H1"

        /// Nghi Dương's six-month figures as its report states them, and three kinds the import must read:
        /// a share as "15/20", a yes/no, a text with a comma (quoted).
        static let figures = """
        unit_code,indicator_code,period,value,numerator,denominator,reporting_body,note
        11713,XS-CCHC.09,2026-H1,40,,,,
        11713,XS-CCHC.10,2026-H1,35,,,,
        11713,XS-CCHC.15,2026-H1,10,,,,
        11713,XS-CCHC.16,2026-H1,10,,,,
        11713,XS-CDS.12,2026-H1,100%,,,,
        11713,XS-CDS.15,2026-H1,0,,,,
        11713,XS-CDS.18,2026-H1,15/20,,,Phòng Kinh tế,
        11713,XS-CDS.26,2026-H1,Không,,,,
        11713,XS-CDS.21,2026-H1,"VNPT, Viettel",,,,
        11713,XS-CDS.23,2026-H1,,45,50,Ngân hàng Agribank chi nhánh Nghi Dương,
        """

        @Test func figuresAreImportedAndStatedInTheReport() async throws {
            try await withApp { app in
                let token = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.nghiDuong)/values/import", headers: .bearer(token),
                                             beforeRequest: { $0.body = ByteBuffer(string: Self.figures) }) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let summary = try res.content.decode(XaSoStore.ImportSummary.self)
                    #expect(summary == .init(inserted: 10, updated: 0))
                }
                let values = try await app.store.values(unitCode: Ref.nghiDuong, period: .half(1, 2026))
                let byCode = Dictionary(uniqueKeysWithValues: values.map { ($0.indicatorCode, $0) })
                #expect(byCode["XS-CDS.18"]?.value.number == 75)
                #expect(byCode["XS-CDS.18"]?.numerator == 15 && byCode["XS-CDS.18"]?.denominator == 20)
                #expect(byCode["XS-CDS.26"]?.value.number == 0)
                #expect(byCode["XS-CDS.21"]?.value.text == "VNPT, Viettel")
                #expect(byCode["XS-CDS.23"]?.value.number == 90)
                #expect(byCode["XS-CDS.23"]?.reportingBody == "Ngân hàng Agribank chi nhánh Nghi Dương")

                var model: ReportModelDTO?
                try await app.call(.GET, Self.sixMonth, token: token) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    model = try S.model(res)
                }
                let report = try #require(model).report
                func text(_ id: String) -> [String] {
                    report.sections.first { $0.id == id }?.blocks.compactMap { $0.paragraph?.text.plainText } ?? []
                }
                #expect(text("cai-cach-bo-may").first?.hasPrefix(
                    "Tổng số biên chế công chức được giao trong năm: 40 người. Số công chức có mặt đến thời điểm báo cáo: 35 người. [Bổ sung số liệu: biên chế viên chức được giao; số viên chức có mặt đến thời điểm báo cáo.]") == true)
                #expect(text("chinh-quyen-so").first?.hasPrefix("Kết quả ký số văn bản đi 6 tháng đầu năm 2026 đạt tỷ lệ 100%.") == true)
                #expect(text("an-toan-thong-tin") == ["Trong 6 tháng đầu năm 2026, trên địa bàn xã không phát sinh sự cố liên quan đến an toàn, an ninh thông tin mạng."])
                #expect(text("ha-tang-so").first?.contains("15/20 thôn được phủ sóng 4G, đạt 75%.") == true)
                #expect(text("kinh-te-so").first?.contains("45/50 đối tượng bảo trợ xã hội, người có công có tài khoản thanh toán, đạt 90%.") == true)
                #expect(text("cai-cach-tthc").last == "Tổng số TTHC có yêu cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí,...) là 10 thủ tục. Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC quốc gia là 10 thủ tục.")
                // Drafts: the report says so until they are approved.
                #expect(report.draft)
                var xml = ""
                try await app.testing().test(.GET, Self.sixMonth + "/document?format=docx", headers: .bearer(token)) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    xml = try S.documentXML(Data(res.body.readableBytesView))
                }
                #expect(S.paragraphTexts(xml).first == "DỰ THẢO")
            }
        }

        /// Bad rows are named, and nothing of the file is stored.
        @Test func badFigureRowsStoreNothing() async throws {
            try await withApp { app in
                let token = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let bad = """
                unit_code,indicator_code,period,value,numerator,denominator
                11713,XS-CDS.16,2026-H1,12,,
                11713,XS-CDS.99,2026-H1,3,,
                11713,XS-CDS.18,2026-H1,21/20,,
                11713,XS-CDS.03,2026-H1,mười ba,,
                11713,XS-CDS.26,2026-H1,có lẽ,,
                """
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.nghiDuong)/values/import", headers: .bearer(token),
                                             beforeRequest: { $0.body = ByteBuffer(string: bad) }) { res in
                    #expect(res.status == .unprocessableEntity, "\(res.body.string)")
                    let issues = try S.error(res).issues ?? []
                    let found = Set(issues.map { "\($0.row) \($0.field) \($0.code)" })
                    #expect(found.contains("3 indicator_code indicator.unknown"), "\(found)")
                    #expect(found.contains("4 numerator numerator.above_denominator"), "\(found)")
                    // The part read from "21/20" is named by that value.
                    #expect(issues.contains { $0.code == "numerator.above_denominator" && $0.value == "21/20" })
                    #expect(found.contains("5 value value.invalid"), "\(found)")
                    #expect(found.contains("6 value value.invalid"), "\(found)")
                }
                #expect(try await app.store.values(unitCode: Ref.nghiDuong, period: .half(1, 2026)).isEmpty)
            }
        }

        /// A commune adds a figure of its own; it is listed for that commune only, and stated in its words.
        @Test func aCommuneAddsItsOwnFigure() async throws {
            try await withApp { app in
                let admin = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let other = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let body = FrameworksController.NewFigureInput(
                    code: "ND.CAMERA", framework: "XS-CDS", name: "Số hộ lắp camera an ninh kết nối Công an xã", unit: "hộ",
                    unit_kind: "count", owners: ["Công an xã"],
                    sentences: ["Toàn {cap_xa} có {value} hộ lắp camera an ninh kết nối với Công an xã{change}."],
                    scope_unit_code: Ref.nghiDuong)
                try await app.call(.POST, "/api/v1/indicators", token: other, json: body) { res in
                    #expect(res.status == .forbidden)
                }
                var bad = body
                bad.sentences = ["Có {so_ho} hộ."]
                try await app.call(.POST, "/api/v1/indicators", token: admin, json: bad) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(S.code(res) == "sentence.unknown_variable")
                }
                try await app.call(.POST, "/api/v1/indicators", token: admin, json: body) { res in
                    #expect(res.status == .created, "\(res.body.string)")
                }
                try await app.call(.POST, "/api/v1/indicators", token: admin, json: body) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(S.code(res) == "indicator.code_taken")
                }
                #expect(try await app.store.indicators(framework: "XS-CDS", unitCode: Ref.nghiDuong).contains { $0.code == "ND.CAMERA" })
                #expect(try await app.store.indicators(framework: "XS-CDS", unitCode: Ref.giaPhuc).contains { $0.code == "ND.CAMERA" } == false)
                // Its figure imports and states itself.
                let indicator = try await app.store.indicator("ND.CAMERA", unitCode: Ref.nghiDuong)
                let figure = ReportFigure(indicator: indicator, value: IndicatorValue(
                    unitCode: Ref.nghiDuong, indicatorCode: "ND.CAMERA", period: .half(1, 2026), value: MeasuredValue(number: 120)),
                    previous: IndicatorValue(unitCode: Ref.nghiDuong, indicatorCode: "ND.CAMERA", period: .half(2, 2025),
                                             value: MeasuredValue(number: 100)))
                #expect(FigureSentence.sentence(figure, reportVariables: ["cap_xa": "xã"])
                        == "Toàn xã có 120 hộ lắp camera an ninh kết nối với Công an xã (tăng 20 hộ so với kỳ trước).")
            }
        }

        /// `xaso indicators add` and `xaso indicators list --framework XS-CDS`.
        @Test func figuresThroughTheCLI() async throws {
            let db = CLITests.scratchDatabase()
            defer { try? FileManager.default.removeItem(atPath: db.path) }
            let add = try #require(try XaSoCommand.parseAsRoot(
                ["indicators", "add", "--code", "ND.LOA", "--framework", "XS-CDS", "--name", "Số cụm loa thông minh",
                 "--unit", "cụm", "--unit-kind", "count", "--owner", "Phòng Văn hóa - Xã hội", "--scope", "11713",
                 "--sentence", "Lắp đặt {value} cụm loa thông minh.", "--database", db.url]) as? IndicatorsCommand.Add)
            let added = try await add.result()
            #expect(added.code == "ND.LOA" && added.framework == "XS-CDS" && added.scope_unit_code == "11713")
            let badKind = try #require(try XaSoCommand.parseAsRoot(
                ["indicators", "add", "--code", "ND.X", "--framework", "XS-CDS", "--name", "X", "--unit-kind", "words",
                 "--database", db.url]) as? IndicatorsCommand.Add)
            await #expect { _ = try await badKind.result() } throws: { ($0 as? AppError)?.code == "unit_kind.invalid" }
        }
    }
}

/// `xaso report render` with the signer, a subtitle and the framework chosen for one run (issue #11).
@Suite struct ReportRenderCLITests {
    @Test func signerSubtitleAndFrameworkForOneRun() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bc-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let render = try #require(try XaSoCommand.parseAsRoot(
            ["report", "render", "--unit", "11713", "--kind", "six-month-cchc", "--period", "2026-H1", "--format", "html",
             "--out", out, "--signer-title", "Phó Chủ tịch", "--signer-name", "Lưu Thị Tươi",
             "--subtitle", "(Phục vụ Kỳ họp thứ 3 - kỳ họp thường lệ giữa năm 2026",
             "--subtitle", "Hội đồng nhân dân xã khóa II, nhiệm kỳ 2026 - 2031)", "--database", db.url]) as? ReportCommand.Render)
        _ = try await render.result()
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("KT. CHỦ TỊCH") && html.contains("PHÓ CHỦ TỊCH") && html.contains("Lưu Thị Tươi"))
        #expect(html.contains("(Phục vụ Kỳ họp thứ 3 - kỳ họp thường lệ giữa năm 2026"))
        #expect(html.contains("- Các đại biểu HĐND xã (để b/c);"))
        let bad = try #require(try XaSoCommand.parseAsRoot(
            ["report", "render", "--unit", "11713", "--kind", "quarterly-cds", "--period", "2025-Q3", "--format", "html",
             "--out", out, "--framework", "KHONG-CO", "--database", db.url]) as? ReportCommand.Render)
        await #expect { _ = try await bad.result() } throws: { ($0 as? AppError)?.kind == .notFound }
    }
}
