import FluentKit
import Foundation

/// Dossier figures a commune's old report states for a period ("Tổng số hồ sơ tiếp nhận là 5892
/// hồ sơ"), kept as reported: the ledger has no dossier rows for those periods, and none are invented.
struct CreateReportedDossierFigures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("reported_dossier_figures")
            .id()
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .field("unit_code", .string, .required)
            .field("period", .string, .required)
            // `[key: count]` as JSON, keys as `xaso dossiers stats` writes them ("by_level.toan_trinh.procedures").
            .field("figures", .string, .required)
            // "bao-cao-6-thang.docx, dòng 49-55": where they were read.
            .field("source", .string, .required)
            .unique(on: "unit_code", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("reported_dossier_figures").delete()
    }
}

final class ReportedDossierFiguresModel: Model, @unchecked Sendable {
    static let schema = "reported_dossier_figures"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String

    // data fields
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "period") var period: String
    @Field(key: "figures") var figures: String
    @Field(key: "source") var source: String

    init() {}
}

/// The ingest tables, after every other feature's.
public enum IngestMigrations {
    public static var all: [any Migration] { [CreateReportedDossierFigures()] }
}
