import FluentKit
import SQLKit

struct CreateTaskComments: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("task_comments")
            .id()
            .field("created_at", .datetime, .required)
            .field("task_id", .uuid, .required, .references("plan_tasks", "id", onDelete: .cascade))
            .field("written_on", .string, .required)
            .field("author", .string, .required)
            .field("department", .string)
            .field("body", .string, .required)
            .create()
        try await database.sqlDatabase().create(index: "task_comments_task_id").on("task_comments")
            .column("task_id").column("created_at").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_comments").delete()
    }
}
