import FluentKit
import SQLKit

/// The late-dossier list is the one reader of a commune's dossiers by range left (the statistics
/// read the day and month counts), and a dossier can only ever be listed late when it ended, or is
/// still open, after its due day (`DossierRows.canBeLate`): under 1 % of a generated ledger.
/// `dossiers_late` indexes those rows only; `dossiers_unit_end_day` indexed every row, and keeping
/// it up to date was about a quarter of a million-row SQLite import (docs/dossiers.md).
struct ReplaceDossierEndDayIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sqlDatabase()
        try await sql.raw("""
            CREATE INDEX IF NOT EXISTS dossiers_late ON dossiers (unit_code, end_day, received_day)
            WHERE \(unsafeRaw: DossierRows.canBeLate)
            """).run()
        try await sql.raw("DROP INDEX IF EXISTS dossiers_unit_end_day").run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sqlDatabase()
        try await sql.create(index: "dossiers_unit_end_day").on("dossiers")
            .column("unit_code").column("end_day").column("received_day").run()
        try await sql.raw("DROP INDEX IF EXISTS dossiers_late").run()
    }
}
