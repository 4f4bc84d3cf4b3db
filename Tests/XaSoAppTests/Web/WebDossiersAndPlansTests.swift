import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// The dossier and plan-task pages, end to end through HTTP.
    @Suite struct WebDossiersAndPlans {
        static let catalogue = """
            Mã thủ tục,Tên thủ tục,Lĩnh vực,Mức độ DVC,Có phí,Thanh toán trực tuyến
            HT99,Đăng ký khai sinh,Hộ tịch,Toàn trình,Không,Không
            DD01,Đăng ký biến động đất đai,Đất đai,Một phần,Không,Không

            """

        /// Worked by hand for 2026-H1 (cut-off 15/12/2025–14/06/2026): HS1 carried over and resolved early;
        /// received in the period HS2–HS7 (6), online HS2, HS5, HS6, HS7 (4 → 66,7%); resolved early HS1, HS2, HS7,
        /// on the due day HS3, late HS4 (Đất đai, 5 days), refused HS5 → resolved 6, on time 4 → 66,7%;
        /// HS6 still open and within its deadline.
        static let ledger = """
            Mã hồ sơ,Mã thủ tục,Hình thức nộp,Ngày tiếp nhận,Hạn xử lý,Ngày có kết quả,Kết quả,Thanh toán trực tuyến,Ngày cập nhật hệ thống
            HS1,HT99,Trực tuyến,01/12/2025 08:00,20/12/2025,18/12/2025 10:00,Đã trả kết quả,,01/12/2025
            HS2,HT99,Trực tuyến,10/01/2026 09:00,20/01/2026,15/01/2026 15:00,Đã trả kết quả,,10/01/2026
            HS3,HT99,Trực tiếp,10/01/2026 09:00,20/01/2026,20/01/2026 15:00,Đã trả kết quả,,10/01/2026
            HS4,DD01,Trực tiếp,10/02/2026,20/02/2026,25/02/2026,Đã trả kết quả,,10/02/2026
            HS5,HT99,Trực tuyến,03/03/2026,13/03/2026,05/03/2026,Từ chối,,03/03/2026
            HS6,HT99,Trực tuyến,10/06/2026,20/06/2026,,Đang xử lý,,10/06/2026
            HS7,HT99,Trực tuyến,12/01/2026,22/01/2026,16/01/2026,Đã trả kết quả,,12/01/2026

            """

        /// The figure in the row `ds-<id>` of the statistics table.
        static func figure(_ id: String, in html: String) -> String? {
            guard let row = html.range(of: "id=\"ds-\(id)\"") else { return nil }
            let rest = html[row.upperBound...]
            guard let cell = rest.range(of: "<td class=\"num\">"), let end = rest[cell.upperBound...].range(of: "</td>") else { return nil }
            return String(rest[cell.upperBound..<end.lowerBound])
        }

        static func upload(_ web: WebClient, _ unit: String, kind: String, _ text: String, csrf: String) async throws -> WebClient.Page {
            try await web.postMultipart("/units/\(unit)/dossiers?period=2026-H1", fields: ["_csrf": csrf, "kind": kind],
                                        file: (name: "file", filename: "\(kind).csv", data: Data(text.utf8)))
        }

        @Test func dossierPageShowsTheLedgersCounts() async throws {
            try await withApp { app in
                try await app.makeUser("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let web = WebClient(app)
                try await web.login("nd-admin")
                let empty = try await web.get("/units/\(Ref.nghiDuong)/dossiers?period=2026-H1")
                #expect(empty.status == .ok)
                let csrf = try #require(empty.csrf)
                let first = try await Self.upload(web, Ref.nghiDuong, kind: "procedures", Self.catalogue, csrf: csrf)
                #expect(first.status == .seeOther, "\(first.body)")
                let second = try await Self.upload(web, Ref.nghiDuong, kind: "dossiers", Self.ledger, csrf: csrf)
                #expect(second.status == .seeOther, "\(second.body)")
                let page = try await web.get(try #require(second.location))
                #expect(page.status == .ok)
                #expect(page.body.contains("Đã lưu 7 hồ sơ."))
                let expected = ["received-total": "7", "carried-over": "1", "received": "6", "online": "4", "online-rate": "66,7%",
                                "resolved": "6", "early-on-time": "4", "late": "1", "rejected": "1", "withdrawn": "0",
                                "in-progress": "1", "in-progress-late": "0", "on-time-rate": "66,7%"]
                for (id, value) in expected {
                    #expect(Self.figure(id, in: page.body) == value, "\(id)")
                }
                #expect(page.body.contains("<li>Đất đai: 1</li>"))
                #expect(page.body.contains("<td>HS4</td>"))
                #expect(page.body.contains("quá hạn 5 ngày"))
                // Decision 766's section: 4 of 6 resolved early or on time → 20 × 4 ÷ 6 = 13,33 of 20 points.
                #expect(page.body.contains("id=\"service-index\""))
                #expect(page.body.contains("13,33/20"))
                #expect(page.body.contains("Chưa có số liệu"), "digitisation not stated by this ledger")
                #expect(page.body.contains("Hồ sơ TTHC"), "menu link")
                // The dashboard links to both pages, whoever reads it.
                let dashboard = try await web.get("/units/\(Ref.nghiDuong)")
                #expect(dashboard.body.contains("href=\"/units/\(Ref.nghiDuong)/dossiers\""))
                #expect(dashboard.body.contains("href=\"/units/\(Ref.nghiDuong)/tasks\""))
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 7)

                // The province's table: the commune's row and the total carry the same figures.
                try await app.makeUser("hp-tinh", role: .provinceOfficer, unit: Ref.haiPhong)
                let province = WebClient(app)
                try await province.login("hp-tinh")
                let table = try await province.get("/units/\(Ref.haiPhong)/dossiers?period=2026-H1")
                #expect(table.status == .ok)
                #expect(table.body.contains("id=\"dc-\(Ref.nghiDuong)\""))
                #expect(table.body.contains("id=\"dc-total\""))
                #expect(!table.body.contains("upload-dossiers"), "a province officer gets no upload form")
                // Sorted by late dossiers, the one commune with a late dossier comes first; by name, it does not.
                func firstRow(_ html: String) -> String? { WebClient.attribute(after: "<tr id=\"", in: html) }
                #expect(firstRow(try await province.get("/units/\(Ref.haiPhong)/dossiers?period=2026-H1&sort=late").body)
                        == "dc-\(Ref.nghiDuong)")
                #expect(firstRow(table.body) != "dc-\(Ref.nghiDuong)")
                // Sorted by the service index, communes scoring least come first: not the one with a ledger.
                let byIndex = try await province.get("/units/\(Ref.haiPhong)/dossiers?period=2026-H1&sort=service_index").body
                #expect(firstRow(byIndex) != "dc-\(Ref.nghiDuong)")
                #expect(byIndex.contains("Chỉ số phục vụ (QĐ 766)"))
                // Filtering by name without diacritics keeps the total of the whole province.
                let filtered = try await province.get("/units/\(Ref.haiPhong)/dossiers?period=2026-H1&q=nghi%20duong")
                #expect(filtered.body.components(separatedBy: "<tr id=\"dc-").count - 1 == 2, "the commune and the total")
                #expect(filtered.body.contains("id=\"dc-\(Ref.nghiDuong)\""))
                #expect(filtered.body.contains("Hiển thị 1/"))
            }
        }

        @Test func aBadRowIsShownAndNothingIsStored() async throws {
            try await withApp { app in
                try await app.makeUser("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let web = WebClient(app)
                try await web.login("nd-admin")
                let csrf = try #require(try await web.get("/units/\(Ref.nghiDuong)/dossiers").csrf)
                _ = try await Self.upload(web, Ref.nghiDuong, kind: "procedures", Self.catalogue, csrf: csrf)
                let bad = Self.ledger.replacingOccurrences(of: "HS2,HT99", with: "HS2,XX9")
                    .replacingOccurrences(of: "HS6,HT99,Trực tuyến,10/06/2026,20/06/2026", with: "HS6,HT99,Trực tuyến,10/06/2026,05/06/2026")
                let page = try await Self.upload(web, Ref.nghiDuong, kind: "dossiers", bad, csrf: csrf)
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.contains("id=\"import-issues\""))
                #expect(page.body.contains("Tệp có 2 lỗi"))
                // Every row's message is the parser's own, word for word.
                let catalogue = try await app.store.procedures(unitCode: Ref.nghiDuong)
                var failure = DossierImportFailure(issues: [])
                do {
                    _ = try DossierLedgerParser.parse(rows: try TableFile.rows(Data(bad.utf8)), knownProcedures: catalogue)
                } catch let f as DossierImportFailure {
                    failure = f
                }
                #expect(failure.issues.map(\.row) == [3, 7])
                for issue in failure.issues {
                    var escaped = ""
                    Node.text(issue.vietnamese).render(into: &escaped)
                    #expect(page.body.contains(escaped), "\(issue.vietnamese)")
                }
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 0)
            }
        }

        /// The upload script's token: the server counts the checked rows under it, for the uploader only.
        @Test func theServerSaysHowManyRowsItHasChecked() async throws {
            try await withApp { app in
                try await app.makeUser("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                try await app.makeUser("nd-viewer", role: .viewer, unit: Ref.nghiDuong)
                let web = WebClient(app)
                try await web.login("nd-admin")
                let form = try await web.get("/units/\(Ref.nghiDuong)/dossiers")
                #expect(form.body.contains("data-progress=\"/units/\(Ref.nghiDuong)/dossiers/progress\""))
                let csrf = try #require(form.csrf)
                _ = try await Self.upload(web, Ref.nghiDuong, kind: "procedures", Self.catalogue, csrf: csrf)
                let token = "0123456789abcdef0123456789abcdef"
                let progressURL = "/units/\(Ref.nghiDuong)/dossiers/progress?token=\(token)"
                #expect(try await web.get(progressURL).status == .notFound, "nothing before the upload")
                let upload = try await web.postMultipart("/units/\(Ref.nghiDuong)/dossiers?period=2026-H1",
                                                         fields: ["_csrf": csrf, "kind": "dossiers", "progress_token": token],
                                                         file: (name: "file", filename: "ledger.csv", data: Data(Self.ledger.utf8)))
                #expect(upload.status == .seeOther, "\(upload.body)")
                let answer = try await web.get(progressURL)
                #expect(answer.status == .ok)
                #expect(answer.headers.first(name: .cacheControl) == "no-store")
                struct Answer: Decodable { var rows: Int; var done: Bool; var text: String }
                let read = try JSONDecoder().decode(Answer.self, from: Data(answer.body.utf8))
                #expect(read.rows == 7, "the ledger's seven rows")
                #expect(read.done)
                #expect(read.text == "Đã kiểm tra xong 7 dòng, đang hoàn tất…")
                // The token names nothing outside its uploader, and a token that is not the script's is not looked up.
                let other = WebClient(app)
                try await other.login("nd-viewer")
                #expect(try await other.get(progressURL).status == .notFound)
                #expect(try await web.get("/units/\(Ref.nghiDuong)/dossiers/progress?token=short").status == .notFound)
                #expect(try await web.get("/units/\(Ref.giaPhuc)/dossiers/progress?token=\(token)").status == .forbidden)
            }
        }

        @Test func anotherCommunesDossierPageIs403() async throws {
            try await withApp { app in
                try await app.makeUser("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let web = WebClient(app)
                try await web.login("nd-admin")
                let own = try await web.get("/units/\(Ref.nghiDuong)/dossiers?period=2026-H1")
                let other = try await web.get("/units/\(Ref.giaPhuc)/dossiers?period=2026-H1")
                #expect(other.status == .forbidden)
                #expect(other.body.contains("Không có quyền truy cập"))
                let post = try await Self.upload(web, Ref.giaPhuc, kind: "procedures", Self.catalogue, csrf: own.csrf ?? "")
                #expect(post.status == .forbidden)
                #expect(try await app.store.procedures(unitCode: Ref.giaPhuc).isEmpty)

                // Inside the commune, a department other than the public service centre may read but not import.
                try await app.makeUser("nd-vhxh", role: .departmentOfficer, unit: Ref.nghiDuong, department: WebRef.vhxh)
                let officer = WebClient(app)
                try await officer.login("nd-vhxh")
                let read = try await officer.get("/units/\(Ref.nghiDuong)/dossiers?period=2026-H1")
                #expect(read.status == .ok)
                #expect(!read.body.contains("upload-dossiers"))
                let refused = try await Self.upload(officer, Ref.nghiDuong, kind: "procedures", Self.catalogue, csrf: read.csrf ?? "")
                #expect(refused.status == .forbidden)
                #expect(try await app.store.procedures(unitCode: Ref.nghiDuong).isEmpty)
            }
        }

        /// Three tasks judged against today: one overdue (VH-XH), one due in 3 days (Kinh tế), one due in 60 (VH-XH).
        static func makePlan(_ app: Application) async throws -> StoredPlan {
            let today = LocalDay(date: Date())
            let plan = Plan(number: "12/KH-UBND", date: today.adding(days: -30), title: "Kế hoạch chuyển đổi số năm 2026",
                            unitCode: Ref.nghiDuong, tasks: [
                                PlanTask(number: "1", title: "Tập huấn kỹ năng số cho người dân", lead: WebRef.vhxh,
                                         deadline: .fixed(today.adding(days: -5))),
                                PlanTask(number: "2", title: "Rà soát hạ tầng mạng tại bộ phận một cửa", lead: "Phòng Kinh tế",
                                         deadline: .fixed(today.adding(days: 3))),
                                PlanTask(number: "3", title: "Tuyên truyền dịch vụ công trực tuyến", lead: WebRef.vhxh,
                                         deadline: .fixed(today.adding(days: 60))),
                            ])
            let admin = Principal(username: "admin", role: .admin, unitCode: nil, provinceCode: nil)
            return try await app.store.createPlan(plan, actor: admin).plan
        }

        @Test func tasksPageListsTheTasksOverdueAndDueSoonFirst() async throws {
            try await withApp { app in
                let stored = try await Self.makePlan(app)
                try await app.makeUser("nd-viewer", role: .viewer, unit: Ref.nghiDuong)
                let web = WebClient(app)
                try await web.login("nd-viewer")
                let page = try await web.get("/units/\(Ref.nghiDuong)/tasks")
                #expect(page.status == .ok)
                for title in ["Tập huấn kỹ năng số cho người dân", "Rà soát hạ tầng mạng tại bộ phận một cửa",
                              "Tuyên truyền dịch vụ công trực tuyến", "Phòng Kinh tế", WebRef.vhxh, "Kế hoạch chuyển đổi số năm 2026"] {
                    #expect(page.body.contains(title), "\(title)")
                }
                let order = ["tasks-overdue", "tasks-due-soon", "tasks-not_started"].map { page.body.range(of: "id=\"\($0)\"")?.lowerBound }
                #expect(order.allSatisfy { $0 != nil })
                #expect(order.compactMap { $0 }.sorted() == order.compactMap { $0 })
                let id1 = try #require(stored.taskID(path: "1")).uuidString
                let overdue = try #require(page.body.range(of: "id=\"tasks-overdue\""))
                let dueSoon = try #require(page.body.range(of: "id=\"tasks-due-soon\""))
                #expect(page.body[overdue.upperBound..<dueSoon.lowerBound].contains("task-\(id1)"))
                #expect(!page.body.contains("progress-form"), "a viewer gets no progress form")
                #expect(page.body.contains("Nhiệm vụ kế hoạch"), "menu link")

                // Filtered by lead department: only Kinh tế's task.
                let filtered = try await web.get(WebPath.tasks(Ref.nghiDuong, department: "Phòng Kinh tế"))
                #expect(filtered.body.contains("Rà soát hạ tầng mạng"))
                #expect(!filtered.body.contains("Tập huấn kỹ năng số"))
            }
        }

        @Test func aDepartmentOfficerPostsOnlyOnTheirOwnTasks() async throws {
            try await withApp { app in
                let stored = try await Self.makePlan(app)
                try await app.makeUser("nd-vhxh", role: .departmentOfficer, unit: Ref.nghiDuong, department: WebRef.vhxh)
                let web = WebClient(app)
                try await web.login("nd-vhxh")
                let own = try #require(stored.taskID(path: "1")), other = try #require(stored.taskID(path: "2"))
                let page = try await web.get("/units/\(Ref.nghiDuong)/tasks")
                let csrf = try #require(page.csrf)
                #expect(page.body.contains(WebPath.taskProgress(Ref.nghiDuong, own.uuidString)))
                #expect(!page.body.contains(WebPath.taskProgress(Ref.nghiDuong, other.uuidString)), "no form on Kinh tế's task")

                let refused = try await web.post(WebPath.taskProgress(Ref.nghiDuong, other.uuidString),
                                                  ["_csrf": csrf, "state": "in_progress", "percent": "40", "text": "Đã rà soát"])
                #expect(refused.status == .forbidden)
                #expect(try await app.store.progressHistory(taskID: other).updates.isEmpty)

                let saved = try await web.post(WebPath.taskProgress(Ref.nghiDuong, own.uuidString),
                                               ["_csrf": csrf, "state": "in_progress", "percent": "40", "text": "Đã tập huấn 2 thôn"])
                #expect(saved.status == .seeOther)
                let history = try await app.store.progressHistory(taskID: own)
                #expect(history.updates.map(\.percent) == [40])
                #expect(history.updates.first?.author == "nd-vhxh")
                let after = try await web.get(String(try #require(saved.location?.split(separator: "#").first)))
                #expect(after.body.contains("Đã cập nhật tiến độ."))
                #expect(after.body.contains("Đã tập huấn 2 thôn"))
            }
        }
    }
}
