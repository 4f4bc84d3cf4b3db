import FluentKit
import Foundation
import XaSoCore

final class ProvinceDeadlineModel: Model, @unchecked Sendable {
    static let schema = "province_deadlines"

    @ID(key: .id) var id: UUID?
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "province_code") var provinceCode: String
    /// `DeadlineKey`: "quarter" or "2025-Q3".
    @Field(key: "period_key") var periodKey: String
    /// Exactly one of these two is set.
    @OptionalField(key: "days_after") var daysAfter: Int?
    @OptionalField(key: "fixed_date") var fixedDate: String?
    @OptionalField(key: "framework") var framework: String?

    init() {}

    var deadline: ProvinceDeadline? {
        guard let key = DeadlineKey(parsing: periodKey) else { return nil }
        let rule: DeadlineRule
        if let daysAfter { rule = .daysAfterCutOff(daysAfter) } else if let day = fixedDate.flatMap(LocalDay.init(parsing:)) {
            rule = .fixed(day)
        } else { return nil }
        return ProvinceDeadline(provinceCode: provinceCode, key: key, rule: rule, framework: framework)
    }
}

final class SubmissionModel: Model, @unchecked Sendable {
    static let schema = "submissions"

    @ID(key: .id) var id: UUID?
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "period") var period: String
    @Field(key: "state") var state: String
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @OptionalField(key: "submitted_by") var submittedBy: String?
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decided_by") var decidedBy: String?

    init() {}

    var record: SubmissionRecord? {
        guard let period = try? ReportingPeriod(parsing: period), let state = SubmissionState(rawValue: state) else { return nil }
        return SubmissionRecord(unitCode: unitCode, period: period, state: state, submittedAt: submittedAt,
                                submittedBy: submittedBy, reason: reason, decidedAt: decidedAt, decidedBy: decidedBy)
    }
}

/// The migrations of this feature, in order.
enum SubmissionMigrations {
    static let all: [any Migration] = [CreateProvinceDeadlines(), CreateSubmissions()]
}
