import FluentKit
import Foundation

struct CreateSavedReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("reports")
            .id()
            .field("created_at", .datetime, .required)
            .field("created_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .field("unit_code", .string, .required)
            .field("kind_code", .string, .required)
            .field("period", .string, .required)
            .field("framework", .string)
            .field("number", .int)
            .field("symbol", .string)
            .field("document_date", .string)
            .field("signature", .string)
            .field("recipients", .string)
            .field("summary_notes", .string, .required)
            .field("overrides", .string, .required)
            .field("template_name", .string)
            // One report per commune, kind and period; also the index for looking one up.
            .unique(on: "unit_code", "kind_code", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("reports").delete()
    }
}
