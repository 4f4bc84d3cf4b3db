import FluentKit

/// The sentence wordings a report states a figure in (JSON array), for the XaSo figure sets and the
/// figures a province or commune adds itself.
struct AddSentencesToIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicators").field("sentences", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicators").deleteField("sentences").update()
    }
}
