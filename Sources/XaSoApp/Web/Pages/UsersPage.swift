import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Users by role, and a form to add one. Creation goes through `UserService`, the same checks as the
/// API and the CLI: a commune admin adds only users of their own commune, never admins or province officers.
enum UsersPage {
    struct NewUser: Content {
        var username: String?
        var password: String?
        var role: String?
        var unit_code: String?
        var department: String?
    }

    static func show(_ req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "added"] != nil ? L.userAdded : nil
        return try await page(req, error: nil, typed: nil, notice: notice, status: .ok)
    }

    static func add(_ req: Request) async throws -> Response {
        let p = try req.webPrincipal
        guard p.role == .admin || p.role == .communeAdmin else { throw AppError.forbidden("you may not create users") }
        let input = try req.content.decode(NewUser.self)
        let unit = p.role == .communeAdmin ? p.unitCode : input.unit_code.flatMap { $0.isEmpty ? nil : $0 }
        do {
            _ = try await UserService.create(username: input.username ?? "", password: input.password ?? "",
                                             role: input.role ?? "", unitCode: unit,
                                             department: input.department.flatMap { $0.isEmpty ? nil : $0 },
                                             actor: p, app: req.application, store: req.store)
        } catch let e as AppError where e.kind == .invalid || e.kind == .conflict || e.kind == .notFound {
            var typed = input
            typed.password = nil
            return try await page(req, error: e.vietnamese, typed: typed, notice: nil, status: .unprocessableEntity)
        }
        return WebResponse.seeOther(WebPath.users(extra: ["added": "1"]))
    }

    /// The account actions of a row: reset, disable, enable, revoke (`/users/{name}/{action}`). The
    /// store checks who may act on whom; a reset shows the one-time password on this page only, never
    /// in an address.
    static func act(_ req: Request) async throws -> Response {
        let p = try req.webPrincipal
        let name = try req.parameter("username")
        let notice: String
        switch try req.parameter("action") {
        case "reset":
            let oneTime = try await AccountService.resetPassword(username: name, actor: p, app: req.application, store: req.store)
            notice = L.oneTimePassword(name, oneTime)
        case "disable":
            do {
                try await req.store.setDisabled(username: name, disabled: true, actor: p)
            } catch let e as AppError where e.kind == .invalid {
                return try await page(req, error: nil, typed: nil, notice: nil, status: .unprocessableEntity, actionError: e.vietnamese)
            }
            notice = L.userDisabled(name)
        case "enable":
            try await req.store.setDisabled(username: name, disabled: false, actor: p)
            notice = L.userEnabled(name)
        case "revoke":
            let n = try await req.store.revokeSessions(username: name, actor: p)
            notice = L.sessionsRevoked(name, n)
        default:
            throw AppError.notFound(.actionNotFound, try req.parameter("action"), vietnamese: "Không có thao tác này.")
        }
        return try await page(req, error: nil, typed: nil, notice: notice, status: .ok)
    }

    static func page(_ req: Request, error: String?, typed: NewUser?, notice: String?, status: HTTPStatus,
                     actionError: String? = nil) async throws -> Response {
        let p = try req.webPrincipal
        let users = try await req.store.users(visibleTo: p)
        let sessions = try await req.store.activeSessionCounts()
        let roles: [Role] = p.role == .admin ? Role.allCases : [.communeAdmin, .departmentOfficer, .viewer]
        var departments = Department.standard
        if let unit = p.unitCode, p.role == .communeAdmin { departments = try await req.store.departments(of: unit) }
        let ctx = PageContext(req, active: .users, notice: notice)
        let doc = Layout.document(title: L.usersTitle, ctx: ctx) {
            H.h1 { L.usersTitle }
            if let actionError { H.p(.class("error"), .role("alert"), .id("action-error")) { actionError } }
            if users.isEmpty { H.p(.class("muted")) { L.noUsers } }
            for role in Role.allCases {
                let list = users.filter { $0.role == role }
                if !list.isEmpty {
                    H.h2 { "\(role.vietnamese) (\(list.count))" }
                    Components.tableWrap(label: role.vietnamese) {
                        H.table(.class("users")) {
                            H.thead {
                                H.tr {
                                    H.th(.scope("col")) { L.username }
                                    H.th(.scope("col")) { L.unitCode }
                                    H.th(.scope("col")) { L.department }
                                    H.th(.scope("col")) { L.status }
                                    H.th(.scope("col")) { L.sessionsColumn }
                                    H.th(.scope("col")) { L.actions }
                                }
                            }
                            H.tbody {
                                for u in list {
                                    H.tr {
                                        H.td { u.username }
                                        H.td { u.unitCode ?? L.noValue }
                                        H.td { u.department ?? L.noValue }
                                        H.td(.data("status", u.disabled ? "disabled" : u.mustChangePassword ? "must_change" : "active")) {
                                            u.disabled ? L.statusDisabled : u.mustChangePassword ? L.statusMustChange : L.statusActive
                                        }
                                        H.td { String(sessions[u.id] ?? 0) }
                                        H.td(.class("actions")) {
                                            if AccessPolicy.canManageUser(p, targetRole: u.role, targetUnit: u.unitCode) {
                                                actionButton(ctx, u.username, "reset", L.resetPassword)
                                                if u.username != p.username {
                                                    if u.disabled {
                                                        actionButton(ctx, u.username, "enable", L.enableUser)
                                                    } else {
                                                        actionButton(ctx, u.username, "disable", L.disableUser)
                                                    }
                                                }
                                                if (sessions[u.id] ?? 0) > 0 {
                                                    actionButton(ctx, u.username, "revoke", L.revokeSessions)
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if p.role == .admin || p.role == .communeAdmin {
                H.form(.method("post"), .action(WebPath.users), .class("card"), .id("new-user")) {
                    ctx.csrfField
                    H.h2 { L.addUser }
                    if let error { H.p(.class("error"), .role("alert")) { error } }
                    field("u-name", L.username) {
                        H.input(.type("text"), .id("u-name"), .name("username"), .required, .value(typed?.username ?? ""),
                                .autocomplete("off"), .attr("autocapitalize", "none"))
                    }
                    field("u-password", L.password) {
                        H.input(.type("password"), .id("u-password"), .name("password"), .required,
                                .autocomplete("new-password"), .attr("minlength", "8"), .aria("describedby", "pw-hint"))
                        H.small(.id("pw-hint"), .class("muted")) { L.passwordHint }
                    }
                    field("u-role", L.role) {
                        H.select(.id("u-role"), .name("role")) {
                            for r in roles {
                                H.option(.value(r.rawValue), .when(typed?.role == r.rawValue, .selected)) { r.vietnamese }
                            }
                        }
                    }
                    if p.role == .admin {
                        field("u-unit", L.unitCode) {
                            H.input(.type("text"), .id("u-unit"), .name("unit_code"), .value(typed?.unit_code ?? ""),
                                    .inputmode("numeric"), .aria("describedby", "unit-hint"))
                            H.small(.id("unit-hint"), .class("muted")) { L.unitCodeHint }
                        }
                    }
                    field("u-dept", L.department) {
                        H.select(.id("u-dept"), .name("department")) {
                            H.option(.value("")) { L.noDepartment }
                            for d in departments {
                                H.option(.value(d.name), .when(typed?.department == d.name, .selected)) { d.name }
                            }
                        }
                    }
                    H.button(.type("submit")) { L.addUser }
                }
            }
        }
        return WebResponse.page(doc, status: status)
    }

    static func actionButton(_ ctx: PageContext, _ username: String, _ action: String, _ label: String) -> Node {
        H.form(.method("post"), .action(WebPath.userAction(username, action)), .class("inline")) {
            ctx.csrfField
            H.button(.type("submit"), .class("link"), .data("action", action),
                     .aria("label", "\(label): \(username)")) { label }
        }
    }

    static func field(_ id: String, _ label: String, @NodeBuilder _ control: () -> [Node]) -> Node {
        H.div(.class("field")) {
            H.label(.for(id)) { label }
            control()
        }
    }
}
