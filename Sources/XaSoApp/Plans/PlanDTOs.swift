import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// What the plan endpoints and commands speak: snake_case JSON, days as "2025-12-31", deadlines as
/// `TaskDeadline.code` with a Vietnamese label beside them.
struct PlanListItemDTO: Content, Equatable {
    var id: UUID
    var unit_code: String
    var number: String?
    var date: String?
    var title: String
    var task_count: Int
    var work_task_count: Int
    var created_at: Date

    init(_ p: PlanListing) {
        id = p.id
        unit_code = p.unitCode
        number = p.number
        date = p.date?.description
        title = p.title
        task_count = p.taskCount
        work_task_count = p.workTaskCount
        created_at = p.createdAt
    }
}

struct TaskDTO: Content, Equatable {
    var id: UUID
    var plan_id: UUID
    var plan_title: String?
    var number: String
    var path: String
    var title: String
    var parent_number: String?
    /// False for a group heading that other tasks name as parent.
    var is_work: Bool
    var lead: String?
    var partners: [String]
    var deadline: String?
    var deadline_label: String
    var expected_output: String?
    var indicator_code: String?
    var content: String?
    var solution: String?
    var details: [String]
    var assigned_on: String?
    /// Present when the task's state was worked out (lists, task pages), nil for group headings.
    var status: String?
    var status_label: String?
    var percent: Int?
    /// Due date of the cycle the status describes.
    var due: String?
    /// Due date of the earliest cycle not completed.
    var next_due: String?
    var completed_on: String?
    var last_update: String?

    init(_ t: StoredTask, planTitle: String? = nil, evaluation: TaskEvaluation? = nil, latest: ProgressUpdate? = nil) {
        id = t.id
        plan_id = t.planID
        plan_title = planTitle
        number = t.task.number
        path = t.task.path
        title = t.task.title
        parent_number = t.task.parentNumber
        is_work = t.isWork
        lead = t.task.lead
        partners = t.task.partners
        deadline = t.task.deadline == .none ? nil : t.task.deadline.code
        deadline_label = t.task.deadline.label
        expected_output = t.task.expectedOutput
        indicator_code = t.task.indicatorCode
        content = t.task.content
        solution = t.task.solution
        details = t.task.details
        assigned_on = t.task.assignedOn?.description ?? t.start.description
        if let evaluation {
            status = evaluation.status.rawValue
            status_label = evaluation.status.label
            percent = evaluation.percent
            due = evaluation.due?.description
            next_due = evaluation.nextOpenDue?.description
            completed_on = evaluation.completedOn?.description
        }
        last_update = latest?.date.description
    }

    init(_ s: TaskState) {
        self.init(s.task, planTitle: s.planTitle, evaluation: s.evaluation, latest: s.latest)
    }
}

struct PlanDTO: Content, Equatable {
    var id: UUID
    var unit_code: String
    var number: String?
    var date: String?
    var title: String
    var legal_basis: [String]
    var created_by: String
    var created_at: Date
    var tasks: [TaskDTO]

    /// Every task, group headings included; `states` by task id where statuses were worked out
    /// (work tasks), none for a plan just stored.
    init(_ p: StoredPlan, states: [UUID: TaskState] = [:]) {
        id = p.id
        unit_code = p.plan.unitCode
        number = p.plan.number
        date = p.plan.date?.description
        title = p.plan.title
        legal_basis = p.plan.legalBasis
        created_by = p.createdBy
        created_at = p.createdAt
        let work = Set(p.plan.workTasks.map(\.path))
        tasks = p.plan.tasks.enumerated().compactMap { position, task -> TaskDTO? in
            guard let id = p.taskIDs[task.path] else { return nil }
            if let state = states[id] { return TaskDTO(state) }
            let stored = StoredTask(id: id, planID: p.id, unitCode: p.plan.unitCode, position: position,
                                    isWork: work.contains(task.path), task: task,
                                    start: task.assignedOn ?? p.plan.date ?? LocalDay(date: p.createdAt))
            return TaskDTO(stored, planTitle: p.plan.title)
        }
    }
}

/// A plan created by hand or imported, with the bodies to offer as new departments.
struct PlanCreatedDTO: Content, Equatable {
    var plan: PlanDTO
    var new_departments: [String]
}

