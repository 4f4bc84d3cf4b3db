import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

/// Plans: creating (by hand or from an import), listing and reading them.
extension XaSoStore {
    /// The commune's departments as the import and the assignment forms match names against them.
    public func departmentMatcher(unitCode: String) async throws -> DepartmentMatcher {
        DepartmentMatcher(known: try await departments(of: unitCode).map(\.name))
    }

    /// Stores a plan and its tasks, all or nothing. Checked first, in this order: permission
    /// (`AccessPolicy.canManagePlans`), the unit, then every task (`Plan.validate`, indicator codes),
    /// so a refused plan leaves no row behind. Lead and partner names are matched to the commune's
    /// departments; names that match none are kept as written and returned as `newDepartments`.
    /// A task without an assignment day counts from the plan's date, else from `today`.
    public func createPlan(_ plan: Plan, actor: Principal, today: LocalDay = LocalDay(date: Date())) async throws -> PlanCreation {
        try Self.requireManagePlans(actor, unitCode: plan.unitCode)
        _ = try await requireUnit(plan.unitCode)
        let matcher = try await departmentMatcher(unitCode: plan.unitCode)

        var plan = plan
        plan.title = VietnameseText.normalized(plan.title)
        plan.number = plan.number.map(VietnameseText.normalized).flatMap { $0.isEmpty ? nil : $0 }
        var newDepartments: [String] = []
        func note(_ unknown: [String]) {
            for name in unknown where !newDepartments.contains(where: { DepartmentMatcher.key($0) == DepartmentMatcher.key(name) }) {
                newDepartments.append(name)
            }
        }
        for index in plan.tasks.indices {
            var task = plan.tasks[index]
            task.title = VietnameseText.normalized(task.title)
            if let lead = task.lead {
                let resolved = matcher.resolve([lead])
                task.lead = resolved.names.first
                note(resolved.newDepartments)
            }
            let partners = matcher.resolve(task.partners)
            task.partners = partners.names
            note(partners.newDepartments)
            task.assignedOn = task.assignedOn ?? plan.date ?? today
            plan.tasks[index] = task
        }
        try plan.validate()
        try await requireKnownIndicators(plan.tasks)

        let work = Set(plan.workTasks.map(\.path))
        let now = Date()
        let planRow = PlanModel()
        planRow.id = UUID()
        planRow.createdAt = now
        planRow.createdBy = actor.username
        planRow.unitCode = plan.unitCode
        planRow.number = plan.number
        planRow.issuedOn = plan.date?.description
        planRow.title = plan.title
        planRow.legalBasis = Self.jsonArray(plan.legalBasis)
        let planID = try planRow.requireID()
        let taskRows = plan.tasks.enumerated().map { position, task in
            let row = PlanTaskModel()
            row.id = UUID()
            row.updatedAt = now
            row.planID = planID
            row.unitCode = plan.unitCode
            row.position = position
            Self.apply(task, to: row)
            row.isWork = work.contains(task.path)
            row.nextDue = Self.nextDue(deadline: task.deadline, history: ProgressHistory(),
                                       start: task.assignedOn ?? today)?.description
            return row
        }
        let stored = try Self.plan(planRow, tasks: taskRows)
        let auditText = Self.json(plan)
        try await db.writeTransaction { tx in
            try await planRow.create(on: tx)
            for chunk in taskRows.chunked(200) { try await Array(chunk).create(on: tx) }
            try await audit(on: tx, actor: actor.username, action: "create", entity: "plan", key: try planRow.requireID().uuidString,
                            before: nil, after: auditText)
        }
        return PlanCreation(plan: stored, newDepartments: newDepartments)
    }

    /// Stores what the import preview showed (`PlanTextParser.parse`), corrected or not.
    public func importPlan(_ parsed: ParsedPlan, unitCode: String, fallbackTitle: String = "Kế hoạch",
                           actor: Principal, today: LocalDay = LocalDay(date: Date())) async throws -> PlanCreation {
        try await createPlan(parsed.plan(unitCode: unitCode, fallbackTitle: fallbackTitle), actor: actor, today: today)
    }

