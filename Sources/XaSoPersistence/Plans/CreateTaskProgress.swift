import FluentKit
import SQLKit

struct CreateTaskProgress: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("task_progress")
            .id()
            .field("created_at", .datetime, .required)
            .field("task_id", .uuid, .required, .references("plan_tasks", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("reported_on", .string, .required)
            .field("author", .string, .required)
            .field("state", .string, .required)
            .field("percent", .int, .required)
            .field("note", .string, .required)
            .field("attachment_name", .string)
            // Also the index for "a task's history in order".
            .unique(on: "task_id", "position")
            .create()
        // Tracked-in-period counts read updates by day.
        try await database.sqlDatabase().create(index: "task_progress_reported_on").on("task_progress")
            .column("reported_on").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_progress").delete()
    }
}
