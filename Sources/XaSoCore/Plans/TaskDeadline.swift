import Foundation

/// When a task is due. Recurring kinds produce one due date per cycle; a day that a
/// month lacks falls back to that month's last day (29/2 → 28/2 in a common year).
public enum TaskDeadline: Sendable, Hashable {
    case fixed(LocalDay)
    case yearly(month: Int, day: Int)
    case quarterly(QuarterlyDue)
    case monthly(day: Int)
    /// "Thường xuyên": continuous work with no due date; never overdue.
    case ongoing
    case none

    public enum QuarterlyDue: Sendable, Hashable {
        /// Day of the quarter's last month: `.dayOfLastMonth(20)` → 20/3, 20/6, 20/9, 20/12.
        case dayOfLastMonth(Int)
        /// Days after the quarter ends: `.daysAfterQuarterEnd(15)` → 15/4, 15/7, 15/10, 15/1.
        case daysAfterQuarterEnd(Int)
    }

    public var isRecurring: Bool {
        switch self {
        case .yearly, .quarterly, .monthly: return true
        case .fixed, .ongoing, .none: return false
        }
    }

    /// Whether the deadline produces due dates at all.
    public var hasDueDates: Bool {
        switch self {
        case .ongoing, .none: return false
        default: return true
        }
    }

    /// The first due date strictly after `date`: after the 31/12/2025 occurrence of a yearly
    /// 31/12 deadline comes 31/12/2026. Nil when no due date follows (fixed date passed,
    /// "thường xuyên", no deadline).
    public func nextDue(after date: LocalDay) -> LocalDay? {
        switch self {
        case .fixed(let due):
            return due > date ? due : nil
        case .ongoing, .none:
            return nil
        case .yearly(let month, let day):
            let thisYear = LocalDay.clamped(year: date.year, month: month, day: day)
            return thisYear > date ? thisYear : LocalDay.clamped(year: date.year + 1, month: month, day: day)
        case .monthly(let day):
            let thisMonth = LocalDay.clamped(year: date.year, month: date.month, day: day)
            if thisMonth > date { return thisMonth }
            let (y, m) = date.month == 12 ? (date.year + 1, 1) : (date.year, date.month + 1)
            return LocalDay.clamped(year: y, month: m, day: day)
        case .quarterly(let rule):
            // A due date "N days after the quarter" can land past the next quarter's start,
            // so start a few quarters back and walk forward.
            let lookBack: Int
            if case .daysAfterQuarterEnd(let n) = rule { lookBack = max(0, n) / 89 + 1 } else { lookBack = 0 }
            var index = date.year * 4 + (date.quarter - 1) - lookBack
            while true {
                let due = Self.quarterDue(rule, quarterIndex: index)
                if due > date { return due }
                index += 1
            }
        }
    }

    /// The first due date on or after `date`.
    public func nextDue(onOrAfter date: LocalDay) -> LocalDay? {
        nextDue(after: date.adding(days: -1))
    }

    /// Every due date inside `range`, in order.
    public func dueDates(in range: ClosedRange<LocalDay>) -> [LocalDay] {
        var result: [LocalDay] = []
        var cursor = range.lowerBound.adding(days: -1)
        while let due = nextDue(after: cursor), due <= range.upperBound {
            result.append(due)
            cursor = due
        }
        return result
    }

    private static func quarterDue(_ rule: QuarterlyDue, quarterIndex: Int) -> LocalDay {
        let year = quarterIndex >= 0 ? quarterIndex / 4 : (quarterIndex - 3) / 4
        let quarter = quarterIndex - year * 4 + 1
        let lastMonth = quarter * 3
        switch rule {
        case .dayOfLastMonth(let day):
            return LocalDay.clamped(year: year, month: lastMonth, day: day)
        case .daysAfterQuarterEnd(let days):
            let end = LocalDay.clamped(year: year, month: lastMonth, day: 31)
            return end.adding(days: days)
        }
    }

