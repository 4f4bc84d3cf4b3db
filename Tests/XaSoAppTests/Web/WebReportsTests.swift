import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoDocuments
@testable import XaSoPersistence

extension DatabaseTests {
    /// The reports page end to end through HTTP: choose, edit, save, preview, download.
    @Suite struct WebReports {
        static let page = "/units/\(Ref.giaPhuc)/reports?kind=quarterly-cds&period=2025-Q3"
        static let firstParagraph = "danh-gia-tinh-hinh.1"

        /// The editor's fields as the browser would post them back unchanged, plus the CSRF token.
        static func fields(of html: String) throws -> [String: String] {
            var form: [String: String] = ["_csrf": try #require(WebClient.attribute(after: "name=\"_csrf\" value=\"", in: html))]
            for name in ["number", "date", "signer"] {
                form[name] = WebClient.attribute(after: "name=\"\(name)\" value=\"", in: html) ?? ""
            }
            var i = 0
            while let id = WebClient.attribute(after: "name=\"id\(i)\" value=\"", in: html) {
                form["id\(i)"] = id
                form["text\(i)"] = try #require(textarea("text\(i)", in: html))
                i += 1
            }
            return form
        }

        /// The text of a textarea, unescaped (the only entities our escaping writes in text).
        static func textarea(_ name: String, in html: String) -> String? {
            guard let start = html.range(of: "name=\"\(name)\""), let open = html[start.upperBound...].range(of: ">"),
                  let close = html[open.upperBound...].range(of: "</textarea>") else { return nil }
            return String(html[open.upperBound..<close.lowerBound])
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }

        static func index(of id: String, in form: [String: String]) throws -> Int {
            let key = try #require(form.first { $0.key.hasPrefix("id") && $0.value == id }?.key)
            return try #require(Int(key.dropFirst(2)))
        }

        /// Issue #11: the indicator table's framework is a choice on the page, kept with the report.
        @Test func theFrameworkIsChosenOnThePage() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-admin")
                let shown = try await web.get(Self.page)
                #expect(shown.body.contains("<select id=\"framework\" name=\"framework\">"))
                #expect(shown.body.contains("<option value=\"NQ71\">"))
                var form = try Self.fields(of: shown.body)
                form["framework"] = "NQ71"
                let saved = try await web.post(Self.page, form)
                #expect(saved.status == .seeOther, "\(saved.body)")
                let stored = try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds", period: .quarter(3, 2025))
                #expect(stored?.framework == "NQ71")
                let preview = try await web.get("/units/\(Ref.giaPhuc)/reports/preview?kind=quarterly-cds&period=2025-Q3")
                // NQ71's 34 indicators, none entered for Gia Phúc: said once, instead of CL411's table.
                #expect(preview.body.contains("(34 chỉ tiêu chưa được nhập)"))
                #expect(!preview.body.contains("Tỷ lệ dân số trưởng thành có điện thoại thông minh"))
            }
        }

        @Test func communeAdminEditsTheNarrativeSavesAndDownloads() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-admin")
                let shown = try await web.get(Self.page)
                #expect(shown.status == .ok, "\(shown.body)")
                #expect(shown.body.contains("Báo cáo quý tình hình thực hiện"))
                var form = try Self.fields(of: shown.body)
                let i = try Self.index(of: Self.firstParagraph, in: form)
                // The default narrative with the period filled in and its hint still to replace.
                #expect(form["text\(i)"]?.hasPrefix("Trong quý III năm 2025, Ủy ban nhân dân xã Gia Phúc") == true)
                #expect(form["text\(i)"]?.hasSuffix("[Bổ sung đánh giá chung về tình hình của đơn vị.]") == true)

                form["number"] = "219"
                form["date"] = "21/10/2025"
                form["signer"] = "Đỗ Thế Ngọc"
                form["signer_role"] = "vice_chairman"
                form["text\(i)"] = "Quý III, xã đạt 6/10 chỉ tiêu & vượt 2 chỉ tiêu.\r\n- Hạ tầng cáp quang còn thiếu ở thôn 3.\r\n"
                let saved = try await web.post(Self.page, form)
                #expect(saved.status == .seeOther, "\(saved.body)")
                #expect(saved.location?.contains("saved=1") == true)

