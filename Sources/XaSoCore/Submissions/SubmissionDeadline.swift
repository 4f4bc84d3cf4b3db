import Foundation

/// When a province wants a period's report: a number of days after the national cut-off end,
/// or a fixed day for one period.
public enum DeadlineRule: Sendable, Equatable, Codable {
    case daysAfterCutOff(Int)
    case fixed(LocalDay)

    /// Days after the cut-off end when a province has set nothing: the cut-off ends on the 14th,
    /// so reports are due on the 19th. XaSo's choice, not a national rule; a province sets its own.
    public static let defaultDaysAfterCutOff = 5
    public static let maxDaysAfterCutOff = 366

    public func deadline(for period: ReportingPeriod) -> LocalDay {
        switch self {
        case .daysAfterCutOff(let n): return LocalDay(dayNumber: period.cutOffRange.to.dayNumber + n)
        case .fixed(let day): return day
        }
    }
}

/// What a province set for a kind of period ("quarter") or for one period ("2025-Q3").
public struct ProvinceDeadline: Sendable, Equatable, Codable {
    public var provinceCode: String
    /// A `PeriodKind` raw value or a period ("2025-Q3"): `DeadlineKey`.
    public var key: DeadlineKey
    public var rule: DeadlineRule
    /// The framework whose indicators the province expects; nil: `SubmissionRules.defaultFramework`.
    public var framework: String?

    public init(provinceCode: String, key: DeadlineKey, rule: DeadlineRule, framework: String? = nil) {
        self.provinceCode = provinceCode
        self.key = key
        self.rule = rule
        self.framework = framework
    }
}

/// The periods a deadline applies to: every period of a kind, or one period (which wins).
public enum DeadlineKey: Sendable, Hashable, Codable, CustomStringConvertible {
    case kind(PeriodKind)
    case period(ReportingPeriod)

    /// "quarter", "half_year", … or "2025-Q3"; nil when neither.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let kind = PeriodKind(rawValue: t.lowercased()) { self = .kind(kind); return }
        guard let period = try? ReportingPeriod(parsing: t) else { return nil }
        self = .period(period)
    }

    public var description: String {
        switch self {
        case .kind(let k): return k.rawValue
        case .period(let p): return p.description
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let key = DeadlineKey(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period kind or period: \(text)"))
        }
        self = key
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

public enum SubmissionDeadlines {
    /// The rule for `period` among a province's: the one for the period itself, else its kind's,
    /// else the default (`DeadlineRule.defaultDaysAfterCutOff`).
    public static func rule(for period: ReportingPeriod, among set: [ProvinceDeadline]) -> ProvinceDeadline? {
        set.first { $0.key == .period(period) } ?? set.first { $0.key == .kind(period.kind) }
    }

    public static func deadline(for period: ReportingPeriod, among set: [ProvinceDeadline]) -> LocalDay {
        (rule(for: period, among: set)?.rule ?? .daysAfterCutOff(DeadlineRule.defaultDaysAfterCutOff)).deadline(for: period)
    }

    /// Checks what a province officer typed before it is stored: exactly one of days and date,
    /// days within 0…366, a date only for one period and not before that period's cut-off starts.
    public static func validate(key text: String, daysAfter: Int?, date: String?) throws -> (DeadlineKey, DeadlineRule) {
        guard let key = DeadlineKey(parsing: text) else {
            throw invalid(.deadlineKeyInvalid, field: "period_kind", value: text,
                          "'\(text)' is not a period kind (month, quarter, half_year, nine_months, year) or a period (2025-Q3)",
                          "“\(text)” không phải loại kỳ (month, quarter, half_year, nine_months, year) hay kỳ báo cáo (2025-Q3).")
        }
        switch (daysAfter, date?.trimmingCharacters(in: .whitespaces).nilIfEmpty) {
        case (let days?, nil):
            guard (0...DeadlineRule.maxDaysAfterCutOff).contains(days) else {
                throw invalid(.deadlineDaysInvalid, field: "days_after", value: String(days),
                              "days_after must be between 0 and \(DeadlineRule.maxDaysAfterCutOff)",
                              "Số ngày sau kỳ chốt số liệu phải từ 0 đến \(DeadlineRule.maxDaysAfterCutOff).")
            }
            return (key, .daysAfterCutOff(days))
        case (nil, let text?):
            guard let day = LocalDay(parsing: text) else {
                throw invalid(.deadlineDateInvalid, field: "date", value: text, "'\(text)' is not a date (2025-09-19)",
                              "“\(text)” không phải ngày hợp lệ (ví dụ 19/09/2025).")
            }
            guard case .period(let period) = key else {
                throw invalid(.deadlineDateNeedsPeriod, field: "date", value: text,
                              "a fixed date applies to one period (2025-Q3), not to every \(key)",
                              "Hạn nộp cố định chỉ đặt cho một kỳ cụ thể (ví dụ 2025-Q3), không cho mọi kỳ.")
            }
            guard day >= period.cutOffRange.from else {
                throw invalid(.deadlineDateBeforePeriod, field: "date", value: text,
                              "the deadline \(day) is before period \(period) opens (\(period.cutOffRange.from))",
                              "Hạn nộp \(day.shortVietnamese) sớm hơn ngày bắt đầu kỳ (\(period.cutOffRange.from.shortVietnamese)).")
            }
            return (key, .fixed(day))
        default:
            throw invalid(.deadlineRuleRequired, field: "days_after", value: "",
                          "give exactly one of days_after and date", "Cần nhập một trong hai: số ngày sau kỳ chốt số liệu, hoặc ngày cố định.")
        }
    }

    private static func invalid(_ code: ErrorCode, field: String, value: String, _ english: String, _ vietnamese: String) -> AppError {
        AppError(.invalid, code: code, message: english, vietnamese: vietnamese,
                 issues: [ImportIssue(row: 1, field: field, value: value, code: code, message: vietnamese)])
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
