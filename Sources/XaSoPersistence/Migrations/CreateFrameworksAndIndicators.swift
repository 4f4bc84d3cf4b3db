import Foundation
import FluentKit

struct CreateFrameworksAndIndicators: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("frameworks")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("legal_basis", .string, .required)
            .field("milestones", .string, .required)
            .field("position", .int, .required)
            .create()
        try await database.schema("indicators")
            .field("code", .string, .identifier(auto: false))
            .field("framework_code", .string, .required, .references("frameworks", "code"))
            .field("number", .string, .required)
            .field("group_name", .string)
            .field("name", .string, .required)
            .field("unit", .string, .required)
            .field("unit_kind", .string, .required)
            .field("direction", .string, .required)
            .field("owners", .string, .required)
            .field("output", .string)
            .field("note", .string)
            .field("position", .int, .required)
            .create()
        try await database.schema("targets")
            .id()
            .field("indicator_code", .string, .required, .references("indicators", "code"))
            .field("scope", .string, .required)
            .field("year", .int, .required)
            .field("text", .string, .required)
            .unique(on: "indicator_code", "scope", "year")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("targets").delete()
        try await database.schema("indicators").delete()
        try await database.schema("frameworks").delete()
    }
}
