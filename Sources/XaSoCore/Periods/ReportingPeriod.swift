import Foundation

/// A calendar day in Vietnam (UTC+7, no daylight saving): reporting ranges are whole days.
public struct LocalDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: LocalDay, b: LocalDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// "2026-06-14".
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Parses "2026-06-14" or "14/06/2026".
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-").compactMap { Int($0) }
        if iso.count == 3, t.count == 10 {
            self.init(iso[0], iso[1], iso[2])
        } else {
            let vn = t.split(separator: "/").compactMap { Int($0) }
            guard vn.count == 3 else { return nil }
            self.init(vn[2], vn[1], vn[0])
        }
        guard LocalDay.isValid(year: year, month: month, day: day) else { return nil }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year) && year > 1900 && year < 3000
    }

    /// Vietnam's offset: 7 hours, all year.
    public static let vietnamTimeZone = TimeZone(secondsFromGMT: 7 * 3600)!

    public init(date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = LocalDay.vietnamTimeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(c.year!, c.month!, c.day!)
    }

    /// "ngày 09 tháng 01 năm 2026".
    public var longVietnamese: String { VietnameseFormat.longDate(year: year, month: month, day: day) }
    /// "15/12/2025".
    public var shortVietnamese: String { VietnameseFormat.shortDate(year: year, month: month, day: day) }
}

/// An inclusive range of days.
public struct DayRange: Sendable, Hashable, Codable {
    public var from: LocalDay
    public var to: LocalDay

    public init(from: LocalDay, to: LocalDay) {
        self.from = from
        self.to = to
    }

    public func contains(_ day: LocalDay) -> Bool { day >= from && day <= to }
}

public enum PeriodKind: String, Sendable, Codable, CaseIterable {
    case month
    case quarter
    case halfYear = "half_year"
    case nineMonths = "nine_months"
    case year
}

/// A reporting period, written `2025-Q3`, `2026-H1`, `2025-9M`, `2025`, or `2025-M10` for a month.
public struct ReportingPeriod: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var kind: PeriodKind
    public var year: Int
    /// Quarter 1–4, half 1–2, month 1–12; 0 for nine months and year.
    public var index: Int

    public init(kind: PeriodKind, year: Int, index: Int = 0) {
        self.kind = kind
        self.year = year
        self.index = index
    }

    public static func quarter(_ q: Int, _ year: Int) -> ReportingPeriod { .init(kind: .quarter, year: year, index: q) }
    public static func half(_ h: Int, _ year: Int) -> ReportingPeriod { .init(kind: .halfYear, year: year, index: h) }
    public static func nineMonths(_ year: Int) -> ReportingPeriod { .init(kind: .nineMonths, year: year) }
    public static func year(_ year: Int) -> ReportingPeriod { .init(kind: .year, year: year) }
    public static func month(_ m: Int, _ year: Int) -> ReportingPeriod { .init(kind: .month, year: year, index: m) }

    public enum ParseError: Error, Equatable, Sendable {
        case invalid(String)
    }

    public init(parsing raw: String) throws {
        let text = raw.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Int(parts[0]), parts[0].count == 4, (1990...2100).contains(year) else {
            throw ParseError.invalid(raw)
        }
        if parts.count == 1 { self = .year(year); return }
        guard parts.count == 2 else { throw ParseError.invalid(raw) }
        let tail = parts[1]
        if tail == "9M" { self = .nineMonths(year); return }
        if tail.hasPrefix("Q"), let q = Int(tail.dropFirst()), (1...4).contains(q), tail.count == 2 {
            self = .quarter(q, year); return
        }
        if tail.hasPrefix("H"), let h = Int(tail.dropFirst()), (1...2).contains(h), tail.count == 2 {
            self = .half(h, year); return
        }
        if tail.hasPrefix("M"), let m = Int(tail.dropFirst()), (1...12).contains(m), (2...3).contains(tail.count) {
            self = .month(m, year); return
        }
        throw ParseError.invalid(raw)
    }

    public var description: String {
        switch kind {
        case .month: return String(format: "%04d-M%02d", year, index)
        case .quarter: return "\(year)-Q\(index)"
        case .halfYear: return "\(year)-H\(index)"
        case .nineMonths: return "\(year)-9M"
        case .year: return "\(year)"
        }
    }

    /// First and last month of the period.
    var months: (first: Int, last: Int) {
        switch kind {
        case .month: return (index, index)
        case .quarter: return (index * 3 - 2, index * 3)
        case .halfYear: return (index * 6 - 5, index * 6)
        case .nineMonths: return (1, 9)
        case .year: return (1, 12)
        }
    }

    /// The calendar months the period names.
    public var calendarRange: DayRange {
        let (first, last) = months
        return DayRange(from: LocalDay(year, first, 1), to: LocalDay(year, last, LocalDay.daysIn(month: last, year: year)))
    }

    /// The data cut-off range (Decree 09/2019/NĐ-CP): from the 15th of the month before the period's
    /// first month to the 14th of its last month. The six-month reference report counts dossiers
    /// "từ ngày 15/12/2025 đến hết ngày 14/6/2026" for 2026-H1, which this reproduces.
    public var cutOffRange: DayRange {
        let (first, last) = months
        let startMonth = first == 1 ? 12 : first - 1
        let startYear = first == 1 ? year - 1 : year
        return DayRange(from: LocalDay(startYear, startMonth, 15), to: LocalDay(year, last, 14))
    }

    /// The period of the same kind just before, for trends ("2025-Q3" → "2025-Q2"; "2025-9M" → "2024-9M").
    public var previous: ReportingPeriod {
        switch kind {
        case .month: return index == 1 ? .month(12, year - 1) : .month(index - 1, year)
        case .quarter: return index == 1 ? .quarter(4, year - 1) : .quarter(index - 1, year)
        case .halfYear: return index == 1 ? .half(2, year - 1) : .half(1, year)
        case .nineMonths: return .nineMonths(year - 1)
        case .year: return .year(year - 1)
        }
    }

    /// Vietnamese name as reports write it: "quý III năm 2025", "6 tháng đầu năm 2026".
    public var vietnameseName: String {
        switch kind {
        case .month: return "tháng \(index) năm \(year)"
        case .quarter: return "quý \(["I", "II", "III", "IV"][index - 1]) năm \(year)"
        case .halfYear: return index == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)"
        case .nineMonths: return "9 tháng năm \(year)"
        case .year: return "năm \(year)"
        }
    }

    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool {
        let ae = a.calendarRange.to, be = b.calendarRange.to
        if ae != be { return ae < be }
        return a.calendarRange.from > b.calendarRange.from
    }
}

extension ReportingPeriod {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
