import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// The "Đổi mật khẩu" page, the forced change of a one-time password, and the users page's actions.
    @Suite struct AccountWeb {
        @Test func aOneTimePasswordLeadsToTheChangePasswordPageFirst() async throws {
            try await withApp { app in
                try await AccountAPI.setPassword(app, "admin", "mot-lan-123", mustChange: true)
                let web = WebClient(app)
                let login = try await web.login("admin", "mot-lan-123")
                #expect(login.location == "/password")
                // Every other page sends it back there.
                let units = try await web.get("/units")
                #expect(units.status == .seeOther)
                #expect(units.location == "/password")
                let form = try await web.get("/password")
                #expect(form.status == .ok)
                #expect(form.body.contains("Bạn đang dùng mật khẩu dùng một lần"))
                #expect(form.body.contains("Đổi mật khẩu"))
                // Mismatch and a missing CSRF token change nothing.
                let mismatch = try await web.post("/password", ["current_password": "mot-lan-123", "new_password": "mat-khau-moi-1",
                                                                "confirm_password": "mat-khau-moi-2", "_csrf": form.csrf ?? ""])
                #expect(mismatch.status == .unprocessableEntity)
                #expect(mismatch.body.contains("Mật khẩu nhập lại không khớp."))
                let forged = try await web.post("/password", ["current_password": "mot-lan-123", "new_password": "mat-khau-moi-1",
                                                              "confirm_password": "mat-khau-moi-1"])
                #expect(forged.status == .forbidden)
                #expect(try await app.store.user(named: "admin")?.mustChangePassword == true)

                let done = try await web.post("/password", ["current_password": "mot-lan-123", "new_password": "mat-khau-moi-1",
                                                            "confirm_password": "mat-khau-moi-1", "_csrf": form.csrf ?? ""])
                #expect(done.status == .seeOther)
                #expect(done.location == "/password?done=1")
                #expect(try await web.get("/units").status == .ok)
                #expect(try await app.store.user(named: "admin")?.mustChangePassword == false)
                // The session that made the change stays; the page lists it, without its secret.
                let after = try await web.get("/password?done=1")
                #expect(after.body.contains("Đã đổi mật khẩu."))
                #expect(after.body.contains("Trình duyệt"))
                #expect(!after.body.contains(web.cookies["xaso_session"] ?? "—"))
            }
        }

        @Test func theAdminResetsDisablesAndEnablesFromTheUsersPage() async throws {
            try await withApp { app in
                try await app.makeUser("admin2", role: .admin, unit: nil)
                try await app.makeUser("gp-xem", role: .viewer, unit: Ref.giaPhuc)
                let viewer = WebClient(app)
                try await viewer.login("gp-xem")
                let web = WebClient(app)
                try await web.login("admin2")
                let page = try await web.get("/users")
                #expect(page.body.contains("Cấp lại mật khẩu"))
                #expect(page.body.contains("Khóa"))
                let csrf = page.csrf ?? ""

                let disabled = try await web.post("/users/gp-xem/disable", ["_csrf": csrf])
                #expect(disabled.status == .ok)
                #expect(disabled.body.contains("Đã khóa tài khoản gp-xem"))
                #expect(disabled.body.contains("data-status=\"disabled\""))
                #expect(try await viewer.get("/units/\(Ref.giaPhuc)").status == .seeOther)

                let enabled = try await web.post("/users/gp-xem/enable", ["_csrf": csrf])
                #expect(enabled.body.contains("Đã mở khóa tài khoản gp-xem"))

                let reset = try await web.post("/users/gp-xem/reset", ["_csrf": csrf])
                #expect(reset.status == .ok)
                let marker = "Mật khẩu dùng một lần của gp-xem: "
                let start = try #require(reset.body.range(of: marker))
                let oneTime = String(reset.body[start.upperBound...].prefix(16))
                let again = WebClient(app)
                let login = try await again.login("gp-xem", oneTime)
                #expect(login.location == "/password")

                // Without the form's token, nothing happens.
                #expect(try await web.post("/users/gp-xem/disable", [:]).status == .forbidden)
                #expect(try await app.store.user(named: "gp-xem")?.disabled == false)
                // A viewer has no such actions and may not post them.
                let own = WebClient(app)
                try await app.makeUser("gp-xem2", role: .viewer, unit: Ref.giaPhuc)
                try await own.login("gp-xem2")
                let ownPage = try await own.get("/users")
                #expect(!ownPage.body.contains("Cấp lại mật khẩu"))
                #expect(try await own.post("/users/gp-xem/disable", ["_csrf": ownPage.csrf ?? ""]).status == .forbidden)
            }
        }
    }
}
