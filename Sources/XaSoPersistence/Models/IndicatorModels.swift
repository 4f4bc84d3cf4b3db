import Foundation
import FluentKit

final class FrameworkModel: Model, @unchecked Sendable {
    static let schema = "frameworks"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "legal_basis") var legalBasis: String
    /// Comma-separated years: portable across SQLite and PostgreSQL.
    @Field(key: "milestones") var milestones: String
    @Field(key: "position") var position: Int

    init() {}
}

final class IndicatorModel: Model, @unchecked Sendable {
    static let schema = "indicators"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "framework_code") var frameworkCode: String
    @Field(key: "number") var number: String
    @OptionalField(key: "group_name") var groupName: String?
    @Field(key: "name") var name: String
    @Field(key: "unit") var unit: String
    @Field(key: "unit_kind") var unitKind: String
    @Field(key: "direction") var direction: String
    /// JSON array of department names, lead first.
    @Field(key: "owners") var owners: String
    @OptionalField(key: "output") var output: String?
    @OptionalField(key: "note") var note: String?
    @Field(key: "position") var position: Int
    /// JSON array of the report sentence wordings.
    @OptionalField(key: "sentences") var sentences: String?
    @OptionalField(key: "scope_unit_code") var scopeUnitCode: String?

    init() {}
}

/// A target for a milestone year: national when `scope` is empty, else a commune's own (overriding it).
final class TargetModel: Model, @unchecked Sendable {
    static let schema = "targets"

    @ID(key: .id) var id: UUID?
    @Field(key: "indicator_code") var indicatorCode: String
    @Field(key: "scope") var scope: String
    @Field(key: "year") var year: Int
    @Field(key: "text") var text: String

    init() {}
}

final class ValueModel: Model, @unchecked Sendable {
    static let schema = "indicator_values"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Field(key: "updated_at") var updatedAt: Date

    // data fields
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "indicator_code") var indicatorCode: String
    @Field(key: "period") var period: String
    @Field(key: "value") var value: Double
    @Field(key: "approximate") var approximate: Bool
    @OptionalField(key: "value_text") var valueText: String?
    @OptionalField(key: "numerator") var numerator: Double?
    @OptionalField(key: "denominator") var denominator: Double?
    @OptionalField(key: "reporting_body") var reportingBody: String?
    @OptionalField(key: "note") var note: String?
    @Field(key: "state") var state: String
    @OptionalField(key: "review_comment") var reviewComment: String?
    @OptionalField(key: "entered_by") var enteredBy: String?
    @OptionalField(key: "entered_at") var enteredAt: Date?
    @OptionalField(key: "source") var source: String?
    @OptionalField(key: "manual_verdict") var manualVerdict: String?

    init() {}
}

/// Every change of a value: who, when, and the value as it became.
final class ValueHistoryModel: Model, @unchecked Sendable {
    static let schema = "value_history"

    @ID(key: .id) var id: UUID?
    @Field(key: "value_id") var valueID: UUID
    @Field(key: "changed_at") var changedAt: Date
    @Field(key: "changed_by") var changedBy: String
    @Field(key: "action") var action: String
    @Field(key: "snapshot") var snapshot: String

    init() {}
}
