import Foundation

/// The days a report's dossier paragraph covers: the period's cut-off range, starting no earlier than
/// the day the two-level communes began work (1 July 2025, Resolution 202/2025/QH15: no commune of
/// today has a ledger before it) and ending no later than the report's own date when it has one.
public enum ReportDossierRange {
    public static let communesBegan = LocalDay(2025, 7, 1)

    /// Nil when nothing is left (a report dated before its period's first day).
    public static func range(for period: ReportingPeriod, documentDate: DocumentDate?) -> DayRange? {
        var range = period.cutOffRange
        if range.from < communesBegan { range.from = communesBegan }
        if let date = documentDate, let month = date.month, let day = date.day {
            let signed = LocalDay(date.year, month, day)
            if signed < range.to { range.to = signed }
        }
        return range.from <= range.to ? range : nil
    }
}
