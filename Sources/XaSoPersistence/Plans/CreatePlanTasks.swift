import FluentKit
import SQLKit

struct CreatePlanTasks: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("plan_tasks")
            .id()
            .field("updated_at", .datetime, .required)
            .field("plan_id", .uuid, .required, .references("plans", "id", onDelete: .cascade))
            .field("unit_code", .string, .required)
            .field("position", .int, .required)
            .field("number", .string, .required)
            .field("path", .string, .required)
            .field("parent_number", .string)
            .field("title", .string, .required)
            .field("lead", .string)
            .field("lead_key", .string)
            .field("partners", .string, .required)
            .field("deadline", .string, .required)
            .field("next_due", .string)
            .field("last_reported_on", .string)
            .field("is_work", .bool, .required)
            .field("expected_output", .string)
            .field("indicator_code", .string)
            .field("content", .string)
            .field("solution", .string)
            .field("details", .string, .required)
            .field("assigned_on", .string)
            // Also the index for "tasks of a plan in order".
            .unique(on: "plan_id", "path")
            .create()
        let sql = try database.sqlDatabase()
        // Tasks of a commune by deadline: overdue is next_due < today, due soon next_due ≤ today + N,
        // so reminders and the overdue status read a range of this index.
        try await sql.create(index: "plan_tasks_unit_next_due").on("plan_tasks")
            .column("unit_code").column("is_work").column("next_due").run()
        // Tasks a department leads (its dashboard, its reminders).
        try await sql.create(index: "plan_tasks_unit_lead").on("plan_tasks")
            .column("unit_code").column("lead_key").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("plan_tasks").delete()
    }
}
