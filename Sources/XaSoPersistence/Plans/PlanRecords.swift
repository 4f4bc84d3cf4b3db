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

    public init(id: UUID, planID: UUID, unitCode: String, position: Int, isWork: Bool, task: PlanTask, start: LocalDay) {
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
}

/// A reminder with the plan and task it is about (a commune has several plans, whose task
/// numbers repeat).
public struct PlanTaskAlert: Sendable, Equatable {
    public let planID: UUID
    public let planTitle: String
    public let taskID: UUID
    public let alert: TaskAlert
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
}

/// Progress figures of one lead department across plans.
public struct DepartmentFigures: Sendable, Equatable {
    /// Nil groups tasks with no lead.
    public let department: String?
    public let figures: ProgressFigures

    public var label: String { department ?? "Chưa phân công chủ trì" }
}

/// Progress figures of one plan.
public struct PlanFigures: Sendable, Equatable {
    public let planID: UUID
    public let title: String
    public let number: String?
    public let figures: ProgressFigures
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
}

/// What creating or importing a plan gives back.
public struct PlanCreation: Sendable, Equatable {
    public let plan: StoredPlan
    /// Bodies named as lead or partner that match none of the commune's departments, once each,
    /// as written: the caller offers to add them (`XaSoStore.addDepartment`). Tasks keep the names.
    public let newDepartments: [String]
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
