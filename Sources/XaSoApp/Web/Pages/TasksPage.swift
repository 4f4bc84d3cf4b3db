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

    struct Group {
        var id: String
        var title: String
        var tasks: [TaskState]
    }

    static func respond(_ req: Request, error: String?) async throws -> Response {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        let department = req.query[String.self, at: "department"].flatMap { $0.isEmpty ? nil : $0 }
        let today = LocalDay(date: Date())
        let all = try await req.store.taskStates(unitCode: code, today: today)
        // The same key the store narrows by (`lead_key`), applied to what is already read.
        let shown = department.map { d in all.filter { $0.task.task.lead.map(VietnameseText.folded) == VietnameseText.folded(d) } } ?? all
        let reminders = try await req.store.reminders(unitCode: code, department: department, withinDays: dueSoonDays, today: today)
        let departments = Array(Set(all.compactMap(\.task.task.lead))).sorted()
        let groups = group(shown, dueSoon: Set(reminders.dueSoon.map(\.taskID)))
        let ctx = PageContext(req, active: .tasks, notice: req.query[String.self, at: "saved"] == nil ? nil : L.progressSaved)
        return WebResponse.page(render(unit: unit, groups: groups, departments: departments, department: department,
                                       principal: p, error: error, ctx: ctx),
                                status: error == nil ? .ok : .unprocessableEntity)
    }

    /// Quá hạn, sắp đến hạn, then the other statuses; a task is in one group only.
    static func group(_ states: [TaskState], dueSoon: Set<UUID>) -> [Group] {
        var overdue: [TaskState] = [], soon: [TaskState] = [], rest: [TaskStatus: [TaskState]] = [:]
        for s in states {
            if s.evaluation.status == .overdue {
                overdue.append(s)
            } else if dueSoon.contains(s.task.id), !s.evaluation.status.isDone {
                soon.append(s)
            } else {
                rest[s.evaluation.status, default: []].append(s)
            }
        }
        var groups = [Group(id: "overdue", title: TaskStatus.overdue.label, tasks: overdue),
                      Group(id: "due-soon", title: L.dueSoon, tasks: soon)]
        for status in [TaskStatus.inProgress, .notStarted, .completedLate, .completed] {
            groups.append(Group(id: status.rawValue, title: status.label, tasks: rest[status] ?? []))
        }
        return groups.filter { !$0.tasks.isEmpty }
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

    static func render(unit: AdministrativeUnit, groups: [Group], departments: [String], department: String?,
                       principal: Principal, error: String?, ctx: PageContext) -> Node {
        Layout.document(title: L.tasksTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.tasksTitle(unit.fullName) }
            if let error { H.p(.class("error"), .role("alert"), .id("progress-error")) { error } }
            H.form(.method("get"), .action(WebPath.tasks(unit.code)), .class("picker")) {
                H.label(.for("department")) { L.leadDepartment }
                H.select(.id("department"), .name("department"), .data("autosubmit", "1")) {
                    H.option(.value(""), .when(department == nil, .selected)) { L.allDepartments }
                    for d in departments {
                        H.option(.value(d), .when(d == department, .selected)) { d }
                    }
                }
                H.button(.type("submit")) { L.filter }
            }
            if groups.isEmpty { H.p(.class("muted")) { L.noTasks } }
            for g in groups {
                H.section(.id("tasks-\(g.id)"), .aria("labelledby", "h-\(g.id)")) {
                    H.h2(.id("h-\(g.id)")) { "\(g.title) (\(g.tasks.count))" }
                    Components.tableWrap(label: g.title) {
                        H.table(.class("stack")) {
                            H.thead {
                                H.tr {
                                    H.th(.scope("col")) { L.numberColumn }
                                    H.th(.scope("col")) { L.taskColumn }
                                    H.th(.scope("col")) { L.leadDepartment }
                                    H.th(.scope("col")) { L.deadline }
                                    H.th(.scope("col"), .class("num")) { L.percentDone }
                                    H.th(.scope("col")) { L.latestUpdate }
                                }
                            }
                            H.tbody {
                                for s in g.tasks { row(s, unit: unit, principal: principal, department: department, ctx: ctx) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func row(_ s: TaskState, unit: AdministrativeUnit, principal: Principal, department: String?,
                    ctx: PageContext) -> Node {
        let task = s.task.task
        let id = s.task.id.uuidString
        return H.tr(.id("task-\(id)"), .data("status", s.evaluation.status.rawValue)) {
            H.td(.class("tt")) { task.number }
            H.td(.class("lead")) {
                task.title
                H.small(.class("muted")) { H.br(); s.planNumber.map { "\($0) – \(s.planTitle)" } ?? s.planTitle }
                if AccessPolicy.canUpdateTask(principal, unitCode: unit.code, task: task) {
                    progressForm(s, unit: unit, department: department, ctx: ctx)
                }
            }
            H.td(.data("label", L.leadDepartment)) { task.lead ?? L.noLead }
            H.td(.data("label", L.deadline)) {
                task.deadline.label
                if let due = s.evaluation.nextOpenDue, task.deadline.isRecurring { H.br(); L.nextDue(due) }
            }
            H.td(.class("num"), .data("label", L.percentDone)) { "\(s.evaluation.percent)%" }
            H.td(.data("label", L.latestUpdate)) {
                if let u = s.latest {
                    "\(u.date.shortVietnamese) · \(u.author) · \(u.state.label)"
                    if !u.text.isEmpty { H.br(); u.text }
                } else {
                    L.noValue
                }
            }
        }
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