    /// The commune's plans, oldest first.
    public func plans(unitCode: String) async throws -> [PlanListing] {
        let plans = try await PlanModel.query(on: db).filter(\.$unitCode == unitCode)
            .sort(\.$createdAt).sort(\.$id).all()
        let tasks = try await PlanTaskModel.query(on: db).filter(\.$unitCode == unitCode)
            .field(\.$planID).field(\.$isWork).all()
        var all: [UUID: Int] = [:], work: [UUID: Int] = [:]
        for t in tasks {
            all[t.planID, default: 0] += 1
            if t.isWork { work[t.planID, default: 0] += 1 }
        }
        return try plans.map { m in
            let id = try m.requireID()
            return PlanListing(id: id, unitCode: m.unitCode, number: m.number, date: Self.day(m.issuedOn), title: m.title,
                               createdAt: m.createdAt, taskCount: all[id] ?? 0, workTaskCount: work[id] ?? 0)
        }
    }

    /// A plan with its tasks; `unitCode`, when given, must be the plan's (404 otherwise, so one
    /// commune cannot probe another's plan ids).
    public func storedPlan(id: UUID, unitCode: String? = nil) async throws -> StoredPlan {
        let row = try await planRow(id: id, unitCode: unitCode)
        let tasks = try await PlanTaskModel.query(on: db).filter(\.$planID == id).sort(\.$position).all()
        return try Self.plan(row, tasks: tasks)
    }

    func planRow(id: UUID, unitCode: String?) async throws -> PlanModel {
        guard let row = try await PlanModel.find(id, on: db), unitCode == nil || row.unitCode == unitCode else {
            throw AppError.notFound(.planNotFound, id.uuidString, vietnamese: "Không tìm thấy kế hoạch \(id.uuidString).")
        }
        return row
    }

    /// Updates of the given tasks, each history in the order reported.
    func histories(taskIDs: [UUID], on database: (any Database)? = nil) async throws -> [UUID: ProgressHistory] {
        var rows: [UUID: [TaskProgressModel]] = [:]
        for chunk in taskIDs.chunked(500) {
            for row in try await TaskProgressModel.query(on: database ?? db).filter(\.$taskID ~~ Array(chunk)).all() {
                rows[row.taskID, default: []].append(row)
            }
        }
        return rows.mapValues { list in
            ProgressHistory(list.sorted { $0.position < $1.position }.compactMap(Self.progressUpdate))
        }
    }

    func requireKnownIndicators(_ tasks: [PlanTask]) async throws {
        let codes = Set(tasks.compactMap(\.indicatorCode))
        guard !codes.isEmpty else { return }
        let known = try await knownIndicatorCodes()
        let issues = tasks.enumerated().compactMap { index, task -> ImportIssue? in
            guard let code = task.indicatorCode, !known.contains(code) else { return nil }
            return ImportIssue(row: index + 1, field: "indicator_code", value: code, code: .indicatorUnknown,
                               message: "Mã chỉ tiêu “\(code)” không tồn tại.")
        }
        guard !issues.isEmpty else { return }
        throw AppError(.invalid, code: .planInvalid, message: "the plan has \(issues.count) error(s); nothing was stored",
                       vietnamese: "Kế hoạch có \(issues.count) lỗi; chưa có dữ liệu nào được lưu.", issues: issues)
    }

    /// Throws `plan.manage_forbidden` (403) unless `actor` may manage the plans of `unitCode`.
    public static func requireManagePlans(_ actor: Principal, unitCode: String) throws {
        guard !AccessPolicy.canManagePlans(actor, unitCode: unitCode) else { return }
        throw AppError(.forbidden, code: .planManageForbidden,
                       message: "only the commune admin creates, imports and assigns plans and tasks of unit \(unitCode)",
                       vietnamese: "Chỉ quản trị cấp xã được tạo, nhập và phân công kế hoạch, nhiệm vụ của đơn vị \(unitCode).")
    }
}
