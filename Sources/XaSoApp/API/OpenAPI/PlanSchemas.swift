import Foundation
import XaSoCore

/// Schemas of the plan and task routes (`PlanRoutes`).
enum PlanSchemas {
    static let routes: [String: RouteSchema] = [
        // 200 with the preview on a dry run, 201 when the plan was stored.
        "POST units/:code/plans/import": RouteSchema(201, .json(PlanImportDTO.self), alsoStatus: [200],
                                                     parameters: ["title": ["type": "string", "maxLength": 500]]),
        "POST units/:code/plans": .json(PlanCreatedDTO.self, 201),
        "GET units/:code/plans": .json([PlanListItemDTO].self),
        "GET units/:code/plans/:plan": .json(PlanDTO.self),
        "GET units/:code/plan-summary": .json(PlanSummaryDTO.self, requiredQuery: ["period"]),
        "POST units/:code/plan-summary/indicator": .json(ValueDTO.self, requiredQuery: ["period"]),
        "GET units/:code/tasks": .json([TaskDTO].self),
        "GET units/:code/tasks/:task": .json(TasksController.TaskDetailDTO.self),
        "PATCH units/:code/tasks/:task": .json(TaskDTO.self),
        "POST units/:code/tasks/:task/progress": .json(TaskDTO.self, 201),
        "GET units/:code/tasks/:task/progress": .json([ProgressDTO].self),
        "POST units/:code/tasks/:task/comments": .json(CommentDTO.self, 201),
        "GET units/:code/tasks/:task/comments": .json([CommentDTO].self),
        "GET units/:code/reminders": .json(RemindersDTO.self),
    ]

    static let bodies: [String: RequestBodies.Body] = [
        "PlanInput": RequestBodies.type(PlanInput.self),
        "TaskPatch": RequestBodies.type(TaskPatch.self),
        "ProgressInput": RequestBodies.type(ProgressInput.self),
        "CommentInput": RequestBodies.type(CommentInput.self),
    ]
}
