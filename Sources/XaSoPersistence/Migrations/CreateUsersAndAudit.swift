import Foundation
import FluentKit
import SQLKit

struct CreateUsersAndAudit: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("users")
            .id()
            .field("username", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("unit_code", .string)
            .field("department", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "username")
            .create()
        try await database.schema("user_tokens")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("kind", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.schema("audit_log")
            .id()
            .field("at", .datetime, .required)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_key", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
        let sql = try database.sqlDatabase()
        try await sql.create(index: "audit_log_entity").on("audit_log").column("entity").column("entity_key").run()
        try await database.schema("settings")
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("settings").delete()
        try await database.schema("audit_log").delete()
        try await database.schema("user_tokens").delete()
        try await database.schema("users").delete()
    }
}