                let stored = try #require(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds",
                                                                         period: .quarter(3, 2025)))
                #expect(stored.number == 219)
                #expect(stored.date == DocumentDate(year: 2025, month: 10, day: 21))
                #expect(stored.signature == .viceChairman("Đỗ Thế Ngọc"))
                // Only the paragraph that changed is an edit; the unchanged defaults are not copied in.
                #expect(stored.overrides == [Self.firstParagraph: "Quý III, xã đạt 6/10 chỉ tiêu & vượt 2 chỉ tiêu.\n- Hạ tầng cáp quang còn thiếu ở thôn 3."])

                let after = try await web.get(try #require(saved.location))
                #expect(after.body.contains(L.reportSaved))
                #expect(Self.textarea("text\(i)", in: after.body) == "Quý III, xã đạt 6/10 chỉ tiêu & vượt 2 chỉ tiêu.\n- Hạ tầng cáp quang còn thiếu ở thôn 3.")

                let preview = try await web.get("/units/\(Ref.giaPhuc)/reports/preview?kind=quarterly-cds&period=2025-Q3")
                #expect(preview.status == .ok)
                #expect(preview.headers.first(name: "Content-Security-Policy") == ReportDocumentRoutes.previewPolicy)
                #expect(preview.headers.first(name: "X-Frame-Options") == "SAMEORIGIN")
                #expect(preview.body.contains("Số: 219/BC-UBND"))
                #expect(preview.body.contains("Quý III, xã đạt 6/10 chỉ tiêu &amp; vượt 2 chỉ tiêu."))
                #expect(preview.body.contains("PHÓ CHỦ TỊCH"))
                #expect(!preview.body.contains("<script"))

                let docx = try await web.get("/units/\(Ref.giaPhuc)/reports/document?kind=quarterly-cds&period=2025-Q3&format=docx")
                #expect(docx.status == .ok)
                #expect(docx.headers.first(name: .contentType) == ReportFormat.docx.contentType)
                let text = try DocxTextExtractor.paragraphs(from: docx.data).joined(separator: "\n")
                #expect(text.contains("Hạ tầng cáp quang còn thiếu ở thôn 3."))

                // Putting the default text back drops the edit rather than storing a copy of it.
                var reset = try Self.fields(of: after.body)
                reset["text\(i)"] = "Trong quý III năm 2025, Ủy ban nhân dân xã Gia Phúc đã tập trung chỉ đạo, triển khai đồng bộ các nhiệm vụ phát triển kinh tế - xã hội, cải cách hành chính và chuyển đổi số theo chỉ đạo của cấp trên. [Bổ sung đánh giá chung về tình hình của đơn vị.]"
                reset["signer_role"] = "vice_chairman"
                #expect(try await web.post(Self.page, reset).status == .seeOther)
                let again = try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds", period: .quarter(3, 2025))
                #expect(again?.overrides == [:])
                #expect(again?.number == 219)
            }
        }

        @Test func aBadNumberIsNamedAndNothingIsStored() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-admin")
                var form = try Self.fields(of: try await web.get(Self.page).body)
                let i = try Self.index(of: Self.firstParagraph, in: form)
                form["number"] = "219a"
                form["text\(i)"] = "Đoạn vừa viết."
                let refused = try await web.post(Self.page, form)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.contains(L.reportNumberInvalid("219a")))
                // What was typed is still there to correct.
                #expect(Self.textarea("text\(i)", in: refused.body) == "Đoạn vừa viết.")
                #expect(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds", period: .quarter(3, 2025)) == nil)

                let wrongPeriod = try await web.get("/units/\(Ref.giaPhuc)/reports?kind=quarterly-cds&period=2025-H1")
                #expect(wrongPeriod.status == .unprocessableEntity)
                #expect(wrongPeriod.body.contains("không lập cho kỳ 6 tháng đầu năm 2025"))
            }
        }

        @Test func othersReadOrAreRefused() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-vhxh", role: .departmentOfficer, unit: Ref.giaPhuc, department: WebRef.vhxh)
                try await app.makeUser("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let officer = WebClient(app)
                try await officer.login("gp-vhxh")
                let page = try await officer.get(Self.page)
                #expect(page.status == .ok)
                #expect(page.body.contains(L.readOnlyReport))
                #expect(!page.body.contains("id=\"report-editor\""))
                // Hiding the form is not the permission: the store refuses the post.
                let post = try await officer.post(Self.page, ["_csrf": try #require(page.csrf), "number": "5"])
                #expect(post.status == .forbidden)
                #expect(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds", period: .quarter(3, 2025)) == nil)

                let outsider = WebClient(app)
                try await outsider.login("nd-admin")
                #expect(try await outsider.get(Self.page).status == .forbidden)
                #expect(try await outsider.get("/units/\(Ref.giaPhuc)/reports/document?kind=quarterly-cds&period=2025-Q3&format=docx").status == .forbidden)
                #expect(try await outsider.get("/units/\(Ref.giaPhuc)/reports/preview?kind=quarterly-cds&period=2025-Q3").status == .forbidden)
            }
        }

        @Test func withoutLibreOfficeThePDFLinkSaysSo() async throws {
            try await withApp(sample: true) { app in
                app.reportPDFConverter = PDFConverter(executable: "/nonexistent/soffice")
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-admin")
                let pdf = try await web.get("/units/\(Ref.giaPhuc)/reports/document?kind=quarterly-cds&period=2025-Q3&format=pdf")
                #expect(pdf.status == .serviceUnavailable)
                #expect(pdf.body.contains("LibreOffice"))
                #expect(pdf.headers.first(name: .contentType)?.contains("text/html") == true)
            }
        }
    }
}
