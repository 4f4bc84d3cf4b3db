import FluentKit
import Foundation

struct CreateReportTemplates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("report_templates")
            .id()
            .field("uploaded_at", .datetime, .required)
            .field("uploaded_by", .string, .required)
            .field("unit_code", .string, .required)
            .field("name", .string, .required)
            .field("content", .data, .required)
            .field("size", .int, .required)
            .field("placeholders", .string, .required)
            .unique(on: "unit_code", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("report_templates").delete()
    }
}
