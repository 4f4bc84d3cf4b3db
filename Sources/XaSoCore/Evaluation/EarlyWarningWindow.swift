import Foundation

extension EarlyWarning {
    /// Quarters of history a warning reads back from the period asked.
    public static let historyQuarters = 8

    /// Every period (month, quarter, half, nine months, year) ending within the `quarters` quarters
    /// up to `period`'s end, itself included: a commune may have reported any of them. Storage reads
    /// the figures of these periods for `assess`.
    public static func window(endingAt period: ReportingPeriod, quarters: Int = historyQuarters) -> [ReportingPeriod] {
        func month(_ p: ReportingPeriod) -> Int { p.calendarRange.to.year * 12 + p.calendarRange.to.month }
        let last = month(period), first = last - quarters * 3 + 1
        var out: [ReportingPeriod] = []
        for year in (period.year - (quarters + 3) / 4)...period.year {
            out += (1...12).map { .month($0, year) } + (1...4).map { .quarter($0, year) }
            out += [.half(1, year), .half(2, year), .nineMonths(year), .year(year)]
        }
        return out.filter { (first...last).contains(month($0)) }
    }
}
