import Foundation

/// Counts over a set of work tasks for a period. Percentages are 0…100, nil when the base is zero.
public struct ProgressFigures: Sendable, Equatable, Codable {
    /// Work tasks considered (group headings excluded).
    public var taskCount = 0
    /// Tasks with at least one update dated in the period: "được theo dõi … trên môi trường điện tử".
    public var trackedCount = 0
    /// Tasks with a due date in the period.
    public var dueCount = 0
    /// Of `dueCount`: every due date in the period met.
    public var completedOnTimeCount = 0
    /// Of `dueCount`: every due date in the period completed, at least one late.
    public var completedLateCount = 0
    /// Tasks whose status is overdue on the day judged.
    public var overdueCount = 0

    public init() {}

    /// Feeds plan indicator 7.7 "Tỷ lệ nhiệm vụ được theo dõi, quản lý, giám sát … trên môi trường điện tử".
    public var trackedPercent: Double? { Self.percent(trackedCount, of: taskCount) }
    /// Share of the tasks due in the period that met every due date.
    public var onTimePercent: Double? { Self.percent(completedOnTimeCount, of: dueCount) }

    static func percent(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) * 100 / Double(whole)
    }

    public mutating func add(_ other: ProgressFigures) {
        taskCount += other.taskCount
        trackedCount += other.trackedCount
        dueCount += other.dueCount
        completedOnTimeCount += other.completedOnTimeCount
        completedLateCount += other.completedLateCount
        overdueCount += other.overdueCount
    }

    private enum CodingKeys: String, CodingKey {
        case taskCount = "task_count"
        case trackedCount = "tracked_count"
        case dueCount = "due_count"
        case completedOnTimeCount = "completed_on_time_count"
        case completedLateCount = "completed_late_count"
        case overdueCount = "overdue_count"
    }
}

public struct DepartmentProgress: Sendable, Equatable {
    /// Lead department; nil groups tasks with no lead.
    public let department: String?
    public let figures: ProgressFigures

    public var label: String { department ?? "Chưa phân công chủ trì" }
}

/// A task to act on: overdue (`days` late) or due soon (`days` left, 0 = due today).
public struct TaskAlert: Sendable, Equatable {
    public let path: String
    public let number: String
    public let title: String
    public let lead: String?
    public let due: LocalDay
    public let days: Int
    public let status: TaskStatus
    public let percent: Int
}

/// The dashboard's reminders: overdue tasks first (most days late first), then tasks due soon.
public struct TaskReminders: Sendable, Equatable {
    /// Oldest due date first.
    public let overdue: [TaskAlert]
    /// Not completed and due within the window: nearest due date first.
    public let dueSoon: [TaskAlert]
}

public struct PlanProgressSummary: Sendable, Equatable {
    public let period: ClosedRange<LocalDay>
    public let today: LocalDay
    public let overall: ProgressFigures
    /// In order of each department's first task; tasks with no lead last.
    public let byDepartment: [DepartmentProgress]
    /// Oldest due date first.
    public let overdue: [TaskAlert]
    /// Not completed and due within the window: nearest due date first.
    public let atRisk: [TaskAlert]
}

public enum PlanProgress {
    /// - Parameters:
    ///   - histories: updates keyed by `PlanTask.path`; a task absent from the map has none.
    ///   - period: the reporting period the shares are about.
    ///   - today: the day statuses are judged on (the period's end for a past period).
    ///   - atRiskWithinDays: a task not completed whose next due date is at most this many days away is at risk.
    public static func summarize(plan: Plan, histories: [String: ProgressHistory],
                                 period: ClosedRange<LocalDay>, today: LocalDay,
                                 atRiskWithinDays: Int = 7) -> PlanProgressSummary {
        var overall = ProgressFigures()
        var departmentOrder: [String?] = []
        var departments: [String?: ProgressFigures] = [:]
        var evaluated: [(task: PlanTask, evaluation: TaskEvaluation)] = []

        for task in plan.workTasks {
            let history = histories[task.path] ?? ProgressHistory()
            let start = task.assignedOn ?? plan.date ?? period.lowerBound
            let evaluation = TaskStatusRules.evaluate(deadline: task.deadline, history: history, start: start, today: today)
            evaluated.append((task, evaluation))

            var figures = ProgressFigures()
            figures.taskCount = 1
            if history.updates.contains(where: { period.contains($0.date) && $0.date <= today }) {
                figures.trackedCount = 1
            }
            let dues = dueDates(of: task.deadline, start: start, in: period)
            if !dues.isEmpty {
                figures.dueCount = 1
                let outcomes = dues.map { evaluation.outcome(dueOn: $0)?.onTime }
                if outcomes.allSatisfy({ $0 == true }) {
                    figures.completedOnTimeCount = 1
                } else if outcomes.allSatisfy({ $0 != nil }) {
                    figures.completedLateCount = 1
                }
            }
            if evaluation.status == .overdue { figures.overdueCount = 1 }

            overall.add(figures)
            if departments[task.lead] == nil { departmentOrder.append(task.lead) }
            departments[task.lead, default: ProgressFigures()].add(figures)
        }

        // Departments in order of appearance; the unassigned bucket goes last.
        let ordered = departmentOrder.filter { $0 != nil } + departmentOrder.filter { $0 == nil }
        let reminders = alerts(evaluated, today: today, withinDays: atRiskWithinDays)
        return PlanProgressSummary(
            period: period, today: today, overall: overall,
            byDepartment: ordered.map { DepartmentProgress(department: $0, figures: departments[$0]!) },
            overdue: reminders.overdue, atRisk: reminders.dueSoon)
    }

