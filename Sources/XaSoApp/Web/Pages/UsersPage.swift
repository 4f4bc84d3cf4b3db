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
        var model = try await query(actor: try req.webPrincipal, store: req.store)
        model.error = error
        model.typed = typed
        model.actionError = actionError
        return WebResponse.page(view(model, ctx: PageContext(req, active: .users, notice: notice)), status: status)
    }

    /// The page: the users the actor sees, their open sessions, what the add form offers, and a refused
    /// form or action.
    struct Model: Sendable {
        var actor: Principal
        var users: [XaSoStore.StoredUser]
        var sessions: [UUID: Int]
        var departments: [Department]
        var error: String? = nil
        var typed: NewUser? = nil
        var actionError: String? = nil

        var roles: [Role] { actor.role == .admin ? Role.allCases : [.communeAdmin, .departmentOfficer, .viewer] }
        var mayAdd: Bool { actor.role == .admin || actor.role == .communeAdmin }
    }

    static func query(actor p: Principal, store: some AccountStorage & UnitStorage) async throws -> Model {
        let users = try await store.users(visibleTo: p)
        let sessions = try await store.activeSessionCounts()
        var departments = Department.standard
        if let unit = p.unitCode, p.role == .communeAdmin { departments = try await store.departments(of: unit) }
        return Model(actor: p, users: users, sessions: sessions, departments: departments)
    }

    static func view(_ m: Model, ctx: PageContext) -> Node {
        Layout.document(title: L.usersTitle, ctx: ctx) {
            H.h1 { L.usersTitle }
            if let actionError = m.actionError { H.p(.class("error"), .role("alert"), .id("action-error")) { actionError } }
            if m.users.isEmpty { H.p(.class("muted")) { L.noUsers } }
            for role in Role.allCases {
                let list = m.users.filter { $0.role == role }
                if !list.isEmpty {
                    H.h2 { "\(role.vietnamese) (\(list.count))" }
                    table(list, m: m, ctx: ctx, label: role.vietnamese)
                }
            }
            if m.mayAdd { addForm(m, ctx: ctx) }
        }
    }

    static func table(_ list: [XaSoStore.StoredUser], m: Model, ctx: PageContext, label: String) -> Node {
        let p = m.actor
        return DataTable(rows: list, columns: [
            .init(L.username) { $0.username },
            .init(L.unitCode) { $0.unitCode ?? L.noValue },
            .init(L.department) { $0.department ?? L.noValue },
            .init(L.status, attributes: { u in
                [.data("status", u.disabled ? "disabled" : u.mustChangePassword ? "must_change" : "active")]
            }) { u in
                u.disabled ? L.statusDisabled : u.mustChangePassword ? L.statusMustChange : L.statusActive
            },
            .init(L.sessionsColumn) { String(m.sessions[$0.id] ?? 0) },
            .init(L.actions, cellClass: "actions") { u in
                if AccessPolicy.canManageUser(p, targetRole: u.role, targetUnit: u.unitCode) {
                    actionButton(ctx, u.username, "reset", L.resetPassword)
                    if u.username != p.username {
                        if u.disabled {
                            actionButton(ctx, u.username, "enable", L.enableUser)
                        } else {
                            actionButton(ctx, u.username, "disable", L.disableUser)
                        }
                    }
                    if (m.sessions[u.id] ?? 0) > 0 {
                        actionButton(ctx, u.username, "revoke", L.revokeSessions)
                    }
                }
            },
        ], class: "users", label: label).node
    }

    static func addForm(_ m: Model, ctx: PageContext) -> Node {
        let typed = m.typed
        return H.form(.method("post"), .action(WebPath.users), .class("card"), .id("new-user")) {
            ctx.csrfField
            H.h2 { L.addUser }
            if let error = m.error { H.p(.class("error"), .role("alert")) { error } }
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
                    for r in m.roles {
                        H.option(.value(r.rawValue), .when(typed?.role == r.rawValue, .selected)) { r.vietnamese }
                    }
                }
            }
            if m.actor.role == .admin {
                field("u-unit", L.unitCode) {
                    H.input(.type("text"), .id("u-unit"), .name("unit_code"), .value(typed?.unit_code ?? ""),
                            .inputmode("numeric"), .aria("describedby", "unit-hint"))
                    H.small(.id("unit-hint"), .class("muted")) { L.unitCodeHint }
                }
            }
            field("u-dept", L.department) {
                H.select(.id("u-dept"), .name("department")) {
                    H.option(.value("")) { L.noDepartment }
                    for d in m.departments {
                        H.option(.value(d.name), .when(typed?.department == d.name, .selected)) { d.name }
                    }
                }
            }
            H.button(.type("submit")) { L.addUser }
        }
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
