import FluentKit
import SQLKit
import XaSoCore

/// Usernames unique regardless of case: `Admin` and `admin` are one person to the login throttle and
/// to the officials reading the audit log. Usernames are ASCII, so SQL `lower()` is the same fold on
/// SQLite and PostgreSQL. An existing database holding both spellings stops here with a message
/// naming them, instead of failing on the index with a driver error.
struct AddUsernameFoldedIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sqlDatabase()
        let clashes = try await sql.raw("""
            SELECT lower(username) AS folded, COUNT(*) AS n FROM users GROUP BY lower(username) HAVING COUNT(*) > 1
            """).all().map { try $0.decode(column: "folded", as: String.self) }
        if !clashes.isEmpty {
            var names: [String] = []
            for folded in clashes {
                names += try await sql.raw("SELECT username FROM users WHERE lower(username) = \(bind: folded) ORDER BY username")
                    .all().map { try $0.decode(column: "username", as: String.self) }
            }
            throw AppError(.conflict, code: .userCaseConflict,
                           message: "usernames must be unique regardless of case, but these differ only in case: "
                               + names.joined(separator: ", ") + "; rename all but one of each group, then start again",
                           vietnamese: "Tên đăng nhập phải khác nhau không phân biệt chữ hoa, chữ thường; các tên sau trùng nhau: "
                               + names.joined(separator: ", ") + ".")
        }
        try await sql.raw("CREATE UNIQUE INDEX users_username_folded ON users (lower(username))").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sqlDatabase().raw("DROP INDEX users_username_folded").run()
    }
}
