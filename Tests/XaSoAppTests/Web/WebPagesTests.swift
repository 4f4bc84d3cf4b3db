import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// The pages people use, end to end through HTTP, on the sample commune (Gia Phúc, quý III/2025).
    @Suite struct WebPages {
        @Test func dashboardShowsTheSampleCommunesVerdicts() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-viewer", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-viewer")
                // No period in the address: the latest quarter with figures, quý III/2025.
                let page = try await web.get("/units/\(Ref.giaPhuc)")
                #expect(page.status == .ok)
                #expect(page.body.contains("Tổng quan – Xã Gia Phúc"))
                #expect(page.body.contains("<option value=\"2025-Q3\" selected>Quý III năm 2025</option>"))
                for (i, expected) in WebRef.sampleVerdicts.enumerated() {
                    #expect(WebClient.verdict(ofRow: "row-\(WebRef.cl411(i + 1))", in: page.body) == expected,
                            "row \(i + 1)")
                }
                // Counts per verdict for the CL411 table: 2 exceeded, 4 met, 1 approaching, 3 not met.
                let cl411 = try await web.get("/units/\(Ref.giaPhuc)?period=2025-Q3&framework=CL411")
                for (verdict, n) in [("exceeded", 2), ("met", 4), ("approaching", 1), ("not_met", 3), ("no_target", 0), ("no_data", 0)] {
                    #expect(cl411.body.contains("data-verdict=\"\(verdict)\"><span class=\"n\">\(n)</span>"), "\(verdict)")
                }
                #expect(cl411.body.contains("Tỷ lệ chỉ tiêu đạt: 60%"))
                // Vietnamese figures: "~15%" is approximate, the verdict carries the officials' words.
                #expect(cl411.body.contains("~15%"))
                #expect(cl411.body.contains("Tiệm cận mục tiêu"))
                #expect(cl411.body.contains("do người dân chưa phổ cập sử dụng"))
                #expect(cl411.body.contains("<svg"), "verdict chart drawn on the server")
                // All frameworks: the per-framework table, the others have no figures yet.
                #expect(page.body.contains("href=\"#fw-NQ71\""))
            }
        }

        /// The dashboard's content is kept rendered per distinct inputs; a changed figure, target or
        /// review state must show on the very next load.
        @Test func theDashboardShowsEveryChangeAtOnce() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-viewer", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-viewer")
                let url = "/units/\(Ref.giaPhuc)?period=2025-Q3&framework=CL411"
                #expect(WebClient.verdict(ofRow: "row-CL411.07", in: try await web.get(url).body) == "not_met")
                #expect(WebClient.verdict(ofRow: "row-CL411.07", in: try await web.get(url).body) == "not_met")
                let admin = Principal(username: "root", role: .admin, unitCode: nil, provinceCode: nil)
                // 35% against "≥ 40%": 0.875 of the target.
                _ = try await app.store.setTarget(indicator: "CL411.07", year: 2025, text: "≥ 40%", unitCode: nil, actor: admin)
                #expect(WebClient.verdict(ofRow: "row-CL411.07", in: try await web.get(url).body) == "approaching")
                let figure = IndicatorValue(unitCode: Ref.giaPhuc, indicatorCode: "CL411.07", period: .quarter(3, 2025),
                                            value: MeasuredValue(number: 45, approximate: false))
                try await app.store.saveValues([figure], actor: admin)
                let page = try await web.get(url).body
                #expect(WebClient.verdict(ofRow: "row-CL411.07", in: page) == "exceeded")
                #expect(page.contains("45%"))
            }
        }

        @Test func anUnknownAddressIsAPageForBrowsersAndJSONForTheAPI() async throws {
            try await withApp { app in
                let web = WebClient(app)
                var accept = HTTPHeaders()
                accept.replaceOrAdd(name: .accept, value: "text/html,application/xhtml+xml")
                let page = try await web.get("/khong-co-trang-nay", headers: accept)
                #expect(page.status == .notFound)
                #expect(page.body.contains(L.pageNotFound))
                #expect(page.headers.first(name: "Content-Security-Policy") == WebSecurityHeaders.contentSecurityPolicy)
                let api = try await web.get("/api/v1/khong-co", headers: accept)
                #expect(api.status == .notFound)
                #expect(api.body.contains("\"code\":\"http.404\""))
            }
        }

        @Test func anotherCommunesPagesAre403() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                try await app.makeUser("hn-tinh", role: .provinceOfficer, unit: Ref.haNoi)
                let web = WebClient(app)
                try await web.login("nd-admin")
                for path in ["/units/\(Ref.giaPhuc)?period=2025-Q3", "/units/\(Ref.giaPhuc)/indicators/CL411.01",
                             "/units/\(Ref.giaPhuc)/entry", "/units/\(Ref.giaPhuc)/review", "/units/\(Ref.giaPhuc)/import",
                             "/units/\(Ref.giaPhuc)/targets", "/provinces/\(Ref.haiPhong)"] {
                    let page = try await web.get(path)
                    #expect(page.status == .forbidden, "\(path)")
                    #expect(page.body.contains("Không có quyền truy cập"), "\(path)")
                    #expect(!page.body.contains("~15%"), "\(path) leaks no figure")
                }
                // Writing into another commune through the form is refused and stores nothing.
                let own = try await web.get("/units/\(Ref.nghiDuong)/entry?period=2025-Q3")
                let before = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                let write = try await web.post("/units/\(Ref.giaPhuc)/entry",
                                               ["_csrf": own.csrf ?? "", "period": "2025-Q3", "framework": "CL411",
                                                "value-CL411.01": "1%", "action": "submit"])
                #expect(write.status == .forbidden)
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025)) == before)
                // Another province's officer sees neither the commune nor the province table.
                let hanoi = WebClient(app)
                try await hanoi.login("hn-tinh")
                #expect(try await hanoi.get("/units/\(Ref.giaPhuc)?period=2025-Q3").status == .forbidden)
                #expect(try await hanoi.get("/provinces/\(Ref.haiPhong)").status == .forbidden)
                #expect(try await hanoi.get("/units/99999").status == .notFound)
            }
        }

        @Test func enteringValuesThroughTheFormStoresThemAndSubmits() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-vhxh", role: .departmentOfficer, unit: Ref.giaPhuc, department: WebRef.vhxh)
                let web = WebClient(app)
                try await web.login("gp-vhxh")
                let form = try await web.get("/units/\(Ref.giaPhuc)/entry?period=2025-Q4&framework=CL411")
                #expect(form.status == .ok)
                // The culture-society office writes nine of the ten CL411 indicators; the banks report CL411.02.
                #expect(form.body.contains("id=\"value-CL411.01\""))
                #expect(!form.body.contains("id=\"value-CL411.02\""))
                #expect(form.body.contains("<label for=\"value-CL411.03\">3. "))
                // An unreadable figure: an inline message in Vietnamese, the typed text kept, nothing stored.
                let bad = try await web.post("/units/\(Ref.giaPhuc)/entry",
                                             ["_csrf": form.csrf ?? "", "period": "2025-Q4", "framework": "CL411",
                                              "value-CL411.01": "90%", "value-CL411.03": "mười lăm", "action": "draft"])
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.contains("Giá trị \"mười lăm\" không phải là số (ví dụ: 85%, ~15%, 36,7%)."))
                #expect(bad.body.contains("value=\"mười lăm\""))
                #expect(bad.body.contains("aria-invalid=\"true\""))
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025)).isEmpty)
                // A field for an indicator the form did not offer: 403, nothing stored.
                let forged = try await web.post("/units/\(Ref.giaPhuc)/entry",
                                                ["_csrf": form.csrf ?? "", "period": "2025-Q4", "framework": "CL411",
                                                 "value-CL411.01": "90%", "value-CL411.02": "99%", "action": "draft"])
                #expect(forged.status == .forbidden)
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025)).isEmpty)
                // Draft, then submit.
                let draft = try await web.post("/units/\(Ref.giaPhuc)/entry",
                                               ["_csrf": form.csrf ?? "", "period": "2025-Q4", "framework": "CL411",
                                                "value-CL411.03": "~ 20%", "note-CL411.03": "đang tuyên truyền", "action": "draft"])
                #expect(draft.status == .seeOther)
                let saved = try await web.get(try #require(draft.location))
                #expect(saved.body.contains("Đã lưu 1 số liệu."))
                #expect(saved.body.contains("value=\"~20%\""))
                var stored = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025))
                #expect(stored.count == 1)
                #expect(stored.first?.value == MeasuredValue(number: 20, approximate: true))
                #expect(stored.first?.note == "đang tuyên truyền")
                #expect(stored.first?.state == .draft)
                #expect(stored.first?.enteredBy == "gp-vhxh")
                let submit = try await web.post("/units/\(Ref.giaPhuc)/entry",
                                                ["_csrf": form.csrf ?? "", "period": "2025-Q4", "framework": "CL411",
                                                 "value-CL411.01": "86,5%", "value-CL411.03": "~20%",
                                                 "note-CL411.03": "đang tuyên truyền", "action": "submit"])
                #expect(submit.status == .seeOther)
                stored = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025))
                #expect(stored.count == 2)
                #expect(stored.allSatisfy { $0.state == .submitted })
                #expect(stored.first { $0.indicatorCode == "CL411.01" }?.value.number == 86.5)
                // The dashboard judges the new quarter, with the change since quý III.
                let dash = try await web.get("/units/\(Ref.giaPhuc)?period=2025-Q4&framework=CL411")
                #expect(WebClient.verdict(ofRow: "row-CL411.01", in: dash.body) == "exceeded")
                #expect(WebClient.verdict(ofRow: "row-CL411.03", in: dash.body) == "not_met")
                #expect(dash.body.contains("+1,5 điểm %"))
            }
        }

        @Test func communeAdminApprovesOrSendsBackWithAComment() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                try await app.makeUser("gp-vhxh", role: .departmentOfficer, unit: Ref.giaPhuc, department: WebRef.vhxh)
                let officer = WebClient(app)
                try await officer.login("gp-vhxh")
                let form = try await officer.get("/units/\(Ref.giaPhuc)/entry?period=2025-Q4&framework=CL411")
                _ = try await officer.post("/units/\(Ref.giaPhuc)/entry",
                                           ["_csrf": form.csrf ?? "", "period": "2025-Q4", "framework": "CL411",
                                            "value-CL411.01": "88%", "value-CL411.05": "96%", "action": "submit"])
                // The officer cannot review.
                #expect(try await officer.get("/units/\(Ref.giaPhuc)/review?period=2025-Q4").status == .forbidden)

                let chief = WebClient(app)
                try await chief.login("gp-admin")
                let review = try await chief.get("/units/\(Ref.giaPhuc)/review?period=2025-Q4")
                #expect(review.status == .ok)
                #expect(review.body.contains("id=\"review-CL411.01\""))
                #expect(review.body.contains("Chờ duyệt (2)"))
                // Sending back needs a reason.
                let noReason = try await chief.post("/units/\(Ref.giaPhuc)/review",
                                                    ["_csrf": review.csrf ?? "", "period": "2025-Q4", "decision": "return",
                                                     "indicator": "CL411.05", "comment": " "])
                #expect(noReason.status == .unprocessableEntity)
                #expect(noReason.body.contains("Cần ghi rõ lý do trả lại."))
                let back = try await chief.post("/units/\(Ref.giaPhuc)/review",
                                                ["_csrf": review.csrf ?? "", "period": "2025-Q4", "decision": "return",
                                                 "indicator": "CL411.05", "comment": "Kiểm tra lại số hộ có cáp quang"])
                #expect(back.status == .seeOther)
                let approve = try await chief.post("/units/\(Ref.giaPhuc)/review",
                                                   ["_csrf": review.csrf ?? "", "period": "2025-Q4", "decision": "approve",
                                                    "indicator": "CL411.01"])
                #expect(approve.status == .seeOther)
                let values = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025))
                #expect(values.first { $0.indicatorCode == "CL411.01" }?.state == .approved)
                #expect(values.first { $0.indicatorCode == "CL411.05" }?.state == .returned)
                // The officer sees why on the form.
                let again = try await officer.get("/units/\(Ref.giaPhuc)/entry?period=2025-Q4&framework=CL411")
                #expect(again.body.contains("Bị trả lại: Kiểm tra lại số hộ có cáp quang"))
            }
        }

        @Test func valuesAreEscapedEverywhere() async throws {
            try await withApp(sample: true) { app in
                let system = Principal(username: "system", role: .admin, unitCode: nil, provinceCode: nil)
                let evil = "<script>alert(\"x\")</script> & 'q'"
                try await app.store.saveValues([IndicatorValue(unitCode: Ref.giaPhuc, indicatorCode: "CL411.03",
                                                               period: .quarter(3, 2025), value: MeasuredValue(number: 15),
                                                               note: evil, state: .draft, enteredBy: "system")],
                                               actor: system)
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-admin")
                for path in ["/units/\(Ref.giaPhuc)?period=2025-Q3", "/units/\(Ref.giaPhuc)/indicators/CL411.03?period=2025-Q3",
                             "/units/\(Ref.giaPhuc)/entry?period=2025-Q3&framework=CL411"] {
                    let page = try await web.get(path)
                    #expect(page.status == .ok, "\(path)")
                    #expect(!page.body.contains("<script>alert"), "\(path)")
                    #expect(page.body.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'q'")
                        || page.body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"), "\(path)")
                }
                // A hostile search text comes back as text too.
                let search = try await web.get("/units?q=%22%3E%3Cscript%3Ex%3C%2Fscript%3E")
                #expect(!search.body.contains("<script>x"))
                #expect(search.body.contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""))
            }
        }

        @Test func indicatorPageShowsDefinitionTargetsTrendAndHistory() async throws {
            try await withApp(sample: true) { app in
                let system = Principal(username: "system", role: .admin, unitCode: nil, provinceCode: nil)
                try await app.store.saveValues([IndicatorValue(unitCode: Ref.giaPhuc, indicatorCode: "CL411.03",
                                                               period: .quarter(2, 2025), value: MeasuredValue(number: 10),
                                                               enteredBy: "system")], actor: system)
                try await app.makeUser("gp-viewer", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-viewer")
                let page = try await web.get("/units/\(Ref.giaPhuc)/indicators/CL411.03?period=2025-Q3")
                #expect(page.status == .ok)
                #expect(page.body.contains("Phòng Văn hóa - Xã hội"))
                #expect(page.body.contains("&gt; 50%"))
                #expect(page.body.contains("id=\"current-verdict\" data-verdict=\"not_met\""))
                #expect(page.body.contains("id=\"trend-chart-title\""))
                #expect(page.body.contains(">Quý II/2025</text>"))
                #expect(page.body.contains(">~15%</text>"))
                #expect(page.body.contains("Lịch sử thay đổi"))
                #expect(page.body.contains("<td>sample</td>"))
            }
        }

        @Test func importShowsEveryErrorBeforeStoringAndStoresOnlyOnConfirm() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-admin")
                let form = try await web.get("/units/\(Ref.giaPhuc)/import")
                #expect(form.status == .ok)
                let bad = """
                unit_code,indicator_code,period,value,note
                \(Ref.giaPhuc),CL411.01,2025-Q4,90%,
                \(Ref.giaPhuc),CL411.99,2025-Q4,50%,
                \(Ref.giaPhuc),CL411.03,2025-Q4,nhiều,
                \(Ref.nghiDuong),CL411.04,2025-Q4,70%,
                """
                let preview = try await web.postMultipart("/units/\(Ref.giaPhuc)/import", fields: ["_csrf": form.csrf ?? ""],
                                                          file: ("file", "so-lieu.csv", Data(bad.utf8)))
                #expect(preview.status == .unprocessableEntity)
                #expect(preview.body.contains("Dòng 3: mã chỉ tiêu \"CL411.99\" không tồn tại."))
                #expect(preview.body.contains("Dòng 4: giá trị \"nhiều\" không phải là số"))
                #expect(preview.body.contains("Số liệu của đơn vị \(Ref.nghiDuong), không phải \(Ref.giaPhuc)."))
                #expect(preview.body.contains("Tệp có 3 lỗi"))
                #expect(!preview.body.contains("confirm-import"))
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025)).isEmpty)
                // Another commune's rows are named too.
                let other = "unit_code,indicator_code,period,value,note\n\(Ref.nghiDuong),CL411.04,2025-Q4,70%,\n"
                let otherPreview = try await web.postMultipart("/units/\(Ref.giaPhuc)/import", fields: ["_csrf": form.csrf ?? ""],
                                                               file: ("file", "khac.csv", Data(other.utf8)))
                #expect(otherPreview.status == .unprocessableEntity)
                #expect(otherPreview.body.contains("Số liệu của đơn vị \(Ref.nghiDuong), không phải \(Ref.giaPhuc)."))

                let good = "unit_code,indicator_code,period,value,note\n\(Ref.giaPhuc),CL411.01,2025-Q4,\"90,5%\",\n\(Ref.giaPhuc),CL411.03,2025-Q4,~18%,chưa phổ cập\n"
                let ok = try await web.postMultipart("/units/\(Ref.giaPhuc)/import", fields: ["_csrf": form.csrf ?? ""],
                                                     file: ("file", "so-lieu.csv", Data(good.utf8)))
                #expect(ok.status == .ok)
                #expect(ok.body.contains("Tệp hợp lệ: 2 số liệu."))
                #expect(ok.body.contains("90,5%"))
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025)).isEmpty,
                        "nothing stored before confirming")
                let data = try #require(WebClient.attribute(after: "name=\"data\" value=\"", in: ok.body))
                let confirmed = try await web.post("/units/\(Ref.giaPhuc)/import/confirm", ["_csrf": ok.csrf ?? "", "data": data])
                #expect(confirmed.status == .seeOther)
                let stored = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025))
                #expect(stored.count == 2)
                #expect(stored.first { $0.indicatorCode == "CL411.03" }?.value == MeasuredValue(number: 18, approximate: true))
                #expect(try await web.get(try #require(confirmed.location)).body.contains("Đã nhập 2 số liệu từ tệp."))
            }
        }

        @Test func provinceTableRanksCommunesAndNamesTheMissing() async throws {
            try await withApp(sample: true) { app in
                // Nghi Dương meets every CL411 target in quý III: it ranks first, Gia Phúc (6 of 10) second.
                let system = Principal(username: "system", role: .admin, unitCode: nil, provinceCode: nil)
                let all = (1...10).map { i in
                    IndicatorValue(unitCode: Ref.nghiDuong, indicatorCode: WebRef.cl411(i), period: .quarter(3, 2025),
                                   value: MeasuredValue(number: 95), enteredBy: "system")
                }
                try await app.store.saveValues(all, actor: system)
                try await app.makeUser("hp-tinh", role: .provinceOfficer, unit: Ref.haiPhong)
                let web = WebClient(app)
                let login = try await web.login("hp-tinh")
                #expect(login.location == "/provinces/\(Ref.haiPhong)")
                let page = try await web.get("/provinces/\(Ref.haiPhong)")
                #expect(page.status == .ok)
                #expect(page.body.contains("Bảng tổng hợp – Thành phố Hải Phòng"))
                #expect(page.body.contains("<option value=\"2025-Q3\" selected>"))
                let communes = try await app.store.children(of: Ref.haiPhong).filter { $0.level == .commune }.count
                #expect(page.body.contains("Hiển thị \(communes)/\(communes) xã, phường."))
                #expect(page.body.contains("<tr id=\"commune-\(Ref.nghiDuong)\" data-name=\"Xã Nghi Dương\"><td class=\"num\">1</td>"))
                #expect(page.body.contains("<tr id=\"commune-\(Ref.giaPhuc)\" data-name=\"Xã Gia Phúc\"><td class=\"num\">2</td>"))
                #expect(page.body.contains("id=\"ranking-chart-title\""))
                // Every other commune misses every indicator.
                #expect(page.body.contains("\(communes - 2)/\(communes) xã chưa có số liệu"))
                // Filtered to communes with figures, sorted by name, the rows come alphabetically.
                let filtered = try await web.get("/provinces/\(Ref.haiPhong)?period=2025-Q3&framework=CL411&data=1&sort=name")
                #expect(filtered.body.contains("Hiển thị 2/\(communes) xã, phường."))
                let gp = try #require(filtered.body.range(of: "commune-\(Ref.giaPhuc)"))
                let nd = try #require(filtered.body.range(of: "commune-\(Ref.nghiDuong)"))
                #expect(gp.lowerBound < nd.lowerBound)
                let search = try await web.get("/provinces/\(Ref.haiPhong)?period=2025-Q3&q=nghi%20duong")
                #expect(search.body.contains("Hiển thị 1/\(communes) xã, phường."))
                // Clicking through opens the commune, which a province officer may read.
                #expect(try await web.get("/units/\(Ref.nghiDuong)?period=2025-Q3").status == .ok)
                // The province's own report of the quarter shown: linked, listed on the reports page, previewed.
                #expect(page.body.contains("href=\"/units/31/reports?kind=province-quarterly-cds&amp;period=2025-Q3\" id=\"province-report-link\""))
                let reports = try await web.get("/units/31/reports?kind=province-quarterly-cds&period=2025-Q3")
                #expect(reports.status == .ok)
                #expect(reports.body.contains("<option value=\"province-six-month-cds\">"))
                #expect(!reports.body.contains("<option value=\"quarterly-cds\""))
                let preview = try await web.get("/units/31/reports/preview?kind=province-quarterly-cds&period=2025-Q3")
                #expect(preview.status == .ok)
                #expect(preview.body.contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))
                #expect(preview.body.contains("dẫn đầu là xã Nghi Dương ("))
            }
        }

        @Test func adminPagesManageTargetsDepartmentsAndUsersByRole() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let chief = WebClient(app)
                try await chief.login("gp-admin")
                // A commune's own target overrides the national one for its verdicts.
                let targets = try await chief.get("/units/\(Ref.giaPhuc)/targets?framework=CL411")
                #expect(targets.status == .ok)
                let set = try await chief.post("/units/\(Ref.giaPhuc)/targets",
                                               ["_csrf": targets.csrf ?? "", "framework": "CL411", "t-CL411.03-2025": "≥ 15%"])
                #expect(set.status == .seeOther)
                let dash = try await chief.get("/units/\(Ref.giaPhuc)?period=2025-Q3&framework=CL411")
                #expect(WebClient.verdict(ofRow: "row-CL411.03", in: dash.body) == "met")
                // Emptying the box takes the commune's own target away: "> 50%" applies again.
                let cleared = try await chief.post("/units/\(Ref.giaPhuc)/targets",
                                                   ["_csrf": targets.csrf ?? "", "framework": "CL411", "t-CL411.03-2025": ""])
                #expect(cleared.location?.contains("saved=1") == true)
                #expect(try await app.store.communeTargets(unitCode: Ref.giaPhuc).isEmpty)
                let back = try await chief.get("/units/\(Ref.giaPhuc)?period=2025-Q3&framework=CL411")
                #expect(WebClient.verdict(ofRow: "row-CL411.03", in: back.body) == "not_met")
                #expect(try await app.store.auditLog(entity: "target", key: "CL411.03/\(Ref.giaPhuc)/2025").first?.action == "delete")
                // National targets are the admin's.
                #expect(try await chief.get("/indicators/CL411.03/targets").status == .forbidden)
                // Departments.
                let depts = try await chief.get("/units/\(Ref.giaPhuc)/departments")
                let added = try await chief.post("/units/\(Ref.giaPhuc)/departments",
                                                 ["_csrf": depts.csrf ?? "", "name": "Chi nhánh Bưu điện", "kind": "partner"])
                #expect(added.status == .seeOther)
                #expect(try await app.store.departments(of: Ref.giaPhuc).contains { $0.name == "Chi nhánh Bưu điện" })
                let dup = try await chief.post("/units/\(Ref.giaPhuc)/departments",
                                               ["_csrf": depts.csrf ?? "", "name": "chi nhanh buu dien", "kind": "partner"])
                #expect(dup.status == .unprocessableEntity)
                // Figures of the commune's own (issue #11): listed with XaSo's sets, added with their sentence.
                let figures = try await chief.get("/units/\(Ref.giaPhuc)/figures")
                #expect(figures.status == .ok)
                #expect(figures.body.contains("XS-CDS.12") && figures.body.contains("Kết quả ký số văn bản đi {ky} đạt tỷ lệ {value}"))
                let badFigure = try await chief.post("/units/\(Ref.giaPhuc)/figures",
                                                     ["_csrf": figures.csrf ?? "", "code": "GP.CAMERA", "framework": "XS-CDS",
                                                      "name": "Số hộ lắp camera", "unit": "hộ", "unit_kind": "count",
                                                      "sentence": "Có {so_ho} hộ."])
                #expect(badFigure.status == .unprocessableEntity)
                #expect(badFigure.body.contains("câu có biến không dùng được: {so_ho}"))
                let addedFigure = try await chief.post("/units/\(Ref.giaPhuc)/figures",
                                                       ["_csrf": figures.csrf ?? "", "code": "GP.CAMERA", "framework": "XS-CDS",
                                                        "name": "Số hộ lắp camera", "unit": "hộ", "unit_kind": "count",
                                                        "owner": "Công an xã", "sentence": "Toàn {cap_xa} có {value} hộ lắp camera{change}."])
                #expect(addedFigure.status == .seeOther)
                #expect(try await app.store.indicator("GP.CAMERA", unitCode: Ref.giaPhuc).scopeUnitCode == Ref.giaPhuc)
                // Users: a commune admin adds an officer of their commune, never a province officer.
                let users = try await chief.get("/users")
                #expect(users.status == .ok)
                #expect(!users.body.contains("value=\"province_officer\""))
                let created = try await chief.post("/users", ["_csrf": users.csrf ?? "", "username": "gp-kt",
                                                              "password": "mat-khau-456", "role": "department_officer",
                                                              "department": "Phòng Kinh tế"])
                #expect(created.status == .seeOther)
                let kt = try #require(try await app.store.user(named: "gp-kt"))
                #expect(kt.unitCode == Ref.giaPhuc)
                #expect(kt.department == "Phòng Kinh tế")
                let forged = try await chief.post("/users", ["_csrf": users.csrf ?? "", "username": "tinh-gia",
                                                             "password": "mat-khau-456", "role": "province_officer"])
                #expect(forged.status == .unprocessableEntity || forged.status == .forbidden)
                #expect(try await app.store.user(named: "tinh-gia") == nil)
                let short = try await chief.post("/users", ["_csrf": users.csrf ?? "", "username": "gp-xem",
                                                            "password": "123", "role": "viewer"])
                #expect(short.status == .unprocessableEntity)
                #expect(short.body.contains("Mật khẩu cần ít nhất 8 ký tự."))
            }
        }
    }
}
