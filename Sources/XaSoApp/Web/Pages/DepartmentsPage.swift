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
        let unit = try await req.store.requireUnit(code)
        let departments = try await req.store.departments(of: code)
        let ctx = PageContext(req, active: .departments, notice: notice)
        let doc = Layout.document(title: L.departmentsTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.departmentsTitle(unit.fullName) }
            Components.tableWrap(label: L.departmentsTitle(unit.fullName)) {
                H.table(.id("departments")) {
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { L.departmentName }
                            H.th(.scope("col")) { L.departmentKind }
                        }
                    }
                    H.tbody {
                        for d in departments {
                            H.tr {
                                H.td { d.name }
                                H.td { L.departmentKindText(d.kind) }
                            }
                        }
                    }
                }
            }
            if AccessPolicy.canManageCommune(p, unitCode: code) {
                H.form(.method("post"), .action(WebPath.departments(code)), .class("card")) {
                    ctx.csrfField
                    H.h2 { L.addDepartment }
                    if let error { H.p(.class("error"), .role("alert"), .id("dept-error")) { error } }
                    H.div(.class("field")) {
                        H.label(.for("dept-name")) { L.departmentName }
                        H.input(.type("text"), .id("dept-name"), .name("name"), .required, .value(typed?.name ?? ""),
                                error == nil ? nil : .aria("describedby", "dept-error"))
                    }
                    H.div(.class("field")) {
                        H.label(.for("dept-kind")) { L.departmentKind }
                        H.select(.id("dept-kind"), .name("kind")) {
                            for k in [Department.Kind.department, .partner] {
                                H.option(.value(k.rawValue), .when(typed?.kind == k.rawValue, .selected)) { L.departmentKindText(k) }
                            }
                        }
                    }
                    H.button(.type("submit")) { L.addDepartment }
                }
            }
        }
        return WebResponse.page(doc, status: status)
    }
}
