import FluentKit
import Foundation

/// One "checked" mark of a data-quality flag (`CreateQualityChecks`).
final class QualityCheckModel: Model, @unchecked Sendable {
    static let schema = "quality_checks"

    @ID(key: .id) var id: UUID?
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "indicator_code") var indicatorCode: String
    @Field(key: "period") var period: String
    @Field(key: "kind") var kind: String
    @Field(key: "value") var value: Double
    @Field(key: "checked_by") var checkedBy: String
    @Field(key: "checked_at") var checkedAt: Date
    @OptionalField(key: "note") var note: String?

    init() {}
}
