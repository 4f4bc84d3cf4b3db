import FluentKit

/// A figure a province or commune added for itself belongs to that unit (and, for a province, its
/// communes); null for the national frameworks and XaSo's own sets.
struct AddScopeToIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicators").field("scope_unit_code", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicators").deleteField("scope_unit_code").update()
    }
}
