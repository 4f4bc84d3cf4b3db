import Vapor

/// The plan endpoints under /api/v1 (served and documented through `APIRoutes.all`).
enum PlanRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .POST, path: "units/:code/plans/import",
                 summary: "Import a plan from its DOCX or text (request body); dry_run=true previews the tasks and new departments without storing",
                 tag: "plans", query: ["dry_run", "title"], body: "File", writes: .managePlans, handler: PlansController.importPlan),
        APIRoute(method: .POST, path: "units/:code/plans", summary: "Create a plan and its tasks by hand (all-or-nothing)",
                 tag: "plans", body: "PlanInput", writes: .managePlans, handler: PlansController.create),
        APIRoute(method: .GET, path: "units/:code/plans", summary: "A commune's plans", tag: "plans",
                 handler: PlansController.list),
        APIRoute(method: .GET, path: "units/:code/plans/:plan", summary: "A plan with its tasks and their status",
                 tag: "plans", query: ["as_of"], handler: PlansController.show),
        APIRoute(method: .GET, path: "units/:code/plan-summary",
                 summary: "Tasks tracked and completed on time per department and per plan, overdue and at-risk tasks",
                 tag: "plans", query: ["period", "plan", "as_of", "within_days"], handler: PlansController.summary),
        APIRoute(method: .POST, path: "units/:code/plan-summary/indicator",
                 summary: "Store the period's share of tasks tracked electronically as indicator NQ71.7.7 (source plan_tasks)",
                 tag: "plans", query: ["period", "as_of"], writes: .enterValues, handler: PlansController.feedIndicator),

        APIRoute(method: .GET, path: "units/:code/tasks", summary: "Work tasks of a commune's plans with their status",
                 tag: "tasks", query: ["status", "department", "plan", "as_of"], handler: TasksController.list),
        APIRoute(method: .GET, path: "units/:code/tasks/:task", summary: "A task with its progress history and comments",
                 tag: "tasks", query: ["as_of"], handler: TasksController.show),
        APIRoute(method: .PATCH, path: "units/:code/tasks/:task",
                 summary: "Assign a task: title, lead, partners, deadline, expected output, indicator (commune admin)",
                 tag: "tasks", body: "TaskPatch", writes: .managePlans, handler: TasksController.update),
        APIRoute(method: .POST, path: "units/:code/tasks/:task/progress",
                 summary: "Post a progress update (lead department or commune admin)", tag: "tasks", body: "ProgressInput",
                 writes: .enterValues, handler: TasksController.postProgress),
        APIRoute(method: .GET, path: "units/:code/tasks/:task/progress", summary: "A task's progress history",
                 tag: "tasks", handler: TasksController.progress),
        APIRoute(method: .POST, path: "units/:code/tasks/:task/comments",
                 summary: "Comment on a task (lead and partner departments, commune admin)", tag: "tasks",
                 body: "CommentInput", writes: .enterValues, handler: TasksController.comment),
        APIRoute(method: .GET, path: "units/:code/tasks/:task/comments", summary: "A task's comments", tag: "tasks",
                 handler: TasksController.comments),
        APIRoute(method: .GET, path: "units/:code/reminders",
                 summary: "Overdue tasks and tasks due within N days, for the commune or one lead department",
                 tag: "tasks", query: ["days", "department", "as_of"], handler: TasksController.reminders),
    ]
}
