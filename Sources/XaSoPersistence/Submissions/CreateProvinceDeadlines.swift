import FluentKit

/// A province's report deadlines: one row per kind of period ("quarter") or single period ("2025-Q3").
struct CreateProvinceDeadlines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("province_deadlines")
            .id()
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .field("province_code", .string, .required)
            .field("period_key", .string, .required)
            .field("days_after", .int)
            .field("fixed_date", .string)
            .field("framework", .string)
            .unique(on: "province_code", "period_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("province_deadlines").delete()
    }
}
