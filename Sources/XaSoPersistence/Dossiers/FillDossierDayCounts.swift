import FluentKit
import SQLKit

/// Data fix: ledgers imported before the day-count tables existed get their counts once, so the
/// statistics (which now read only the counts) keep answering for them.
struct FillDossierDayCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = try database.sqlDatabase()
        let units = try await sql.raw("SELECT DISTINCT unit_code FROM dossiers").all()
            .map { try $0.decode(column: "unit_code", as: String.self) }
        for unit in units {
            try await DossierDayCounts.recount(unitCode: unit, on: sql)
        }
    }

    func revert(on database: any Database) async throws {}
}
