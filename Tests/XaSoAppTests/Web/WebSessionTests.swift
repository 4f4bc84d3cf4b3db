import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Signing in and out, cookies, CSRF and the security headers.
    @Suite struct WebSession {
        @Test func loginSetsAnHttpOnlySameSiteCookieStoredOnlyAsAHash() async throws {
            try await withApp { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let web = WebClient(app)
                let page = try await web.login("gp-admin")
                #expect(page.status == .seeOther)
                #expect(page.location == "/units/\(Ref.giaPhuc)")
                let cookie = try #require(page.setCookies.first { $0.hasPrefix("xaso_session=") })
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
                #expect(!cookie.contains("Secure"), "plain http on loopback: no Secure flag")
                let token = try #require(web.cookies["xaso_session"])
                #expect(token.count >= 40)
                // The database holds the SHA-256 only.
                #expect(try await app.store.user(forTokenHash: Tokens.hash(token), kind: "session")?.username == "gp-admin")
                // A session cookie is not an API token.
                #expect(try await app.store.user(forTokenHash: Tokens.hash(token), kind: "api") == nil)
                #expect(try await app.store.user(forTokenHash: token, kind: "session") == nil)
                // The session opens the dashboard.
                #expect(try await web.get("/units/\(Ref.giaPhuc)").status == .ok)
            }
        }

        @Test func behindHTTPSTheCookieIsSecure() async throws {
            try await withApp { app in
                try await app.makeUser("gp-viewer", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                var https = HTTPHeaders()
                https.add(name: "X-Forwarded-Proto", value: "https")
                let form = try await web.get("/login", headers: https)
                let page = try await web.post("/login", ["username": "gp-viewer", "password": "mat-khau-123",
                                                         "_csrf": form.csrf ?? ""], headers: https)
                let cookie = try #require(page.setCookies.first { $0.hasPrefix("xaso_session=") })
                #expect(cookie.contains("Secure"))
            }
        }

        @Test func wrongPasswordsAreRefusedThenThrottled() async throws {
            try await withApp { app in
                try await app.makeUser("thu-sai", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                for _ in 0..<5 {
                    let page = try await web.login("thu-sai", "sai-mat-khau")
                    #expect(page.status == .unauthorized)
                    #expect(page.body.contains("Sai tên đăng nhập hoặc mật khẩu."))
                    #expect(web.cookies["xaso_session"] == nil)
                }
                // The sixth try is refused even with the right password.
                let blocked = try await web.login("thu-sai")
                #expect(blocked.status == .tooManyRequests)
                #expect(blocked.body.contains("Đăng nhập sai quá nhiều lần"))
                #expect(web.cookies["xaso_session"] == nil)
            }
        }

        @Test func postsWithoutTheCSRFTokenAreRefusedAndChangeNothing() async throws {
            try await withApp(sample: true) { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-admin")
                let before = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025))
                let form = ["period": "2025-Q4", "framework": "CL411", "value-CL411.01": "90%", "action": "draft"]
                let missing = try await web.post("/units/\(Ref.giaPhuc)/entry", form)
                #expect(missing.status == .forbidden)
                #expect(missing.body.contains("Biểu mẫu đã hết hạn hoặc không hợp lệ"))
                var forged = form
                forged["_csrf"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                #expect(try await web.post("/units/\(Ref.giaPhuc)/entry", forged).status == .forbidden)
                // Review and logout are guarded the same way.
                #expect(try await web.post("/units/\(Ref.giaPhuc)/review",
                                           ["period": WebRef.q3, "decision": "return", "indicator": "CL411.01",
                                            "comment": "sai"]).status == .forbidden)
                #expect(try await web.post("/logout", [:]).status == .forbidden)
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(4, 2025)) == before)
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                    .allSatisfy { $0.state == .approved })
                // The login form has its own token: a POST from elsewhere (no pre-session cookie) is refused.
                let stranger = WebClient(app)
                let login = try await stranger.post("/login", ["username": "gp-admin", "password": "mat-khau-123"])
                #expect(login.status == .forbidden)
                #expect(stranger.cookies["xaso_session"] == nil)
            }
        }

        @Test func logoutEndsTheSession() async throws {
            try await withApp { app in
                try await app.makeUser("gp-viewer", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-viewer")
                let token = try #require(web.cookies["xaso_session"])
                let dashboard = try await web.get("/units/\(Ref.giaPhuc)")
                let out = try await web.post("/logout", ["_csrf": dashboard.csrf ?? ""])
                #expect(out.status == .seeOther)
                #expect(web.cookies["xaso_session"] == nil)
                #expect(try await app.store.user(forTokenHash: Tokens.hash(token), kind: "session") == nil)
                // The old cookie opens nothing: back to the login page.
                web.cookies["xaso_session"] = token
                let again = try await web.get("/units/\(Ref.giaPhuc)")
                #expect(again.status == .seeOther)
                #expect(again.location?.hasPrefix("/login?next=") == true)
            }
        }

        @Test func pagesCarryTheSecurityHeadersAndVersionedAssets() async throws {
            try await withApp { app in
                try await app.makeUser("gp-viewer", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                let login = try await web.get("/login")
                let csp = try #require(login.headers.first(name: "Content-Security-Policy"))
                #expect(csp.contains("default-src 'self'"))
                #expect(csp.contains("script-src 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(login.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(login.headers.first(name: "Referrer-Policy") == "same-origin")
                #expect(login.body.hasPrefix("<!DOCTYPE html><html lang=\"vi\">"))
                #expect(!login.body.contains("<script>"), "no inline script anywhere")
                let cssPath = try #require(WebClient.attribute(after: "rel=\"stylesheet\" href=\"", in: login.body))
                #expect(cssPath.hasPrefix("/static/app.css?v="))
                let css = try await web.get(cssPath)
                #expect(css.status == .ok)
                #expect(css.headers.first(name: .cacheControl)?.contains("immutable") == true)
                #expect(css.headers.contentType?.subType == "css")
                #expect(css.body.contains(".v-not_met"))
                let js = try await web.get("/static/app.js")
                #expect(js.headers.contentType?.subType == "javascript")
                // Signed out, a page sends you to the login form and back.
                let page = try await web.get("/units/\(Ref.giaPhuc)?period=2025-Q3")
                #expect(page.status == .seeOther)
                #expect(page.location == "/login?next=%2Funits%2F\(Ref.giaPhuc)%3Fperiod%3D2025-Q3")
            }
        }
    }
}
