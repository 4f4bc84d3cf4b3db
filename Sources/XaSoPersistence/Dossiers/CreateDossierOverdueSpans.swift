import FluentKit
import SQLKit

/// Dossiers that were (or still are) open past their due day, counted per commune, due day and end
/// day. "In progress and overdue at the end of a period" is the only figure that needs two days of a
/// dossier at once; late dossiers are few, so this table stays small. Kept by `DossierDayCounts.refresh`.
struct CreateDossierOverdueSpans: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dossier_overdue_spans")
            .field("unit_code", .string, .required)
            .field("due_day", .int, .required)
            .field("end_day", .int, .required)
            .field("dossiers", .int, .required)
            .compositeIdentifier(over: "unit_code", "due_day", "end_day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("dossier_overdue_spans").delete()
    }
}
