import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// `GET units/{code}/submissions` and `xaso submissions`: exactly these keys (issue 13), with
/// `submitted_at` and `on_time` written as null until the commune submits.
struct SubmissionsDTO: Content, Equatable {
    struct Commune: Content, Equatable {
        var unit_code: String
        var name: String
        /// not_started, in_progress, submitted, returned, approved.
        var state: String
        var submitted_at: Date?
        var on_time: Bool?
        /// Share of the expected figures entered, 0…1.
        var completeness: Double

        enum CodingKeys: String, CodingKey { case unit_code, name, state, submitted_at, on_time, completeness }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(unit_code, forKey: .unit_code)
            try c.encode(name, forKey: .name)
            try c.encode(state, forKey: .state)
            try c.encode(submitted_at, forKey: .submitted_at)
            try c.encode(on_time, forKey: .on_time)
            try c.encode(completeness, forKey: .completeness)
        }
    }

    var communes: [Commune]
    /// Communes expected to submit.
    var expected: Int
    /// Communes whose submission stands (submitted or approved).
    var submitted: Int
    /// Of those, submitted by the deadline.
    var on_time: Int

    init(_ o: SubmissionOverview) {
        communes = o.communes.map {
            Commune(unit_code: $0.unitCode, name: $0.name, state: $0.state.rawValue, submitted_at: $0.submittedAt,
                    on_time: $0.onTime, completeness: ($0.completeness * 10_000).rounded() / 10_000)
        }
        expected = o.expected
        submitted = o.submitted
        on_time = o.onTime
    }
}

/// One commune's submission after a submit, return or approval.
struct SubmissionDTO: Content, Equatable {
    var unit_code: String
    var period: String
    var state: String
    var submitted_at: Date?
    var submitted_by: String?
    var reason: String?
    var decided_at: Date?
    var decided_by: String?
    /// The province's deadline for the period ("2025-09-19").
    var deadline: String
    var on_time: Bool?

    init(_ r: SubmissionRecord, deadline: LocalDay) {
        unit_code = r.unitCode
        period = r.period.description
        state = r.state.rawValue
        submitted_at = r.submittedAt
        submitted_by = r.submittedBy
        reason = r.reason
        decided_at = r.decidedAt
        decided_by = r.decidedBy
        self.deadline = deadline.description
        on_time = SubmissionRules.onTime(submittedAt: r.submittedAt, deadline: deadline)
    }
}

/// A province's deadline for a kind of period or one period.
struct DeadlineDTO: Content, Equatable {
    var province_code: String
    /// "quarter", "half_year", … or one period ("2025-Q3").
    var period_kind: String
    var days_after: Int?
    /// A fixed day for one period ("2025-09-30").
    var date: String?
    /// The framework whose figures the province expects (CL411 when not set).
    var framework: String?

    init(_ d: ProvinceDeadline) {
        province_code = d.provinceCode
        period_kind = d.key.description
        switch d.rule {
        case .daysAfterCutOff(let n): days_after = n
        case .fixed(let day): date = day.description
        }
        framework = d.framework
    }
}

/// `PUT units/{province}/deadlines/{period_kind}`: exactly one of `days_after` and `date`.
struct DeadlineInput: Content {
    var days_after: Int?
    var date: String?
    var framework: String?
}

/// `POST …/return`: why the submission goes back (required).
struct ReturnInput: Content {
    var reason: String?
}

/// What communes still owe for a period: per commune, the missing figures by lead department.
struct SubmissionRemindersDTO: Content, Equatable {
    struct Indicator: Content, Equatable {
        var code: String
        var name: String
    }

    struct Owed: Content, Equatable {
        var department: String
        var indicators: [Indicator]
    }

    struct Commune: Content, Equatable {
        var unit_code: String
        var name: String
        var state: String
        var owed: [Owed]
    }

    var period: String
    var deadline: String
    /// Days from today to the deadline; negative once it has passed.
    var days_left: Int
    var framework: String
    var communes: [Commune]

    init(_ table: XaSoStore.SubmissionTable, today: LocalDay) {
        let names = Dictionary(table.indicators.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        period = table.overview.period.description
        deadline = table.overview.deadline.description
        days_left = table.overview.deadline.dayNumber - today.dayNumber
        framework = table.framework
        communes = table.reminders.map { r in
            Commune(unit_code: r.unitCode, name: r.name, state: r.state.rawValue, owed: r.owed.map { o in
                Owed(department: o.department, indicators: o.indicatorCodes.map { Indicator(code: $0, name: names[$0] ?? $0) })
            })
        }
    }
}
