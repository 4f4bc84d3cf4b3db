import FluentKit
import SQLKit

/// Dossiers finished per commune, day and procedure, by outcome and timeliness: the figures of
/// dossiers resolved in a period, and (with the received counts) the dossiers open on any day.
/// Kept by `DossierDayCounts.refresh`.
struct CreateDossierEndedDays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dossier_ended_days")
            .field("unit_code", .string, .required)
            .field("day", .int, .required)
            .field("procedure_code", .string, .required)
            .field("early", .int, .required)
            .field("on_time", .int, .required)
            .field("late", .int, .required)
            .field("rejected", .int, .required)
            .field("withdrawn", .int, .required)
            .compositeIdentifier(over: "unit_code", "day", "procedure_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("dossier_ended_days").delete()
    }
}
