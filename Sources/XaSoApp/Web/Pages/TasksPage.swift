import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// A commune's plan tasks grouped by what needs attention (overdue and due soon first), with lead
/// department and deadline, filterable by lead department; the tasks a user may update carry a
/// progress form. Posting goes through `store.postProgress`, which refuses (403) a task another
/// department leads, as the API does.
enum TasksPage {
    /// "Sắp đến hạn": the reminders' window.
    static let dueSoonDays = 7

    static func handle(_ req: Request) async throws -> Response {
        try await respond(req, error: nil)
    }

    static func respond(_ req: Request, error: String?) async throws -> Response {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        let department = req.query[String.self, at: "department"].flatMap { $0.isEmpty ? nil : $0 }
        var model = try await query(unitCode: code, department: department, today: LocalDay(date: Date()), store: req.store)
        model.principal = p
        model.error = error
        let ctx = PageContext(req, active: .tasks, notice: req.query[String.self, at: "saved"] == nil ? nil : L.progressSaved)
        return WebResponse.page(view(model, ctx: ctx), status: error == nil ? .ok : .unprocessableEntity)
    }

    static func query(unitCode code: String, department: String?, today: LocalDay,
                      store: some UnitStorage & PlanStorage) async throws -> TasksModel {
        let unit = try await store.requireUnit(code)
        let all = try await store.taskStates(unitCode: code, today: today)
        // The same key the store narrows by (`lead_key`), applied to what is already read.
        let shown = department.map { d in all.filter { $0.task.task.lead.map(VietnameseText.folded) == VietnameseText.folded(d) } } ?? all
        let reminders = try await store.reminders(unitCode: code, department: department, withinDays: dueSoonDays, today: today)
        return TasksModel(unit: unit, groups: TasksModel.group(shown, dueSoon: Set(reminders.dueSoon.map(\.taskID))),
                          departments: Array(Set(all.compactMap(\.task.task.lead))).sorted(), department: department)
    }

    struct ProgressForm: Content {
        var state: String
        var percent: String?
        var text: String?
    }

    static func postProgress(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let actor = try req.webPrincipal
        guard let id = UUID(uuidString: try req.parameter("task")) else {
            throw AppError(.notFound, code: .taskNotFound, message: "no such task", vietnamese: L.taskNotFound)
        }
        let form = try req.content.decode(ProgressForm.self)
        do {
            guard let state = ReportedProgress(rawValue: form.state) else {
                throw AppError(.invalid, code: .progressStateInvalid, message: "unknown state", vietnamese: L.progressStateInvalid)
            }
            let percentText = form.percent?.trimmingCharacters(in: .whitespaces) ?? ""
            let percent: Int
            if percentText.isEmpty {
                percent = state == .completed ? 100 : 0
            } else if let n = Int(percentText) {
                percent = n
            } else {
                throw AppError(.invalid, code: .progressPercentInvalid, message: "percent is not a number",
                               vietnamese: L.progressPercentInvalid(percentText))
            }
            _ = try await req.store.postProgress(taskID: id, state: state, percent: percent, text: form.text ?? "",
                                                 unitCode: code, actor: actor)
        } catch let e as AppError where e.kind == .invalid {
            return try await respond(req, error: e.vietnamese)
        }
        let department = req.query[String.self, at: "department"]
        return WebResponse.seeOther(WebPath.tasks(code, department: department, extra: ["saved": "1"]) + "#task-\(id.uuidString)")
    }

    static func view(_ m: TasksModel, ctx: PageContext) -> Node {
        let unit = m.unit, department = m.department
        return Layout.document(title: L.tasksTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.tasksTitle(unit.fullName) }
            if let error = m.error { H.p(.class("error"), .role("alert"), .id("progress-error")) { error } }
            H.form(.method("get"), .action(WebPath.tasks(unit.code)), .class("picker")) {
                H.label(.for("department")) { L.leadDepartment }
                H.select(.id("department"), .name("department"), .data("autosubmit", "1")) {
                    H.option(.value(""), .when(department == nil, .selected)) { L.allDepartments }
                    for d in m.departments {
                        H.option(.value(d), .when(d == department, .selected)) { d }
                    }
                }
                H.button(.type("submit")) { L.filter }
            }
            if m.groups.isEmpty { H.p(.class("muted")) { L.noTasks } }
            for g in m.groups {
                H.section(.id("tasks-\(g.id)"), .aria("labelledby", "h-\(g.id)")) {
                    H.h2(.id("h-\(g.id)")) { "\(g.title) (\(g.tasks.count))" }
                    table(g, m: m, ctx: ctx)
                }
            }
        }
    }

    static func table(_ g: TasksModel.Group, m: TasksModel, ctx: PageContext) -> Node {
        DataTable(rows: g.tasks, columns: [
            .init(L.numberColumn, cellClass: "tt") { $0.task.task.number },
            .init(L.taskColumn, cellClass: "lead") { s in
                s.task.task.title
                H.small(.class("muted")) { H.br(); s.planNumber.map { "\($0) – \(s.planTitle)" } ?? s.planTitle }
                if let principal = m.principal, AccessPolicy.canUpdateTask(principal, unitCode: m.unit.code, task: s.task.task) {
                    progressForm(s, unit: m.unit, department: m.department, ctx: ctx)
                }
            },
            .init(L.leadDepartment, label: true) { $0.task.task.lead ?? L.noLead },
            .init(L.deadline, label: true) { s in
                s.task.task.deadline.label
                if let due = s.evaluation.nextOpenDue, s.task.task.deadline.isRecurring { H.br(); L.nextDue(due) }
            },
            .init(L.percentDone, .numeric, label: true) { "\($0.evaluation.percent)%" },
            .init(L.latestUpdate, label: true) { s in
                if let u = s.latest {
                    "\(u.date.shortVietnamese) · \(u.author) · \(u.state.label)"
                    if !u.text.isEmpty { H.br(); u.text }
                } else {
                    L.noValue
                }
            },
        ], class: "stack", label: g.title,
        rowAttributes: { [.id("task-\($0.task.id.uuidString)"), .data("status", $0.evaluation.status.rawValue)] }).node
    }

    /// Behind a disclosure so a long list stays readable; works without JavaScript.
    static func progressForm(_ s: TaskState, unit: AdministrativeUnit, department: String?, ctx: PageContext) -> Node {
        let id = s.task.id.uuidString
        return H.details(.class("no-print")) {
            H.summary { L.postProgress }
            H.form(.method("post"), .action(WebPath.taskProgress(unit.code, id, department: department)),
                   .class("progress-form")) {
                ctx.csrfField
                H.div(.class("field")) {
                    H.label(.for("state-\(id)")) { L.progressState }
                    H.select(.id("state-\(id)"), .name("state")) {
                        for st in ReportedProgress.allCases {
                            H.option(.value(st.rawValue), .when(st == (s.latest?.state ?? .inProgress), .selected)) { st.label }
                        }
                    }
                }
                H.div(.class("field")) {
                    H.label(.for("percent-\(id)")) { L.percentDone }
                    H.input(.type("number"), .id("percent-\(id)"), .name("percent"), .attr("min", "0"), .attr("max", "100"),
                            .value(String(s.evaluation.percent)))
                }
                H.div(.class("field")) {
                    H.label(.for("text-\(id)")) { L.progressText }
                    H.textarea(.id("text-\(id)"), .name("text"), .attr("rows", "2")) { "" }
                }
                H.button(.type("submit")) { L.save }
            }
        }
    }
}
