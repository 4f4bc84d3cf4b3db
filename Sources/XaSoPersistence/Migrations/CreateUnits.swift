import Foundation
import FluentKit
import SQLKit

struct CreateUnits: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("units")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("full_name", .string, .required)
            .field("kind", .string, .required)
            .field("parent_code", .string)
            .field("folded_name", .string, .required)
            .create()
        let sql = try database.sqlDatabase()
        try await sql.create(index: "units_parent_code").on("units").column("parent_code").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("units").delete()
    }
}
