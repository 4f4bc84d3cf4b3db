import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

/// Shares of tasks tracked and completed on time, per department and per plan, and the figure
/// they feed: plan indicator 7.7 "Tỷ lệ nhiệm vụ được theo dõi, quản lý, giám sát … trên môi trường điện tử".
extension XaSoStore {
    /// The indicator the tracked share feeds (Phụ lục 1 of the NQ57 plan, 7.7).
    public static let trackedTaskIndicatorCode = "NQ71.7.7"
    /// `IndicatorValue.source` of figures computed here.
    public static let planTasksSource = "plan_tasks"

    /// Progress over a reporting period for all of the commune's plans, or for one, judged on
    /// `today` (or on the period's last day when the period is over).
    public func planProgress(unitCode: String, planID: UUID? = nil, period: ReportingPeriod,
                             today: LocalDay = LocalDay(date: Date()), atRiskWithinDays: Int = 7) async throws -> UnitPlanProgress {
        // A plan asked for by id is checked to be the commune's when it is read below (404 otherwise).
        var ids = planID.map { [$0] } ?? []
        if planID == nil { ids = try await planRows(unitCode: unitCode).order }
        let range = period.calendarRange
        let judgedOn = min(today, range.to)

        var overall = ProgressFigures()
        var departmentOrder: [String] = []
        var departments: [String: (name: String?, figures: ProgressFigures)] = [:]
        var byPlan: [PlanFigures] = []
        var overdue: [PlanTaskAlert] = []
        var atRisk: [PlanTaskAlert] = []
        for id in ids {
            let stored = try await storedPlan(id: id, unitCode: unitCode)
            // The task ids came with the plan: one query for their updates, none for the tasks again.
            let byID = try await histories(taskIDs: Array(stored.taskIDs.values))
            let summary = PlanProgress.summarize(plan: stored.plan, histories: stored.taskIDs.compactMapValues { byID[$0] },
                                                 period: period, today: today, atRiskWithinDays: atRiskWithinDays)
            overall.add(summary.overall)
            byPlan.append(PlanFigures(planID: id, title: stored.plan.title, number: stored.plan.number, figures: summary.overall))
            for department in summary.byDepartment {
                // Departments match across plans as people type them; the first spelling is shown.
                let key = department.department.map(VietnameseText.folded) ?? ""
                if departments[key] == nil {
                    departmentOrder.append(key)
                    departments[key] = (department.department, ProgressFigures())
                }
                departments[key]!.figures.add(department.figures)
            }
            func wrap(_ alert: TaskAlert) -> PlanTaskAlert? {
                stored.taskID(path: alert.path).map {
                    PlanTaskAlert(planID: id, planTitle: stored.plan.title, taskID: $0, alert: alert)
                }
            }
            overdue += summary.overdue.compactMap(wrap)
            atRisk += summary.atRisk.compactMap(wrap)
        }
        let keys = departmentOrder.filter { !$0.isEmpty } + departmentOrder.filter(\.isEmpty)
        // Stable sorts keep plan order among equal due dates.
        return UnitPlanProgress(
            unitCode: unitCode, period: period, range: range, today: judgedOn, overall: overall,
            byDepartment: keys.map { DepartmentFigures(department: departments[$0]!.name, figures: departments[$0]!.figures) },
            byPlan: byPlan,
            overdue: Self.stableSorted(overdue) { $0.alert.due < $1.alert.due },
            atRisk: Self.stableSorted(atRisk) { $0.alert.due < $1.alert.due })
    }

    /// Computes the share of the commune's work tasks with a progress update in the period and
    /// stores it as the figure of `trackedTaskIndicatorCode` (source "plan_tasks", numerator and
    /// denominator the task counts) through `saveValues`, with its permission check and history.
    @discardableResult
    public func feedTrackedTaskShare(unitCode: String, period: ReportingPeriod, actor: Principal,
                                     today: LocalDay = LocalDay(date: Date())) async throws -> IndicatorValue {
        let progress = try await planProgress(unitCode: unitCode, period: period, today: today)
        guard let percent = progress.overall.trackedPercent else {
            throw AppError(.invalid, code: .planNothingToMeasure,
                           message: "unit \(unitCode) has no plan task to measure for \(period)",
                           vietnamese: "Đơn vị chưa có nhiệm vụ nào trong kế hoạch để tính tỷ lệ nhiệm vụ được theo dõi trên môi trường điện tử.")
        }
        let tracked = progress.overall.trackedCount
        let total = progress.overall.taskCount
        let value = IndicatorValue(
            unitCode: unitCode, indicatorCode: Self.trackedTaskIndicatorCode, period: period,
            value: MeasuredValue(number: (percent * 10).rounded() / 10), numerator: Double(tracked),
            denominator: Double(total),
            note: "\(tracked)/\(total) nhiệm vụ được cập nhật tiến độ trên XaSo trong kỳ (tính đến ngày \(progress.today.shortVietnamese)).",
            enteredBy: actor.username, enteredAt: Date(), source: Self.planTasksSource)
        try await saveValues([value], actor: actor)
        return try await values(unitCode: unitCode, period: period).first { $0.indicatorCode == Self.trackedTaskIndicatorCode } ?? value
    }

    static func stableSorted<T>(_ list: [T], by less: (T, T) -> Bool) -> [T] {
        list.enumerated().sorted { a, b in
            less(a.element, b.element) || (!less(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
    }
}
