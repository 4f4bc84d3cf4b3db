/// A data cut-off month (Decree 09/2019/NĐ-CP): the 15th of one calendar month to the 14th of the
/// next, named by the later month, so "cut-off month 2026-06" is 15/05/2026–14/06/2026. Every
/// reporting period's cut-off range (`ReportingPeriod.cutOffRange`) is a run of whole cut-off months,
/// which is why the dossier ledger's counts are also kept per cut-off month: a period then reads one
/// row per commune, month and procedure instead of one per day.
///
/// A month is one integer, `year × 12 + (month − 1)`, so consecutive months are consecutive integers
/// and compare the same way in Swift and in SQL.
public enum CutoffMonth {
    /// The cut-off month holding the day (day ≥ 15 belongs to the next calendar month's).
    public static func of(_ day: LocalDay) -> Int {
        let index = day.year * 12 + (day.month - 1)
        return day.day >= 15 ? index + 1 : index
    }

    public static func of(dayNumber: Int) -> Int { of(LocalDay(dayNumber: dayNumber)) }

    /// Its first day, the 15th of the calendar month before.
    public static func firstDay(_ month: Int) -> LocalDay {
        let before = month - 1
        return LocalDay(before / 12, before % 12 + 1, 15)
    }

    /// "2026-06" for the month ending 14/06/2026.
    public static func name(_ month: Int) -> String {
        let m = month % 12 + 1
        return "\(month / 12)-\(m < 10 ? "0" : "")\(m)"
    }

    /// A range of days (day numbers, both ends included) cut into the whole cut-off months it covers
    /// and the days left over at either end. A period's cut-off range has no days left over; a range
    /// inside one month is all days.
    public struct Split: Equatable, Sendable {
        /// First and last whole month, nil when the range covers none.
        public var months: ClosedRange<Int>?
        /// Day-number spans outside those months (at most two: the head and the tail).
        public var days: [ClosedRange<Int>]
    }

    /// The cut-off quarter holding a month: quarter q is months 3q, 3q + 1 and 3q + 2, so a year's
    /// first quarter is its cut-off months 01–03 (15/12 to 14/03), as `ReportingPeriod.quarter` cuts it.
    public static func quarter(_ month: Int) -> Int { month / 3 }

    /// A run of whole months cut into the whole cut-off quarters it covers and the months left over at
    /// either end: a year, a half or a quarter is quarters only, a month period is one month.
    public struct QuarterSplit: Equatable, Sendable {
        /// First and last whole quarter, nil when the months cover none.
        public var quarters: ClosedRange<Int>?
        /// Month spans outside those quarters (at most two).
        public var months: [ClosedRange<Int>]
    }

    public static func splitQuarters(_ months: ClosedRange<Int>) -> QuarterSplit {
        // The first quarter starting on or after the first month, the last ending on or before the last.
        let first = (months.lowerBound + 2) / 3, last = (months.upperBound + 1) / 3 - 1
        guard first <= last else { return QuarterSplit(quarters: nil, months: [months]) }
        var rest: [ClosedRange<Int>] = []
        if months.lowerBound < first * 3 { rest.append(months.lowerBound...(first * 3 - 1)) }
        if (last + 1) * 3 <= months.upperBound { rest.append(((last + 1) * 3)...months.upperBound) }
        return QuarterSplit(quarters: first...last, months: rest)
    }

    public static func split(fromDay from: Int, toDay to: Int) -> Split {
        guard from <= to else { return Split(months: nil, days: []) }
        // The first month starting on or after `from`, and the last ending on or before `to`.
        let firstMonth = firstDay(of(dayNumber: from)).dayNumber == from ? of(dayNumber: from) : of(dayNumber: from) + 1
        let lastMonth = of(dayNumber: to + 1) - 1
        guard firstMonth <= lastMonth else { return Split(months: nil, days: [from...to]) }
        var days: [ClosedRange<Int>] = []
        let monthsStart = firstDay(firstMonth).dayNumber, monthsEnd = firstDay(lastMonth + 1).dayNumber - 1
        if from < monthsStart { days.append(from...(monthsStart - 1)) }
        if monthsEnd < to { days.append((monthsEnd + 1)...to) }
        return Split(months: firstMonth...lastMonth, days: days)
    }
}
