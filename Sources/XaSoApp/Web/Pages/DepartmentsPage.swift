import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// A commune's departments and partner bodies; its admin adds more (the store checks who may).
enum DepartmentsPage {
    struct NewDepartment: Content {
        var name: String?
        var kind: String?
    }

    static func show(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let notice = req.query[String.self, at: "added"] != nil ? L.departmentAdded : nil
        return try await page(req, code: code, error: nil, typed: nil, notice: notice, status: .ok)
    }

    static func add(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        let input = try req.content.decode(NewDepartment.self)
        let kind = Department.Kind(rawValue: input.kind ?? "") ?? .department
        do {
            _ = try await req.store.addDepartment(unitCode: code, name: input.name ?? "", kind: kind, actor: p)
        } catch let e as AppError where e.kind == .invalid || e.kind == .conflict {
            return try await page(req, code: code, error: e.vietnamese, typed: input, notice: nil, status: .unprocessableEntity)
        }
        return WebResponse.seeOther(WebPath.departments(code, extra: ["added": "1"]))
    }

    static func page(_ req: Request, code: String, error: String?, typed: NewDepartment?, notice: String?,
                     status: HTTPStatus) async throws -> Response {
        let p = try req.webPrincipal
        var model = try await query(unitCode: code, store: req.store)
        model.canAdd = AccessPolicy.canManageCommune(p, unitCode: code)
        model.error = error
        model.typed = typed
        return WebResponse.page(view(model, ctx: PageContext(req, active: .departments, notice: notice)), status: status)
    }

    /// The page: the commune's departments, whether the reader may add one, and a refused form as typed.
    struct Model: Sendable {
        var unit: AdministrativeUnit
        var departments: [Department]
        var canAdd = false
        var error: String? = nil
        var typed: NewDepartment? = nil
    }

    static func query(unitCode code: String, store: some UnitStorage) async throws -> Model {
        let unit = try await store.requireUnit(code)
        return Model(unit: unit, departments: try await store.departments(of: code))
    }

    static func view(_ m: Model, ctx: PageContext) -> Node {
        Layout.document(title: L.departmentsTitle(m.unit.fullName), ctx: ctx) {
            H.h1 { L.departmentsTitle(m.unit.fullName) }
            DataTable(rows: m.departments, columns: [
                .init(L.departmentName) { $0.name },
                .init(L.departmentKind) { L.departmentKindText($0.kind) },
            ], id: "departments", label: L.departmentsTitle(m.unit.fullName)).node
            if m.canAdd {
                H.form(.method("post"), .action(WebPath.departments(m.unit.code)), .class("card")) {
                    ctx.csrfField
                    H.h2 { L.addDepartment }
                    if let error = m.error { H.p(.class("error"), .role("alert"), .id("dept-error")) { error } }
                    H.div(.class("field")) {
                        H.label(.for("dept-name")) { L.departmentName }
                        H.input(.type("text"), .id("dept-name"), .name("name"), .required, .value(m.typed?.name ?? ""),
                                m.error == nil ? nil : .aria("describedby", "dept-error"))
                    }
                    H.div(.class("field")) {
                        H.label(.for("dept-kind")) { L.departmentKind }
                        H.select(.id("dept-kind"), .name("kind")) {
                            for k in [Department.Kind.department, .partner] {
                                H.option(.value(k.rawValue), .when(m.typed?.kind == k.rawValue, .selected)) { L.departmentKindText(k) }
                            }
                        }
                    }
                    H.button(.type("submit")) { L.addDepartment }
                }
            }
        }
    }
}