    /// Overdue tasks and tasks due within `withinDays` days, for the dashboard of the commune
    /// admin (`leadDepartment` nil) or of one lead department.
    public static func reminders(plan: Plan, histories: [String: ProgressHistory], today: LocalDay,
                                 withinDays: Int = 7, leadDepartment: String? = nil) -> TaskReminders {
        let key = leadDepartment.map(VietnameseText.folded)
        let evaluated = plan.workTasks
            .filter { task in key == nil || task.lead.map(VietnameseText.folded) == key }
            .map { task in
                (task: task, evaluation: TaskStatusRules.evaluate(
                    deadline: task.deadline, history: histories[task.path] ?? ProgressHistory(),
                    start: task.assignedOn ?? plan.date ?? today, today: today))
            }
        return alerts(evaluated, today: today, withinDays: withinDays)
    }

    private static func alerts(_ evaluated: [(task: PlanTask, evaluation: TaskEvaluation)], today: LocalDay,
                               withinDays: Int) -> TaskReminders {
        var overdue: [(alert: TaskAlert, order: Int)] = []
        var dueSoon: [(alert: TaskAlert, order: Int)] = []
        for (order, item) in evaluated.enumerated() {
            let (task, evaluation) = item
            if evaluation.status == .overdue, let due = evaluation.due {
                overdue.append((alert(task, evaluation, due: due, days: due.days(until: today)), order))
            } else if evaluation.status == .notStarted || evaluation.status == .inProgress,
                      let due = evaluation.nextOpenDue {
                let left = today.days(until: due)
                if left >= 0 && left <= withinDays {
                    dueSoon.append((alert(task, evaluation, due: due, days: left), order))
                }
            }
        }
        return TaskReminders(
            overdue: overdue.sorted { ($0.alert.due, $0.order) < ($1.alert.due, $1.order) }.map(\.alert),
            dueSoon: dueSoon.sorted { ($0.alert.due, $0.order) < ($1.alert.due, $1.order) }.map(\.alert))
    }

    /// Due dates that fall in the period; recurring cycles only from the task's start.
    static func dueDates(of deadline: TaskDeadline, start: LocalDay, in period: ClosedRange<LocalDay>) -> [LocalDay] {
        if case .fixed(let date) = deadline { return period.contains(date) ? [date] : [] }
        let from = max(start, period.lowerBound)
        guard from <= period.upperBound else { return [] }
        return deadline.dueDates(in: from...period.upperBound)
    }

    private static func alert(_ task: PlanTask, _ evaluation: TaskEvaluation, due: LocalDay, days: Int) -> TaskAlert {
        TaskAlert(path: task.path, number: task.number, title: task.title, lead: task.lead, due: due, days: days,
                  status: evaluation.status, percent: evaluation.percent)
    }
}

extension PlanProgress {
    /// The summary for a reporting period's calendar months ("2025-Q3" → 1/7–30/9), judged on
    /// `today` or, for a period already over, on its last day.
    public static func summarize(plan: Plan, histories: [String: ProgressHistory], period: ReportingPeriod,
                                 today: LocalDay, atRiskWithinDays: Int = 7) -> PlanProgressSummary {
        let range = period.calendarRange
        return summarize(plan: plan, histories: histories, period: range.from...range.to,
                         today: min(today, range.to), atRiskWithinDays: atRiskWithinDays)
    }
}
