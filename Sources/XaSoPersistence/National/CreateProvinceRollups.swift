import FluentKit

/// One row per (province, period): the national view's figures, kept current by
/// `XaSoStore.refreshProvinceRollup` whenever a commune's figures change (docs/national.md).
struct CreateProvinceRollups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("province_rollups")
            .id()
            .field("province_code", .string, .required)
            .field("period", .string, .required)
            .field("communes", .int, .required)
            .field("communes_with_figures", .int, .required)
            .field("expected_figures", .int, .required)
            .field("entered_figures", .int, .required)
            .field("exceeded", .int, .required)
            .field("met", .int, .required)
            .field("approaching", .int, .required)
            .field("not_met", .int, .required)
            .field("no_target", .int, .required)
            .field("no_data", .int, .required)
            .field("index_average", .double)
            .field("index_median", .double)
            .field("submitted", .int, .required)
            .field("refreshed_at", .datetime, .required)
            // The national page reads one period's 34 rows by this key.
            .unique(on: "period", "province_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("province_rollups").delete()
    }
}
