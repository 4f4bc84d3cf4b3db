import Foundation
import XaSoCore

/// Plans, their tasks, progress and comments, and the plan figures of a period.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol PlanStorage: Sendable {
    func deletePlan(id: UUID, unitCode: String, actor: Principal) async throws

    func departmentMatcher(unitCode: String) async throws -> DepartmentMatcher
    func createPlan(_ plan: Plan, actor: Principal, today: LocalDay) async throws -> PlanCreation
    func importPlan(_ parsed: ParsedPlan, unitCode: String, fallbackTitle: String, actor: Principal,
                    today: LocalDay) async throws -> PlanCreation
    func plans(unitCode: String) async throws -> [PlanListing]
    func storedPlan(id: UUID, unitCode: String?) async throws -> StoredPlan

    func planProgress(unitCode: String, planID: UUID?, period: ReportingPeriod, today: LocalDay,
                      atRiskWithinDays: Int) async throws -> UnitPlanProgress
    @discardableResult func feedTrackedTaskShare(unitCode: String, period: ReportingPeriod, actor: Principal,
                                                 today: LocalDay) async throws -> IndicatorValue

    func taskStates(unitCode: String, planID: UUID?, department: String?, status: TaskStatus?,
                    today: LocalDay) async throws -> [TaskState]
    func reminders(unitCode: String, department: String?, withinDays: Int,
                   today: LocalDay) async throws -> UnitReminders

    func storedTask(id: UUID, unitCode: String?) async throws -> StoredTask
    func taskState(id: UUID, unitCode: String?, today: LocalDay) async throws -> TaskState
    func progressHistory(taskID: UUID, unitCode: String?) async throws -> ProgressHistory
    func comments(taskID: UUID, unitCode: String?) async throws -> [TaskComment]
    func updateTask(id: UUID, _ changes: TaskChanges, unitCode: String?, actor: Principal) async throws -> StoredTask
    func postProgress(taskID: UUID, state: ReportedProgress, percent: Int, text: String, attachmentName: String?,
                      date: LocalDay?, unitCode: String?, actor: Principal, today: LocalDay) async throws -> TaskState
    func comment(taskID: UUID, text: String, unitCode: String?, actor: Principal,
                 today: LocalDay) async throws -> TaskComment
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension PlanStorage {
    func createPlan(_ plan: Plan, actor: Principal,
                    today: LocalDay = LocalDay(date: Date())) async throws -> PlanCreation {
        try await createPlan(plan, actor: actor, today: today)
    }

    func importPlan(_ parsed: ParsedPlan, unitCode: String, fallbackTitle: String = "Kế hoạch", actor: Principal,
                    today: LocalDay = LocalDay(date: Date())) async throws -> PlanCreation {
        try await importPlan(parsed, unitCode: unitCode, fallbackTitle: fallbackTitle, actor: actor, today: today)
    }

    func storedPlan(id: UUID, unitCode: String? = nil) async throws -> StoredPlan {
        try await storedPlan(id: id, unitCode: unitCode)
    }

    func planProgress(unitCode: String, planID: UUID? = nil, period: ReportingPeriod,
                      today: LocalDay = LocalDay(date: Date()),
                      atRiskWithinDays: Int = 7) async throws -> UnitPlanProgress {
        try await planProgress(unitCode: unitCode, planID: planID, period: period, today: today,
                               atRiskWithinDays: atRiskWithinDays)
    }

    @discardableResult func feedTrackedTaskShare(unitCode: String, period: ReportingPeriod, actor: Principal,
                                                 today: LocalDay = LocalDay(date: Date())) async throws -> IndicatorValue {
        try await feedTrackedTaskShare(unitCode: unitCode, period: period, actor: actor, today: today)
    }

    func taskStates(unitCode: String, planID: UUID? = nil, department: String? = nil, status: TaskStatus? = nil,
                    today: LocalDay = LocalDay(date: Date())) async throws -> [TaskState] {
        try await taskStates(unitCode: unitCode, planID: planID, department: department, status: status, today: today)
    }

    func reminders(unitCode: String, department: String? = nil, withinDays: Int = 7,
                   today: LocalDay = LocalDay(date: Date())) async throws -> UnitReminders {
        try await reminders(unitCode: unitCode, department: department, withinDays: withinDays, today: today)
    }

    func storedTask(id: UUID, unitCode: String? = nil) async throws -> StoredTask {
        try await storedTask(id: id, unitCode: unitCode)
    }

    func taskState(id: UUID, unitCode: String? = nil,
                   today: LocalDay = LocalDay(date: Date())) async throws -> TaskState {
        try await taskState(id: id, unitCode: unitCode, today: today)
    }

    func progressHistory(taskID: UUID, unitCode: String? = nil) async throws -> ProgressHistory {
        try await progressHistory(taskID: taskID, unitCode: unitCode)
    }

    func comments(taskID: UUID, unitCode: String? = nil) async throws -> [TaskComment] {
        try await comments(taskID: taskID, unitCode: unitCode)
    }

    func updateTask(id: UUID, _ changes: TaskChanges, unitCode: String? = nil,
                    actor: Principal) async throws -> StoredTask {
        try await updateTask(id: id, changes, unitCode: unitCode, actor: actor)
    }

    func postProgress(taskID: UUID, state: ReportedProgress, percent: Int, text: String, attachmentName: String? = nil,
                      date: LocalDay? = nil, unitCode: String? = nil, actor: Principal,
                      today: LocalDay = LocalDay(date: Date())) async throws -> TaskState {
        try await postProgress(taskID: taskID, state: state, percent: percent, text: text,
                               attachmentName: attachmentName, date: date, unitCode: unitCode, actor: actor,
                               today: today)
    }

    func comment(taskID: UUID, text: String, unitCode: String? = nil, actor: Principal,
                 today: LocalDay = LocalDay(date: Date())) async throws -> TaskComment {
        try await comment(taskID: taskID, text: text, unitCode: unitCode, actor: actor, today: today)
    }
}
