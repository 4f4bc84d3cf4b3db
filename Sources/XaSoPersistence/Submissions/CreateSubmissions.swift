import FluentKit

/// A commune's submission of one period, as a whole: the last thing done to it and by whom.
struct CreateSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("submissions")
            .id()
            .field("updated_at", .datetime, .required)
            .field("unit_code", .string, .required)
            .field("period", .string, .required)
            .field("state", .string, .required)
            .field("submitted_at", .datetime)
            .field("submitted_by", .string)
            .field("reason", .string)
            .field("decided_at", .datetime)
            .field("decided_by", .string)
            .unique(on: "unit_code", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("submissions").delete()
    }
}
