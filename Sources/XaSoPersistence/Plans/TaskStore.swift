import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

/// One task: reading it, changing its assignment, its progress updates and comments.
extension XaSoStore {
    /// The task with this id; `unitCode`, when given, must be its commune's (404 otherwise).
    public func storedTask(id: UUID, unitCode: String? = nil) async throws -> StoredTask {
        let (row, plan) = try await taskRows(id: id, unitCode: unitCode, on: db)
        return try Self.storedTask(row, fallbackStart: Self.planStart(plan))
    }

    /// The task's state as of `today`, with its plan's title.
    public func taskState(id: UUID, unitCode: String? = nil, today: LocalDay = LocalDay(date: Date())) async throws -> TaskState {
        let (row, plan) = try await taskRows(id: id, unitCode: unitCode, on: db)
        let task = try Self.storedTask(row, fallbackStart: Self.planStart(plan))
        let history = try await histories(taskIDs: [id])[id] ?? ProgressHistory()
        return Self.state(task, plan: plan, history: history, today: today)
    }

    public func progressHistory(taskID: UUID, unitCode: String? = nil) async throws -> ProgressHistory {
        _ = try await taskRows(id: taskID, unitCode: unitCode, on: db)
        return try await histories(taskIDs: [taskID])[taskID] ?? ProgressHistory()
    }

    public func comments(taskID: UUID, unitCode: String? = nil) async throws -> [TaskComment] {
        _ = try await taskRows(id: taskID, unitCode: unitCode, on: db)
        return try await TaskCommentModel.query(on: db).filter(\.$taskID == taskID).sort(\.$createdAt).sort(\.$id).all()
            .compactMap(Self.comment)
    }

    /// Changes a task's title, lead, partners, deadline, expected output or indicator (commune admin).
    /// Lead and partners must be departments of the commune (add a new one with `addDepartment` first).
    public func updateTask(id: UUID, _ changes: TaskChanges, unitCode: String? = nil, actor: Principal) async throws -> StoredTask {
        let (found, plan) = try await taskRows(id: id, unitCode: unitCode, on: db)
        try Self.requireManagePlans(actor, unitCode: found.unitCode)
        let before = Self.planTask(found)
        var task = before
        if let title = changes.title {
            task.title = VietnameseText.normalized(title)
            guard !task.title.isEmpty else {
                throw AppError(.invalid, code: .taskTitleMissing, message: "the task title is empty",
                               vietnamese: "Nhiệm vụ \(task.number) chưa có nội dung.")
            }
        }
        let matcher = try await departmentMatcher(unitCode: found.unitCode)
        if let lead = changes.lead {
            task.lead = try lead.map { try Self.knownDepartment($0, matcher: matcher, unitCode: found.unitCode) }
        }
        if let partners = changes.partners {
            task.partners = try partners.map { try Self.knownDepartment($0, matcher: matcher, unitCode: found.unitCode) }
        }
        if let deadline = changes.deadline {
            try deadline.validate()
            task.deadline = deadline
        }
        if let output = changes.expectedOutput {
            task.expectedOutput = output.map(VietnameseText.normalized).flatMap { $0.isEmpty ? nil : $0 }
        }
        if let indicator = changes.indicatorCode {
            task.indicatorCode = indicator.flatMap { $0.isEmpty ? nil : $0 }
            try await requireKnownIndicators([task])
        }
        if let day = changes.assignedOn { task.assignedOn = day }

        let changed = task
        return try await db.writeTransaction { tx in
            let history = try await histories(taskIDs: [id], on: tx)[id] ?? ProgressHistory()
            Self.apply(changed, to: found)
            let start = changed.assignedOn ?? Self.planStart(plan)
            found.nextDue = Self.nextDue(deadline: changed.deadline, history: history, start: start)?.description
            found.updatedAt = Date()
            try await found.update(on: tx)
            try await audit(on: tx, actor: actor.username, action: "update", entity: "plan_task", key: id.uuidString,
                            before: Self.json(before), after: Self.json(changed))
            return try Self.storedTask(found, fallbackStart: Self.planStart(plan))
        }
    }

