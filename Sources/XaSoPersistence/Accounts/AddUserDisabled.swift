import FluentKit
import SQLKit

/// A disabled user cannot sign in; disabling also deletes the user's tokens.
struct AddUserDisabled: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // Plain SQL: the same statement on SQLite and PostgreSQL, existing rows get the default.
        try await database.sqlDatabase().raw("ALTER TABLE users ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("disabled").update()
    }
}
