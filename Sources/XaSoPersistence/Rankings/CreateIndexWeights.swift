import FluentKit

/// A province's weights of the commune index pillars (`PillarWeights`); a province without a row
/// uses the standard weights.
struct CreateIndexWeights: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("index_weights")
            .field("province_code", .string, .identifier(auto: false))
            .field("weights", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("index_weights").delete()
    }
}
