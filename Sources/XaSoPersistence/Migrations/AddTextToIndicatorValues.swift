import FluentKit

/// Text figures (issue #11: the numbers of the documents issued, the telecom providers): the text is
/// kept beside the number column, which stays 0 for them, so every numeric read is unchanged.
struct AddTextToIndicatorValues: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_values").field("value_text", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_values").deleteField("value_text").update()
    }
}
