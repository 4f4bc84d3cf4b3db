import Foundation
import FluentKit

struct CreateDepartments: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("departments")
            .id()
            .field("unit_code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .unique(on: "unit_code", "name")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("departments").delete()
    }
}
