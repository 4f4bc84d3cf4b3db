import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Sign in and out. The login form has its own CSRF token, derived from a random pre-session cookie,
/// so another site cannot sign a browser into an account of its choosing.
enum LoginPage {
    struct Form: Content {
        var username: String?
        var password: String?
        var next: String?
        var _csrf: String?
    }

    static func show(_ req: Request) async throws -> Response {
        if req.storage[PrincipalKey.self] != nil { return req.redirect(to: WebPath.home) }
        let notice = req.query[String.self, at: "out"] == "1" ? L.loggedOut : nil
        return render(req, next: WebPath.safeNext(req.query[String.self, at: "next"]), username: "", error: nil,
                      notice: notice, status: .ok)
    }

    static func submit(_ req: Request) async throws -> Response {
        let form = (try? req.content.decode(Form.self)) ?? Form()
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        let next = WebPath.safeNext(form.next)
        guard CSRF.isValid(form._csrf, secret: req.cookies[WebSession.preCookie]?.string) else {
            return render(req, next: next, username: username, error: L.loginExpired, notice: nil, status: .forbidden)
        }
        let user: XaSoStore.StoredUser
        do {
            user = try await AuthController.verify(username: username, password: form.password ?? "", req: req)
        } catch let e as AppError where e.code == .authThrottled {
            return render(req, next: next, username: username, error: e.vietnamese, notice: nil, status: .tooManyRequests)
        } catch let e as AppError where e.code == .authInvalid {
            return render(req, next: next, username: username, error: L.loginFailed, notice: nil, status: .unauthorized)
        } catch let e as AppError where e.code == .authDisabled {
            return render(req, next: next, username: username, error: e.vietnamese, notice: nil, status: .forbidden)
        }
        let principal = try await req.store.principal(for: user)
        // A one-time password is replaced first; the middleware would send every page there anyway.
        let target = user.mustChangePassword ? WebPath.password : next ?? HomeRoute.path(for: principal)
        let response = WebResponse.seeOther(target)
        try await WebSession.start(for: user, req: req, response: response)
        return response
    }

    static func logout(_ req: Request) async throws -> Response {
        let response = WebResponse.seeOther(WebPath.with(WebPath.login, ["out": "1"]))
        try await WebSession.end(req: req, response: response)
        return response
    }

    static func render(_ req: Request, next: String?, username: String, error: String?, notice: String?,
                       status: HTTPStatus) -> Response {
        // A fresh pre-session secret per form shown; the cookie it sits in is HttpOnly.
        let pre = Tokens.make()
        var ctx = PageContext(req)
        ctx.principal = nil
        ctx.notice = notice
        let doc = Layout.document(title: L.loginTitle, ctx: ctx) {
            H.div(.class("card login")) {
                H.h1 { L.loginTitle }
                H.p(.class("muted")) { L.loginIntro }
                if let error { H.p(.class("error"), .role("alert"), .id("login-error")) { error } }
                H.form(.method("post"), .action(WebPath.login)) {
                    H.input(.type("hidden"), .name(CSRF.field), .value(CSRF.token(for: pre)))
                    if let next { H.input(.type("hidden"), .name("next"), .value(next)) }
                    H.div(.class("field")) {
                        H.label(.for("username")) { L.username }
                        H.input(.type("text"), .id("username"), .name("username"), .value(username), .required,
                                .autocomplete("username"), .attr("autocapitalize", "none"), .autofocus,
                                error == nil ? nil : .aria("describedby", "login-error"))
                    }
                    H.div(.class("field")) {
                        H.label(.for("password")) { L.password }
                        H.input(.type("password"), .id("password"), .name("password"), .required,
                                .autocomplete("current-password"))
                    }
                    H.button(.type("submit")) { L.loginButton }
                }
            }
        }
        let response = WebResponse.page(doc, status: status)
        response.cookies[WebSession.preCookie] = WebSession.cookieValue(pre, req: req, maxAge: 3600)
        return response
    }
}

/// "/" sends each user to where their work is.
enum HomeRoute {
    static func handle(_ req: Request) async throws -> Response {
        guard let p = req.storage[PrincipalKey.self] else { return req.redirect(to: WebPath.login) }
        return req.redirect(to: path(for: p))
    }

    static func path(for p: Principal) -> String {
        switch p.role {
        case .admin: return WebPath.units()
        case .nationalOfficer: return WebPath.national()
        case .provinceOfficer: return p.unitCode.map { WebPath.province($0) } ?? WebPath.units()
        case .communeAdmin, .departmentOfficer, .viewer: return p.unitCode.map { WebPath.dashboard($0) } ?? WebPath.frameworks
        }
    }
}
