import FluentKit

/// A commune's procedure catalogue: one row per (unit, procedure code).
struct CreateProcedures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("procedures")
            .field("unit_code", .string, .required)
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("field", .string, .required)
            .field("level", .string, .required)
            // 0/1 integers rather than booleans: the statistics sum them in SQL on both databases.
            .field("has_fee", .int, .required)
            .field("online_payment", .int, .required)
            .field("updated_at", .datetime, .required)
            .compositeIdentifier(over: "unit_code", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("procedures").delete()
    }
}
