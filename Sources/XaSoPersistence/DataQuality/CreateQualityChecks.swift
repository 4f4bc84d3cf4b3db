import FluentKit

/// Data-quality flags a person marked checked (docs/quality.md). The flags themselves are computed
/// on every read from the stored figures; only the mark is stored, with the figure it was made
/// for (`value`), so that changing the figure opens the flag again.
struct CreateQualityChecks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("quality_checks")
            .id()
            .field("unit_code", .string, .required)
            .field("indicator_code", .string, .required)
            .field("period", .string, .required)
            .field("kind", .string, .required)
            .field("value", .double, .required)
            .field("checked_by", .string, .required)
            .field("checked_at", .datetime, .required)
            .field("note", .string)
            // Also the index of "one period of these communes": unit_code and period lead it.
            .unique(on: "unit_code", "period", "indicator_code", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("quality_checks").delete()
    }
}
