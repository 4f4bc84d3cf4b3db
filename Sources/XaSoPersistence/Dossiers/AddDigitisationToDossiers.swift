import FluentKit

/// Decision 766's digitisation group: whether each dossier was digitised and reused digitised data,
/// null where the export does not say.
struct AddDigitisationToDossiers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dossiers").field("digitised", .int).update()
        try await database.schema("dossiers").field("reused_digital_data", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("dossiers").deleteField("digitised").update()
        try await database.schema("dossiers").deleteField("reused_digital_data").update()
    }
}
