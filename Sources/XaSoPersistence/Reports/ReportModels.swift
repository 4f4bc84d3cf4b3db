import FluentKit
import Foundation

/// A report a commune keeps for one kind and period: what people decide (number, date, signer,
/// recipients) and what they write (narrative overrides). The figures are never stored here:
/// they are read afresh from the values each time the report is built.
final class SavedReportModel: Model, @unchecked Sendable {
    static let schema = "reports"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "created_by") var createdBy: String
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String

    // data fields
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "kind_code") var kindCode: String
    @Field(key: "period") var period: String
    @OptionalField(key: "framework") var framework: String?
    @OptionalField(key: "number") var number: Int?
    @OptionalField(key: "symbol") var symbol: String?
    /// "2025-10-21", or "2025" while day and month wait for signing.
    @OptionalField(key: "document_date") var documentDate: String?
    /// `SignatureBlock` as JSON.
    @OptionalField(key: "signature") var signature: String?
    /// `[String]` as JSON; nil keeps the kind's default recipients.
    @OptionalField(key: "recipients") var recipients: String?
    /// `[String]` as JSON.
    @Field(key: "summary_notes") var summaryNotes: String
    /// `[paragraph or section id: markup]` as JSON.
    @Field(key: "overrides") var overrides: String
    @OptionalField(key: "template_name") var templateName: String?

    init() {}
}

/// A commune's own Word template. The bytes go in a `.data` column: BLOB on SQLite, bytea on
/// PostgreSQL.
final class ReportTemplateModel: Model, @unchecked Sendable {
    static let schema = "report_templates"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "uploaded_at") var uploadedAt: Date
    @Field(key: "uploaded_by") var uploadedBy: String

    // data fields
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "name") var name: String
    @Field(key: "content") var content: Data
    @Field(key: "size") var size: Int
    /// Placeholders found in the file, `[String]` as JSON, so a listing need not unzip it.
    @Field(key: "placeholders") var placeholders: String

    init() {}
}

/// A report kind a province adds as data (`ReportKindDefinition` as JSON).
final class ReportKindModel: Model, @unchecked Sendable {
    static let schema = "report_kinds"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String

    // data fields
    @Field(key: "province_code") var provinceCode: String
    @Field(key: "code") var code: String
    @Field(key: "definition") var definition: String
    /// The indicator framework its tables read; nil lets the report service choose.
    @OptionalField(key: "framework") var framework: String?

    init() {}
}
