import FluentKit
import SQLKit

/// Set on the first admin and after a reset: the one-time password must be replaced before anything else.
struct AddUserMustChangePassword: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // Plain SQL: the same statement on SQLite and PostgreSQL, existing rows get the default.
        try await database.sqlDatabase().raw("ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("must_change_password").update()
    }
}