/// `POST /units/{code}/plans/import`: the preview (dry run) or what was stored.
struct PlanImportDTO: Content, Equatable {
    var dry_run: Bool
    var format: String
    var number: String?
    var date: String?
    var title: String?
    var section_title: String?
    /// The preview rows, exactly as `xaso plans import --dry-run` prints them.
    var tasks: [TaskPreviewDTO]
    /// Bodies named in assignments that match no department of the commune: add them with
    /// `POST /units/{code}/departments`.
    var new_departments: [String]
    var warnings: [String]
    /// The stored plan (not on a dry run).
    var plan: PlanDTO?
}

struct ProgressDTO: Content, Equatable {
    var date: String
    var author: String
    var state: String
    var state_label: String
    var percent: Int
    var text: String
    var attachment_name: String?

    init(_ u: ProgressUpdate) {
        date = u.date.description
        author = u.author
        state = u.state.rawValue
        state_label = u.state.label
        percent = u.percent
        text = u.text
        attachment_name = u.attachmentName
    }
}

struct CommentDTO: Content, Equatable {
    var date: String
    var author: String
    var department: String?
    var text: String

    init(_ c: TaskComment) {
        date = c.date.description
        author = c.author
        department = c.department
        text = c.text
    }
}

struct TaskAlertDTO: Content, Equatable {
    var plan_id: UUID
    var plan_title: String
    var task_id: UUID
    var path: String
    var number: String
    var title: String
    var lead: String?
    var due: String
    /// Days late for an overdue task, days left for one due soon (0 = today).
    var days: Int
    var status: String
    var status_label: String
    var percent: Int

    init(_ a: PlanTaskAlert) {
        plan_id = a.planID
        plan_title = a.planTitle
        task_id = a.taskID
        path = a.alert.path
        number = a.alert.number
        title = a.alert.title
        lead = a.alert.lead
        due = a.alert.due.description
        days = a.alert.days
        status = a.alert.status.rawValue
        status_label = a.alert.status.label
        percent = a.alert.percent
    }
}

struct RemindersDTO: Content, Equatable {
    var as_of: String
    var within_days: Int
    var department: String?
    var overdue: [TaskAlertDTO]
    var due_soon: [TaskAlertDTO]

    init(_ r: UnitReminders) {
        as_of = r.today.description
        within_days = r.withinDays
        department = r.department
        overdue = r.overdue.map(TaskAlertDTO.init)
        due_soon = r.dueSoon.map(TaskAlertDTO.init)
    }
}

struct ProgressFiguresDTO: Content, Equatable {
    var task_count: Int
    var tracked_count: Int
    /// Share of work tasks with a progress update in the period (indicator NQ71.7.7), 0–100.
    var tracked_percent: Double?
    var due_count: Int
    var completed_on_time_count: Int
    var completed_late_count: Int
    var on_time_percent: Double?
    var overdue_count: Int

    init(_ f: ProgressFigures) {
        task_count = f.taskCount
        tracked_count = f.trackedCount
        tracked_percent = f.trackedPercent
        due_count = f.dueCount
        completed_on_time_count = f.completedOnTimeCount
        completed_late_count = f.completedLateCount
        on_time_percent = f.onTimePercent
        overdue_count = f.overdueCount
    }
}

struct PlanSummaryDTO: Content, Equatable {
    struct Department: Content, Equatable {
        var department: String?
        var label: String
        var figures: ProgressFiguresDTO
    }

    struct PlanRow: Content, Equatable {
        var plan_id: UUID
        var number: String?
        var title: String
        var figures: ProgressFiguresDTO
    }

    var unit_code: String
    var period: String
    var from: String
    var to: String
    var as_of: String
    var overall: ProgressFiguresDTO
    var by_department: [Department]
    var by_plan: [PlanRow]
    var overdue: [TaskAlertDTO]
    var at_risk: [TaskAlertDTO]

    init(_ s: UnitPlanProgress) {
        unit_code = s.unitCode
        period = s.period.description
        from = s.range.from.description
        to = s.range.to.description
        as_of = s.today.description
        overall = ProgressFiguresDTO(s.overall)
        by_department = s.byDepartment.map { Department(department: $0.department, label: $0.label, figures: .init($0.figures)) }
        by_plan = s.byPlan.map { PlanRow(plan_id: $0.planID, number: $0.number, title: $0.title, figures: .init($0.figures)) }
        overdue = s.overdue.map(TaskAlertDTO.init)
        at_risk = s.atRisk.map(TaskAlertDTO.init)
    }
}
