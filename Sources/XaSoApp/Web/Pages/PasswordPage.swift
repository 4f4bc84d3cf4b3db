import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// "Đổi mật khẩu": every signed-in user changes their own password here, and an account with a
/// one-time password (the first admin, or after a reset) is sent here before anything else. Below the
/// form, the user's own active sessions, without their secrets.
enum PasswordPage {
    struct Form: Content {
        var current_password: String?
        var new_password: String?
        var confirm_password: String?
    }

    /// What a one-time password still opens on the web: this page and signing out.
    static func isReachableWithOneTimePassword(_ req: Request) -> Bool {
        req.url.path == WebPath.password || req.url.path == WebPath.logout
    }

    static func show(_ req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "done"] != nil ? L.passwordChanged : nil
        return try await page(req, error: nil, notice: notice, status: .ok)
    }

    static func submit(_ req: Request) async throws -> Response {
        let p = try req.webPrincipal
        let form = (try? req.content.decode(Form.self)) ?? Form()
        let new = form.new_password ?? ""
        guard new == (form.confirm_password ?? "") else {
            return try await page(req, error: L.passwordMismatch, notice: nil, status: .unprocessableEntity)
        }
        do {
            try await AccountService.changeOwnPassword(principal: p, current: form.current_password ?? "", new: new,
                                                       keepTokenHash: req.storage[CredentialHashKey.self],
                                                       address: req.clientAddress, app: req.application, store: req.store)
        } catch let e as AppError where e.kind == .invalid || e.code == .authThrottled {
            return try await page(req, error: e.vietnamese, notice: nil,
                                  status: e.code == .authThrottled ? .tooManyRequests : .unprocessableEntity)
        }
        return WebResponse.seeOther(WebPath.with(WebPath.password, ["done": "1"]))
    }

    static func page(_ req: Request, error: String?, notice: String?, status: HTTPStatus) async throws -> Response {
        let mustChange = req.storage[MustChangePasswordKey.self] == true
        var model = try await query(actor: try req.webPrincipal, store: req.store)
        model.error = error
        let ctx = PageContext(req, notice: notice ?? (mustChange ? L.mustChangePassword : nil))
        return WebResponse.page(view(model, ctx: ctx), status: status)
    }

    /// The page: the user's own active sessions, and a refused change's message.
    struct Model: Sendable {
        var sessions: [XaSoStore.SessionInfo]
        var error: String? = nil
    }

    static func query(actor p: Principal, store: some AccountStorage) async throws -> Model {
        Model(sessions: try await store.sessions(username: p.username, actor: p))
    }

    static func view(_ m: Model, ctx: PageContext) -> Node {
        Layout.document(title: L.changePassword, ctx: ctx) {
            H.h1 { L.changePassword }
            H.form(.method("post"), .action(WebPath.password), .class("card"), .id("change-password")) {
                ctx.csrfField
                if let error = m.error { H.p(.class("error"), .role("alert"), .id("password-error")) { error } }
                UsersPage.field("pw-current", L.currentPassword) {
                    H.input(.type("password"), .id("pw-current"), .name("current_password"), .required,
                            .autocomplete("current-password"))
                }
                UsersPage.field("pw-new", L.newPassword) {
                    H.input(.type("password"), .id("pw-new"), .name("new_password"), .required, .autocomplete("new-password"),
                            .attr("minlength", String(PasswordRules.minimumLength)), .aria("describedby", "pw-new-hint"))
                    H.small(.id("pw-new-hint"), .class("muted")) { L.newPasswordHint }
                }
                UsersPage.field("pw-confirm", L.confirmPassword) {
                    H.input(.type("password"), .id("pw-confirm"), .name("confirm_password"), .required,
                            .autocomplete("new-password"), .attr("minlength", String(PasswordRules.minimumLength)))
                }
                H.button(.type("submit")) { L.changePassword }
            }
            H.h2 { L.yourSessions }
            DataTable(rows: m.sessions, columns: [
                .init(L.sessionKind) { L.sessionKindLabel($0.kind) },
                .init(L.sessionCreated) { L.dateTime($0.createdAt) },
                .init(L.sessionExpires) { L.dateTime($0.expiresAt) },
            ], id: "sessions", empty: L.noSessions, label: L.yourSessions).node
        }
    }
}
