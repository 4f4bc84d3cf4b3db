import FluentKit
import SQLKit

/// Failed logins, one row per failure and scope ("user" with the folded username, "address" with the
/// client address): in the database so every server behind one address counts together.
/// `at` is seconds since 1970 as a double: it compares the same way on SQLite and PostgreSQL.
struct CreateLoginFailures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_failures")
            .id()
            .field("scope", .string, .required)
            .field("subject", .string, .required)
            .field("at", .double, .required)
            .create()
        try await database.sqlDatabase().create(index: "login_failures_scope_key_at").on("login_failures")
            .column("scope").column("subject").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_failures").delete()
    }
}
