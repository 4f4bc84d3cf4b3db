import FluentKit
import SQLKit

/// The ledger's counts per cut-off month (`CutoffMonth`), beside the day counts: a period is whole
/// cut-off months, so the country's quarter reads one row per commune, month and procedure (about
/// 0.3 M rows for 3,321 communes) instead of one per commune, day and procedure (about as many rows
/// as dossiers). The day tables stay for ranges that are not whole months and for their edges.
/// - `dossier_received_months`, `dossier_ended_months`: the day tables' columns summed by month;
/// - `dossier_open_months`: dossiers received and finished per commune and month, all procedures, so
///   "open at the start of a month" is a sum over a commune's few dozen months.
/// Kept by `DossierDayCounts.apply` with the day tables, in the same transaction.
struct CreateDossierMonthCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for (table, columns) in [("dossier_received_months", DossierDayCounts.receivedColumns),
                                 ("dossier_ended_months", DossierDayCounts.endedColumns)] {
            let schema = database.schema(table)
                .field("unit_code", .string, .required).field("month", .int, .required).field("procedure_code", .string, .required)
            for column in columns { schema.field(.string(column), .int, .required) }
            try await schema.compositeIdentifier(over: "unit_code", "month", "procedure_code").create()
        }
        try await database.schema("dossier_open_months")
            .field("unit_code", .string, .required).field("month", .int, .required)
            .field("received", .int, .required).field("ended", .int, .required)
            .compositeIdentifier(over: "unit_code", "month")
            .create()
        // The country's period reads its months' rows of every commune.
        let sql = try database.sqlDatabase()
        try await sql.create(index: "dossier_received_months_month").on("dossier_received_months").column("month").run()
        try await sql.create(index: "dossier_ended_months_month").on("dossier_ended_months").column("month").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["dossier_received_months", "dossier_ended_months", "dossier_open_months"] {
            try await database.schema(table).delete()
        }
    }
}
