import FluentKit
import SQLKit

/// Dossiers received per commune, day and procedure: the figures of a period that depend on the
/// day of receipt (channels, late entry, service level, online payment) are sums over a few hundred
/// of these rows instead of a scan of the ledger. Kept by `DossierDayCounts.refresh`.
struct CreateDossierReceivedDays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dossier_received_days")
            .field("unit_code", .string, .required)
            .field("day", .int, .required)
            .field("procedure_code", .string, .required)
            .field("received", .int, .required)
            .field("online", .int, .required)
            .field("direct", .int, .required)
            .field("post", .int, .required)
            .field("late_entry", .int, .required)
            .field("paid_online", .int, .required)
            // Digitisation where the export states it: stated, and of those, yes.
            .field("digitisation_stated", .int, .required)
            .field("digitised", .int, .required)
            .field("reuse_stated", .int, .required)
            .field("reused", .int, .required)
            .compositeIdentifier(over: "unit_code", "day", "procedure_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("dossier_received_days").delete()
    }
}
