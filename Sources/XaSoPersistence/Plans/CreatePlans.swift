import FluentKit
import SQLKit

struct CreatePlans: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("plans")
            .id()
            .field("created_at", .datetime, .required)
            .field("created_by", .string, .required)
            .field("unit_code", .string, .required)
            .field("number", .string)
            .field("issued_on", .string)
            .field("title", .string, .required)
            .field("legal_basis", .string, .required)
            .create()
        // The plan list of a commune.
        try await database.sqlDatabase().create(index: "plans_unit_code").on("plans")
            .column("unit_code").column("created_at").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("plans").delete()
    }
}
