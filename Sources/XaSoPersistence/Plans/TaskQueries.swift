import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

/// A commune's tasks across its plans: lists by status, reminders.
extension XaSoStore {
    /// Work tasks (group headings left out) of the commune's plans, in plan then document order,
    /// with their status as of `today`; narrowed to one plan, one lead department, one status.
    public func taskStates(unitCode: String, planID: UUID? = nil, department: String? = nil, status: TaskStatus? = nil,
                           today: LocalDay = LocalDay(date: Date())) async throws -> [TaskState] {
        var query = PlanTaskModel.query(on: db).filter(\.$unitCode == unitCode).filter(\.$isWork == true)
        if let planID { query = query.filter(\.$planID == planID) }
        if let department { query = query.filter(\.$leadKey == VietnameseText.folded(department)) }
        let rows = try await query.all()
        let plans = try await planRows(unitCode: unitCode)
        let histories = try await histories(taskIDs: rows.compactMap(\.id))
        return try Self.ordered(rows, plans: plans).compactMap { row -> TaskState? in
            guard let plan = plans.byID[row.planID] else { return nil }
            let task = try Self.storedTask(row, fallbackStart: Self.planStart(plan))
            let state = Self.state(task, plan: plan, history: histories[try row.requireID()] ?? ProgressHistory(), today: today)
            return status == nil || state.evaluation.status == status ? state : nil
        }
    }

    /// Overdue tasks and tasks due within `withinDays` days for the commune admin's dashboard
    /// (`department` nil) or a lead department's. The database picks the candidates by their
    /// first open due date (`next_due ≤ today + withinDays`), plus, when judging a past day, the
    /// tasks updated after it (their open cycle may have been closed since); `PlanProgress.reminders` decides.
    public func reminders(unitCode: String, department: String? = nil, withinDays: Int = 7,
                          today: LocalDay = LocalDay(date: Date())) async throws -> UnitReminders {
        let horizon = today.adding(days: max(0, withinDays)).description
        var query = PlanTaskModel.query(on: db).filter(\.$unitCode == unitCode).filter(\.$isWork == true)
            .group(.or) { $0.filter(\.$nextDue <= horizon).filter(\.$lastReportedOn > today.description) }
        if let department { query = query.filter(\.$leadKey == VietnameseText.folded(department)) }
        let rows = try await query.all()
        let plans = try await planRows(unitCode: unitCode)
        let histories = try await histories(taskIDs: rows.compactMap(\.id))

        var overdue: [(alert: PlanTaskAlert, order: Int)] = []
        var dueSoon: [(alert: PlanTaskAlert, order: Int)] = []
        let ordered = Self.ordered(rows, plans: plans)
        let order = Dictionary(uniqueKeysWithValues: try ordered.enumerated().map { (try $1.requireID(), $0) })
        for (planID, planTasks) in Dictionary(grouping: ordered, by: \.planID) {
            guard let planRow = plans.byID[planID] else { continue }
            let (plan, pathHistories, ids) = try Self.partialPlan(planRow, tasks: planTasks, histories: histories)
            let found = PlanProgress.reminders(plan: plan, histories: pathHistories, today: today, withinDays: withinDays,
                                               leadDepartment: department)
            func wrap(_ alert: TaskAlert) -> (alert: PlanTaskAlert, order: Int)? {
                guard let id = ids[alert.path] else { return nil }
                return (PlanTaskAlert(planID: planID, planTitle: planRow.title, taskID: id, alert: alert), order[id] ?? 0)
            }
            overdue += found.overdue.compactMap(wrap)
            dueSoon += found.dueSoon.compactMap(wrap)
        }
        func sorted(_ list: [(alert: PlanTaskAlert, order: Int)]) -> [PlanTaskAlert] {
            list.sorted { ($0.alert.alert.due, $0.order) < ($1.alert.alert.due, $1.order) }.map(\.alert)
        }
        return UnitReminders(today: today, withinDays: withinDays, department: department,
                             overdue: sorted(overdue), dueSoon: sorted(dueSoon))
    }

    struct PlanRows {
        var byID: [UUID: PlanModel]
        /// Oldest plan first.
        var order: [UUID]
    }

    func planRows(unitCode: String) async throws -> PlanRows {
        let rows = try await PlanModel.query(on: db).filter(\.$unitCode == unitCode).sort(\.$createdAt).sort(\.$id).all()
        return PlanRows(byID: Dictionary(uniqueKeysWithValues: try rows.map { (try $0.requireID(), $0) }), order: rows.compactMap(\.id))
    }

    /// Plan order (oldest plan first), then document order.
    static func ordered(_ rows: [PlanTaskModel], plans: PlanRows) -> [PlanTaskModel] {
        let rank = Dictionary(uniqueKeysWithValues: plans.order.enumerated().map { ($1, $0) })
        return rows.sorted { (rank[$0.planID] ?? Int.max, $0.position) < (rank[$1.planID] ?? Int.max, $1.position) }
    }

    /// A plan holding only `tasks` (each with its start as assignment day), their histories by
    /// path, and their ids by path: what the core's progress functions take.
    static func partialPlan(_ plan: PlanModel, tasks: [PlanTaskModel], histories: [UUID: ProgressHistory])
        throws -> (plan: Plan, histories: [String: ProgressHistory], ids: [String: UUID]) {
        let stored = try Self.plan(plan, tasks: tasks)
        return (stored.plan, stored.taskIDs.compactMapValues { histories[$0] }, stored.taskIDs)
    }
}