    /// Rejects values that cannot be meant (month 13, day 0, day 31 for a yearly 30/4).
    public func validate() throws {
        switch self {
        case .fixed, .ongoing, .none:
            return
        case .yearly(let month, let day):
            // 29/2 is allowed: it falls on 28/2 in common years.
            guard (1...12).contains(month), day >= 1, day <= LocalDay.daysIn(month: month, year: 2024) else {
                throw AppError.invalidDeadline("day \(day) of month \(month) every year", "ngày \(day) tháng \(month) hằng năm")
            }
        case .monthly(let day):
            guard (1...31).contains(day) else {
                throw AppError.invalidDeadline("day \(day) of every month", "ngày \(day) hằng tháng")
            }
        case .quarterly(.dayOfLastMonth(let day)):
            guard (1...31).contains(day) else {
                throw AppError.invalidDeadline("day \(day) of each quarter's last month", "ngày \(day) tháng cuối quý")
            }
        case .quarterly(.daysAfterQuarterEnd(let days)):
            guard (0...92).contains(days) else {
                throw AppError.invalidDeadline("\(days) days after each quarter", "\(days) ngày sau khi kết thúc quý")
            }
        }
    }

    /// How the deadline reads in a list: "31/12/2025", "Ngày 31/12 hằng năm", "Thường xuyên".
    public var label: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch self {
        case .fixed(let date): return date.shortVietnamese
        case .yearly(let month, let day): return "Ngày \(two(day))/\(two(month)) hằng năm"
        case .quarterly(.dayOfLastMonth(let day)): return "Ngày \(two(day)) tháng cuối quý"
        case .quarterly(.daysAfterQuarterEnd(let days)): return "\(days) ngày sau khi kết thúc quý"
        case .monthly(let day): return "Ngày \(two(day)) hằng tháng"
        case .ongoing: return "Thường xuyên"
        case .none: return "Không có thời hạn"
        }
    }
}

extension TaskDeadline: Codable {
    /// One short text per deadline, for JSON and for a database column:
    /// "2025-12-31", "yearly:12-31", "quarterly:20" (day of the quarter's last month),
    /// "quarterly:+15" (days after the quarter ends), "monthly:5", "ongoing", "none".
    public var code: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch self {
        case .fixed(let date): return date.description
        case .yearly(let month, let day): return "yearly:\(two(month))-\(two(day))"
        case .quarterly(.dayOfLastMonth(let day)): return "quarterly:\(day)"
        case .quarterly(.daysAfterQuarterEnd(let days)): return "quarterly:+\(days)"
        case .monthly(let day): return "monthly:\(day)"
        case .ongoing: return "ongoing"
        case .none: return "none"
        }
    }

    /// Reads `code`; a Vietnamese date "31/12/2025" is accepted for a fixed day. Nil when not understood.
    public init?(code raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "ongoing": self = .ongoing; return
        case "none", "": self = .none; return
        default: break
        }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 1 {
            guard let day = LocalDay(parsing: text) else { return nil }
            self = .fixed(day)
            return
        }
        let value = parts[1]
        switch parts[0] {
        case "yearly":
            let md = value.split(separator: "-").compactMap { Int($0) }
            guard md.count == 2 else { return nil }
            self = .yearly(month: md[0], day: md[1])
        case "quarterly":
            if value.hasPrefix("+") {
                guard let days = Int(value.dropFirst()) else { return nil }
                self = .quarterly(.daysAfterQuarterEnd(days))
            } else {
                guard let day = Int(value) else { return nil }
                self = .quarterly(.dayOfLastMonth(day))
            }
        case "monthly":
            guard let day = Int(value) else { return nil }
            self = .monthly(day: day)
        default:
            return nil
        }
        guard (try? validate()) != nil else { return nil }
    }

    /// What a person or a program typed: a code (see `code`) or the plan's words
    /// ("Ngày 15/12 hằng năm", "Thường xuyên"). Throws `deadline.unreadable` or `deadline.invalid`.
    public static func read(_ text: String) throws -> TaskDeadline {
        // A day written as a code but missing from the calendar ("2025-02-30") is an error, not
        // plan wording: the wording reader would find only the year in it and answer 31/12.
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil, TaskDeadline(code: trimmed) == nil {
            throw AppError.unreadableDeadline(text)
        }
        guard let deadline = TaskDeadline(code: text) ?? TaskDeadline.parse(text) else {
            throw AppError.unreadableDeadline(text)
        }
        try deadline.validate()
        return deadline
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .none; return }
        let text = try container.decode(String.self)
        guard let deadline = TaskDeadline(code: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown deadline \"\(text)\"")
        }
        self = deadline
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