    /// Records a progress report. Only the lead department's officers and the commune admin may
    /// (`AccessPolicy.requireTaskUpdate`); a report cannot be dated after `today`.
    public func postProgress(taskID: UUID, state: ReportedProgress, percent: Int, text: String,
                             attachmentName: String? = nil, date: LocalDay? = nil, unitCode: String? = nil,
                             actor: Principal, today: LocalDay = LocalDay(date: Date())) async throws -> TaskState {
        let (found, plan) = try await taskRows(id: taskID, unitCode: unitCode, on: db)
        let stored = try Self.storedTask(found, fallbackStart: Self.planStart(plan))
        try AccessPolicy.requireTaskUpdate(actor, unitCode: found.unitCode, task: stored.task)
        let date = date ?? today
        guard date <= today else {
            throw AppError(.invalid, code: .progressFutureDate,
                           message: "a progress report cannot be dated after today (\(today))",
                           vietnamese: "Ngày cập nhật tiến độ (\(date.shortVietnamese)) không được sau hôm nay (\(today.shortVietnamese)).")
        }
        let update = try ProgressUpdate(date: date, author: actor.username, state: state, percent: percent, text: text,
                                        attachmentName: attachmentName)
        let history: ProgressHistory = try await db.writeTransaction { tx in
            let existing = try await TaskProgressModel.query(on: tx).filter(\.$taskID == taskID).all()
            var history = ProgressHistory(existing.sorted { $0.position < $1.position }.compactMap(Self.progressUpdate))
            let before = history.latest
            let row = TaskProgressModel()
            row.id = UUID()
            row.createdAt = Date()
            row.taskID = taskID
            row.position = (existing.map(\.position).max() ?? -1) + 1
            row.reportedOn = update.date.description
            row.author = update.author
            row.state = update.state.rawValue
            row.percent = update.percent
            row.note = update.text
            row.attachmentName = update.attachmentName
            try await row.create(on: tx)
            history.append(update)
            found.nextDue = Self.nextDue(deadline: stored.task.deadline, history: history, start: stored.start)?.description
            found.lastReportedOn = history.latest?.date.description
            found.updatedAt = row.createdAt
            try await found.update(on: tx)
            try await audit(on: tx, actor: actor.username, action: "progress", entity: "plan_task", key: taskID.uuidString,
                            before: before.map { Self.json($0) }, after: Self.json(update))
            return history
        }
        return Self.state(stored, plan: plan, history: history, today: today)
    }

    /// A remark by the lead or a partner department (`AccessPolicy.requireTaskComment`).
    public func comment(taskID: UUID, text: String, unitCode: String? = nil, actor: Principal,
                        today: LocalDay = LocalDay(date: Date())) async throws -> TaskComment {
        let (found, plan) = try await taskRows(id: taskID, unitCode: unitCode, on: db)
        let stored = try Self.storedTask(found, fallbackStart: Self.planStart(plan))
        try AccessPolicy.requireTaskComment(actor, unitCode: found.unitCode, task: stored.task)
        let comment = try TaskComment(date: today, author: actor.username, department: actor.department, text: text)
        let row = TaskCommentModel()
        row.id = UUID()
        row.createdAt = Date()
        row.taskID = taskID
        row.writtenOn = comment.date.description
        row.author = comment.author
        row.department = comment.department
        row.body = comment.text
        try await db.writeTransaction { tx in
            try await row.create(on: tx)
            try await audit(on: tx, actor: actor.username, action: "comment", entity: "plan_task", key: taskID.uuidString,
                            before: nil, after: Self.json(comment))
        }
        return comment
    }

    func taskRows(id: UUID, unitCode: String?, on database: any Database) async throws -> (PlanTaskModel, PlanModel) {
        guard let row = try await PlanTaskModel.find(id, on: database), unitCode == nil || row.unitCode == unitCode,
              let plan = try await PlanModel.find(row.planID, on: database) else {
            throw AppError.notFound(.taskNotFound, id.uuidString, vietnamese: "Không tìm thấy nhiệm vụ \(id.uuidString).")
        }
        return (row, plan)
    }

    static func state(_ task: StoredTask, plan: PlanModel, history: ProgressHistory, today: LocalDay) -> TaskState {
        let evaluation = TaskStatusRules.evaluate(deadline: task.task.deadline, history: history, start: task.start, today: today)
        return TaskState(task: task, planTitle: plan.title, planNumber: plan.number, evaluation: evaluation,
                         latest: history.updates.last { $0.date <= today })
    }

    static func knownDepartment(_ name: String, matcher: DepartmentMatcher, unitCode: String) throws -> String {
        if let known = matcher.match(name) { return known }
        let shown = DepartmentMatcher.displayName(name)
        throw AppError(.invalid, code: .departmentUnknown,
                       message: "'\(shown)' is not a department of unit \(unitCode); add it first",
                       vietnamese: "“\(shown)” chưa có trong danh sách phòng, ban của xã; hãy thêm trước khi phân công.")
    }
}
