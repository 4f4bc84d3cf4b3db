import FluentKit
import Foundation

struct CreateReportKinds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("report_kinds")
            .id()
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .field("province_code", .string, .required)
            .field("code", .string, .required)
            .field("definition", .string, .required)
            .field("framework", .string)
            .unique(on: "province_code", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("report_kinds").delete()
    }
}
