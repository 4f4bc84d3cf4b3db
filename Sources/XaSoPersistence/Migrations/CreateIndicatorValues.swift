import Foundation
import FluentKit
import SQLKit

struct CreateIndicatorValues: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("indicator_values")
            .id()
            .field("updated_at", .datetime, .required)
            .field("unit_code", .string, .required)
            .field("indicator_code", .string, .required)
            .field("period", .string, .required)
            .field("value", .double, .required)
            .field("approximate", .bool, .required)
            .field("numerator", .double)
            .field("denominator", .double)
            .field("reporting_body", .string)
            .field("note", .string)
            .field("state", .string, .required)
            .field("review_comment", .string)
            .field("entered_by", .string)
            .field("entered_at", .datetime)
            .field("source", .string)
            .field("manual_verdict", .string)
            // Also the index for "one commune, one period": unit_code and period lead it.
            .unique(on: "unit_code", "period", "indicator_code")
            .create()
        // Province roll-ups read one period across communes.
        let sql = try database.sqlDatabase()
        try await sql.create(index: "indicator_values_period_indicator").on("indicator_values")
            .column("period").column("indicator_code").run()
        try await database.schema("value_history")
            .id()
            .field("value_id", .uuid, .required)
            .field("changed_at", .datetime, .required)
            .field("changed_by", .string, .required)
            .field("action", .string, .required)
            .field("snapshot", .string, .required)
            .create()
        try await sql.create(index: "value_history_value_id").on("value_history").column("value_id").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("value_history").delete()
        try await database.schema("indicator_values").delete()
    }
}
