import FluentKit
import SQLKit

/// SQLite keeps no `dossiers_code` index: maintaining it cost about a fifth of the storage engine's
/// time in a million-row import, and SQLite (a commune or a demo) finds another commune's codes on
/// the primary key instead (`DossierOtherUnitCheck`). PostgreSQL keeps it (national scale).
///
/// Measured before choosing (sqlite3, 1,000,000 rows, one transaction, 32 MB cache): the rowid table
/// with its (unit_code, code) key and the end-day index, without this index, took as long as a
/// `WITHOUT ROWID` table keyed (unit_code, code) with the same end-day index, or less, so the table
/// itself is kept as it is (docs/dossiers.md).
struct DropDossierCodeIndexOnSQLite: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sqlDatabase()
        guard sql.dialect.name == "sqlite" else { return }
        try await sql.raw("DROP INDEX IF EXISTS dossiers_code").run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sqlDatabase()
        guard sql.dialect.name == "sqlite" else { return }
        try await sql.raw("CREATE INDEX IF NOT EXISTS dossiers_code ON dossiers (code)").run()
    }
}
