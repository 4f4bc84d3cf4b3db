import Foundation
import XaSoCore

/// A stored plan: the domain plan with the ids the API and pages address it by.
public struct StoredPlan: Sendable, Equatable {
    public let id: UUID
    public let createdAt: Date
    public let createdBy: String
    /// Tasks in document order; every task's `assignedOn` is set (see `XaSoStore.createPlan`).
    public var plan: Plan
    /// Task ids by `PlanTask.path`.
    public var taskIDs: [String: UUID]

    public func taskID(path: String) -> UUID? { taskIDs[path] }

    public init(id: UUID, createdAt: Date, createdBy: String, plan: Plan, taskIDs: [String: UUID]) {
        self.id = id
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.plan = plan
        self.taskIDs = taskIDs
    }
}

/// One plan in a commune's list.
public struct PlanListing: Sendable, Equatable {
    public let id: UUID
    public let unitCode: String
    public let number: String?
    public let date: LocalDay?
    public let title: String
    public let createdAt: Date
    public let taskCount: Int
    /// Tasks that carry work (group headings excluded).
    public let workTaskCount: Int

    public init(id: UUID, unitCode: String, number: String?, date: LocalDay?, title: String, createdAt: Date,
                taskCount: Int, workTaskCount: Int) {
        self.id = id
        self.unitCode = unitCode
        self.number = number
        self.date = date
        self.title = title
        self.createdAt = createdAt
        self.taskCount = taskCount
        self.workTaskCount = workTaskCount
    }
}

/// A stored task with where it belongs.
public struct StoredTask: Sendable, Equatable {
    public let id: UUID
    public let planID: UUID
    public let unitCode: String
    public let position: Int
    /// False for a group heading other tasks name as parent.
    public let isWork: Bool
    public var task: PlanTask
    /// The first day recurring cycles count from: the task's assignment day.
    public var start: LocalDay

    public init(id: UUID, planID: UUID, unitCode: String, position: Int, isWork: Bool, task: PlanTask,
                start: LocalDay) {
        self.id = id
        self.planID = planID
        self.unitCode = unitCode
        self.position = position
        self.isWork = isWork
        self.task = task
        self.start = start
    }
}

/// A task with its state as of a day.
public struct TaskState: Sendable, Equatable {
    public let task: StoredTask
    public let planTitle: String
    public let planNumber: String?
    public let evaluation: TaskEvaluation
    public let latest: ProgressUpdate?

    public init(task: StoredTask, planTitle: String, planNumber: String?, evaluation: TaskEvaluation,
                latest: ProgressUpdate?) {
        self.task = task
        self.planTitle = planTitle
        self.planNumber = planNumber
        self.evaluation = evaluation
        self.latest = latest
    }
}

/// A reminder with the plan and task it is about (a commune has several plans, whose task
/// numbers repeat).
public struct PlanTaskAlert: Sendable, Equatable {
    public let planID: UUID
    public let planTitle: String
    public let taskID: UUID
    public let alert: TaskAlert

    public init(planID: UUID, planTitle: String, taskID: UUID, alert: TaskAlert) {
        self.planID = planID
        self.planTitle = planTitle
        self.taskID = taskID
        self.alert = alert
    }
}

/// What a lead department or the commune admin has to act on, across the commune's plans.
public struct UnitReminders: Sendable, Equatable {
    public let today: LocalDay
    public let withinDays: Int
    /// Nil for the whole commune.
    public let department: String?
    /// Oldest due date first.
    public let overdue: [PlanTaskAlert]
    /// Nearest due date first.
    public let dueSoon: [PlanTaskAlert]

    public init(today: LocalDay, withinDays: Int, department: String?, overdue: [PlanTaskAlert],
                dueSoon: [PlanTaskAlert]) {
        self.today = today
        self.withinDays = withinDays
        self.department = department
        self.overdue = overdue
        self.dueSoon = dueSoon
    }
}

/// Progress figures of one lead department across plans.
public struct DepartmentFigures: Sendable, Equatable {
    /// Nil groups tasks with no lead.
    public let department: String?
    public let figures: ProgressFigures

    public var label: String { department ?? "Chưa phân công chủ trì" }

    public init(department: String?, figures: ProgressFigures) {
        self.department = department
        self.figures = figures
    }
}

/// Progress figures of one plan.
public struct PlanFigures: Sendable, Equatable {
    public let planID: UUID
    public let title: String
    public let number: String?
    public let figures: ProgressFigures

    public init(planID: UUID, title: String, number: String?, figures: ProgressFigures) {
        self.planID = planID
        self.title = title
        self.number = number
        self.figures = figures
    }
}

/// The progress of a commune's plans (or of one) over a reporting period.
public struct UnitPlanProgress: Sendable, Equatable {
    public let unitCode: String
    public let period: ReportingPeriod
    public let range: DayRange
    /// The day statuses are judged on: the asked day, or the period's last day when it is over.
    public let today: LocalDay
    public let overall: ProgressFigures
    /// In order of each department's first task; tasks with no lead last.
    public let byDepartment: [DepartmentFigures]
    public let byPlan: [PlanFigures]
    /// Oldest due date first.
    public let overdue: [PlanTaskAlert]
    /// Not completed and due within the window: nearest due date first.
    public let atRisk: [PlanTaskAlert]

    public init(unitCode: String, period: ReportingPeriod, range: DayRange, today: LocalDay, overall: ProgressFigures,
                byDepartment: [DepartmentFigures], byPlan: [PlanFigures], overdue: [PlanTaskAlert],
                atRisk: [PlanTaskAlert]) {
        self.unitCode = unitCode
        self.period = period
        self.range = range
        self.today = today
        self.overall = overall
        self.byDepartment = byDepartment
        self.byPlan = byPlan
        self.overdue = overdue
        self.atRisk = atRisk
    }
}

/// What creating or importing a plan gives back.
public struct PlanCreation: Sendable, Equatable {
    public let plan: StoredPlan
    /// Bodies named as lead or partner that match none of the commune's departments, once each,
    /// as written: the caller offers to add them (`XaSoStore.addDepartment`). Tasks keep the names.
    public let newDepartments: [String]

    public init(plan: StoredPlan, newDepartments: [String]) {
        self.plan = plan
        self.newDepartments = newDepartments
    }
}

/// A change to a task's assignment; nil leaves a field as it is, `.some(nil)` clears it.
public struct TaskChanges: Sendable, Equatable {
    public var title: String?
    public var lead: String??
    public var partners: [String]?
    public var deadline: TaskDeadline?
    public var expectedOutput: String??
    public var indicatorCode: String??
    public var assignedOn: LocalDay?

    public init(title: String? = nil, lead: String?? = nil, partners: [String]? = nil, deadline: TaskDeadline? = nil,
                expectedOutput: String?? = nil, indicatorCode: String?? = nil, assignedOn: LocalDay? = nil) {
        self.title = title
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
        self.expectedOutput = expectedOutput
        self.indicatorCode = indicatorCode
        self.assignedOn = assignedOn
    }

    public var isEmpty: Bool { self == TaskChanges() }
}
