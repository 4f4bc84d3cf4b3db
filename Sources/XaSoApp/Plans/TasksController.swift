import Vapor
import XaSoCore
import XaSoPersistence

/// Tasks of a commune's plans: lists, assignment, progress, comments, reminders.
enum TasksController {
    struct TaskDetailDTO: Content {
        var task: TaskDTO
        var progress: [ProgressDTO]
        var comments: [CommentDTO]
    }

    /// Work tasks with their status as of `as_of`; `status`, `department` (lead) and `plan` narrow the list.
    static func list(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let plan = try req.query[String.self, at: "plan"].flatMap { $0.isEmpty ? nil : $0 }.map { try PlanQuery.id($0, .planNotFound) }
        let states = try await req.store.taskStates(
            unitCode: code, planID: plan, department: req.query[String.self, at: "department"].flatMap { $0.isEmpty ? nil : $0 },
            status: try PlanQuery.status(req.query[String.self, at: "status"]),
            today: try PlanQuery.asOf(req.query[String.self, at: "as_of"]))
        return try json(states.map(TaskDTO.init))
    }

    static func show(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let id = try PlanQuery.id(req.parameter("task"), .taskNotFound)
        let state = try await req.store.taskState(id: id, unitCode: code,
                                                  today: try PlanQuery.asOf(req.query[String.self, at: "as_of"]))
        let history = try await req.store.progressHistory(taskID: id, unitCode: code)
        let comments = try await req.store.comments(taskID: id, unitCode: code)
        return try json(TaskDetailDTO(task: TaskDTO(state), progress: history.updates.map(ProgressDTO.init),
                                      comments: comments.map(CommentDTO.init)))
    }

    static func update(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let id = try PlanQuery.id(req.parameter("task"), .taskNotFound)
        let changes = try req.content.decode(TaskPatch.self).changes()
        _ = try await req.store.updateTask(id: id, changes, unitCode: code, actor: actor)
        return try json(TaskDTO(try await req.store.taskState(id: id, unitCode: code)))
    }

    static func postProgress(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let id = try PlanQuery.id(req.parameter("task"), .taskNotFound)
        let input = try req.content.decode(ProgressInput.self)
        let reported = try input.reported()
        let state = try await req.store.postProgress(taskID: id, state: reported.state, percent: reported.percent,
                                                     text: input.text ?? "", attachmentName: input.attachment_name,
                                                     date: reported.date, unitCode: code, actor: actor)
        return try json(TaskDTO(state), status: .created)
    }

    static func progress(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let history = try await req.store.progressHistory(taskID: try PlanQuery.id(req.parameter("task"), .taskNotFound), unitCode: code)
        return try json(history.updates.map(ProgressDTO.init))
    }

    static func comment(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let id = try PlanQuery.id(req.parameter("task"), .taskNotFound)
        let input = try req.content.decode(CommentInput.self)
        let comment = try await req.store.comment(taskID: id, text: input.text, unitCode: code, actor: actor)
        return try json(CommentDTO(comment), status: .created)
    }

    static func comments(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let list = try await req.store.comments(taskID: try PlanQuery.id(req.parameter("task"), .taskNotFound), unitCode: code)
        return try json(list.map(CommentDTO.init))
    }

    /// Overdue tasks and tasks due within `days` (default 7). A department officer sees their
    /// department's tasks unless `department` names another; everyone else the whole commune.
    static func reminders(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        var department = req.query[String.self, at: "department"].flatMap { $0.isEmpty ? nil : $0 }
        if department == nil, p.role == .departmentOfficer { department = p.department }
        let reminders = try await req.store.reminders(unitCode: code, department: department,
                                                      withinDays: try PlanQuery.days(req.query[Int.self, at: "days"]),
                                                      today: try PlanQuery.asOf(req.query[String.self, at: "as_of"]))
        return try json(RemindersDTO(reminders))
    }
}
