import Vapor
import XaSoCore
import XaSoPersistence

/// Plans of a commune: import, create, list, show, progress summary.
enum PlansController {
    /// The body is the plan as a .docx or as plain text. `?dry_run=true` returns the preview and
    /// stores nothing; otherwise the plan is stored (201) and the same preview comes back with it.
    static func importPlan(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        _ = try await req.store.requireUnit(code)
        try XaSoStore.requireManagePlans(actor, unitCode: code)
        let data = req.body.data.map { Data(buffer: $0) } ?? Data()
        let parsed = try await PlanDocument.parse(data, unitCode: code, store: req.store)
        var result = PlanImportDTO(dry_run: true, format: parsed.format.rawValue, number: parsed.number,
                                   date: parsed.date?.description, title: parsed.title, section_title: parsed.sectionTitle,
                                   tasks: TaskPreviewDTO.rows(parsed), new_departments: parsed.newDepartments, warnings: parsed.warnings,
                                   plan: nil)
        if PlanQuery.flag(req.query[String.self, at: "dry_run"]) { return try json(result) }
        let fallback = req.query[String.self, at: "title"].flatMap { $0.isEmpty ? nil : $0 } ?? "Kế hoạch"
        let created = try await req.store.importPlan(parsed, unitCode: code, fallbackTitle: fallback, actor: actor)
        result.dry_run = false
        result.new_departments = created.newDepartments
        result.plan = PlanDTO(created.plan)
        return try json(result, status: .created)
    }

    static func create(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let plan = try req.content.decode(PlanInput.self).plan(unitCode: code)
        let created = try await req.store.createPlan(plan, actor: actor)
        return try json(PlanCreatedDTO(plan: PlanDTO(created.plan), new_departments: created.newDepartments),
                        status: .created)
    }

    static func list(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        return try json(try await req.store.plans(unitCode: code).map(PlanListItemDTO.init))
    }

    /// Every task, group headings included; work tasks with their status as of `as_of`.
    static func show(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let id = try PlanQuery.id(req.parameter("plan"), .planNotFound)
        let today = try PlanQuery.asOf(req.query[String.self, at: "as_of"])
        let stored = try await req.store.storedPlan(id: id, unitCode: code)
        let states = try await req.store.taskStates(unitCode: code, planID: id, today: today)
        return try json(PlanDTO(stored, states: Dictionary(uniqueKeysWithValues: states.map { ($0.task.id, $0) })))
    }

    /// Shares tracked and on time per department and per plan over `period`, with overdue and
    /// at-risk tasks; `plan` narrows it to one plan.
    static func summary(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let plan = try req.query[String.self, at: "plan"].flatMap { $0.isEmpty ? nil : $0 }.map { try PlanQuery.id($0, .planNotFound) }
        let summary = try await req.store.planProgress(
            unitCode: code, planID: plan, period: period, today: try PlanQuery.asOf(req.query[String.self, at: "as_of"]),
            atRiskWithinDays: try PlanQuery.days(req.query[Int.self, at: "within_days"]))
        return try json(PlanSummaryDTO(summary))
    }

    /// Stores the period's share of tasks tracked electronically as the figure of indicator NQ71.7.7.
    static func feedIndicator(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        _ = try await req.store.requireUnit(code)
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let value = try await req.store.feedTrackedTaskShare(
            unitCode: code, period: period, actor: actor, today: try PlanQuery.asOf(req.query[String.self, at: "as_of"]))
        return try json(ValueDTO(value))
    }
}
