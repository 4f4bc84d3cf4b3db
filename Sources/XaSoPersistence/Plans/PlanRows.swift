import Foundation
import XaSoCore
import XaSoStorage

/// Between the plan tables and the domain types.
extension XaSoStore {
    static func jsonArray(_ strings: [String]) -> String { json(strings) }

    static func stringArray(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }

    static func day(_ text: String?) -> LocalDay? {
        text.flatMap { LocalDay(parsing: $0) }
    }

    static func planTask(_ m: PlanTaskModel) -> PlanTask {
        PlanTask(number: m.number, title: m.title, parentNumber: m.parentNumber, lead: m.lead,
                 partners: stringArray(m.partners), deadline: TaskDeadline(code: m.deadline) ?? .none,
                 expectedOutput: m.expectedOutput, indicatorCode: m.indicatorCode, content: m.content,
                 solution: m.solution, details: stringArray(m.details), assignedOn: day(m.assignedOn))
    }

    static func storedTask(_ m: PlanTaskModel, fallbackStart: LocalDay) throws -> StoredTask {
        let task = planTask(m)
        return StoredTask(id: try m.requireID(), planID: m.planID, unitCode: m.unitCode, position: m.position, isWork: m.isWork,
                          task: task, start: task.assignedOn ?? fallbackStart)
    }

    /// Copies the task's data fields; `next_due` is set by the caller, which knows the history.
    static func apply(_ task: PlanTask, to m: PlanTaskModel) {
        m.number = task.number
        m.path = task.path
        m.parentNumber = task.parentNumber
        m.title = task.title
        m.lead = task.lead
        m.leadKey = task.lead.map(VietnameseText.folded)
        m.partners = jsonArray(task.partners)
        m.deadline = task.deadline.code
        m.expectedOutput = task.expectedOutput
        m.indicatorCode = task.indicatorCode
        m.content = task.content
        m.solution = task.solution
        m.details = jsonArray(task.details)
        m.assignedOn = task.assignedOn?.description
    }

    static func progressUpdate(_ m: TaskProgressModel) -> ProgressUpdate? {
        guard let date = day(m.reportedOn), let state = ReportedProgress(rawValue: m.state) else { return nil }
        return try? ProgressUpdate(date: date, author: m.author, state: state, percent: m.percent, text: m.note,
                                   attachmentName: m.attachmentName)
    }

    static func comment(_ m: TaskCommentModel) -> TaskComment? {
        guard let date = day(m.writtenOn) else { return nil }
        return try? TaskComment(date: date, author: m.author, department: m.department, text: m.body)
    }

    /// The due date of the first cycle the history has not completed, judged after the last update.
    /// Later days cannot change it: an update belongs to the earliest open cycle, and a cycle is
    /// closed only by a completion, so only a new update moves it.
    static func nextDue(deadline: TaskDeadline, history: ProgressHistory, start: LocalDay) -> LocalDay? {
        guard deadline.hasDueDates else { return nil }
        let horizon = max(start, history.latest?.date ?? start)
        let evaluation = TaskStatusRules.evaluate(deadline: deadline, history: history, start: start, today: horizon)
        if let open = evaluation.nextOpenDue { return open }
        // Every cycle so far completed: a recurring deadline's next cycle is the one to meet; a fixed one is done.
        guard deadline.isRecurring, let last = evaluation.occurrences.last?.due else { return nil }
        return deadline.nextDue(after: last)
    }

    /// The start used for a plan's tasks that were stored without an assignment day.
    static func planStart(_ m: PlanModel) -> LocalDay {
        day(m.issuedOn) ?? LocalDay(date: m.createdAt)
    }

    static func plan(_ m: PlanModel, tasks: [PlanTaskModel]) throws -> StoredPlan {
        let start = planStart(m)
        var taskIDs: [String: UUID] = [:]
        var planTasks: [PlanTask] = []
        for row in tasks.sorted(by: { $0.position < $1.position }) {
            var task = planTask(row)
            if task.assignedOn == nil { task.assignedOn = start }
            planTasks.append(task)
            taskIDs[task.path] = row.id
        }
        let plan = Plan(number: m.number, date: day(m.issuedOn), title: m.title, legalBasis: stringArray(m.legalBasis),
                        unitCode: m.unitCode, tasks: planTasks)
        return StoredPlan(id: try m.requireID(), createdAt: m.createdAt, createdBy: m.createdBy, plan: plan, taskIDs: taskIDs)
    }
}
