import FluentKit
import SQLKit

/// The dossier ledger. Times are Vietnam local seconds since 1970 and days are day numbers
/// (`LocalDateTime`): integers compare the same way on SQLite and PostgreSQL, with no time zone.
struct CreateDossiers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dossiers")
            .field("unit_code", .string, .required)
            .field("code", .string, .required)
            .field("procedure_code", .string, .required)
            .field("channel", .string, .required)
            .field("outcome", .string, .required)
            .field("received_at", .int64, .required)
            .field("received_day", .int, .required)
            .field("due_at", .int64)
            .field("due_day", .int)
            .field("result_at", .int64)
            .field("result_day", .int)
            // result_day when processing ended, else `DossierRows.openEndDay`: one range test finds
            // every dossier still relevant on or after a day, finished or not.
            .field("end_day", .int, .required)
            .field("paid_online", .int, .required)
            .field("entered_at", .int64)
            .field("entered_day", .int)
            .compositeIdentifier(over: "unit_code", "code")
            .create()
        // Statistics for a unit and range read dossiers with end_day ≥ start and received_day ≤ end;
        // old finished dossiers (the bulk after a few years) stay out of the scan.
        let sql = try database.sqlDatabase()
        try await sql.create(index: "dossiers_unit_end_day").on("dossiers")
            .column("unit_code").column("end_day").column("received_day").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("dossiers").delete()
    }
}
