import Foundation

extension TaskDeadline {
    /// Reads the way plans write a time limit ("Thời gian hoàn thành" column or label):
    /// "Thường xuyên", "Hằng năm", "Ngày 15/12 hằng năm", "Hằng quý", "Ngày 20 tháng cuối quý",
    /// "Ngày 05 của tháng đầu quý sau", "Hằng tháng", "Trước ngày 31/12/2025", "Quý IV/2025",
    /// "Tháng 9/2025", "Năm 2025", "2026 - 2030". Nil when nothing is recognised.
    /// A recurring word without a day means the end of each cycle (31/12, quarter end, month end).
    public static func parse(_ text: String) -> TaskDeadline? {
        let f = VietnameseText.folded(text)
        guard !f.isEmpty else { return nil }

        if f.contains("thuong xuyen") || f.contains("lien tuc") { return .ongoing }

        if f.contains("hang nam") || f.contains("moi nam") {
            if let g = DeadlineWords.dayMonth.firstMatch(in: f) ?? DeadlineWords.dayMonthWords.firstMatch(in: f),
               let d = Int(g[1] ?? ""), let m = Int(g[2] ?? "") {
                return .yearly(month: m, day: d)
            }
            return .yearly(month: 12, day: 31)
        }
        if f.contains("hang quy") || f.contains("moi quy") {
            if let g = DeadlineWords.daysAfterQuarter.firstMatch(in: f), let n = Int(g[1] ?? "") {
                return .quarterly(.daysAfterQuarterEnd(n))
            }
            if let g = DeadlineWords.dayOfNextQuarter.firstMatch(in: f), let n = Int(g[1] ?? "") {
                // Day N of the month after the quarter is exactly N days after the quarter's end.
                return .quarterly(.daysAfterQuarterEnd(n))
            }
            if let g = DeadlineWords.dayNumber.firstMatch(in: f), let n = Int(g[1] ?? "") {
                return .quarterly(.dayOfLastMonth(n))
            }
            return .quarterly(.dayOfLastMonth(31))
        }
        if f.contains("hang thang") || f.contains("moi thang") {
            if let g = DeadlineWords.dayNumber.firstMatch(in: f), let n = Int(g[1] ?? "") {
                return .monthly(day: n)
            }
            return .monthly(day: 31)
        }

        // One-off dates: the last one written is the limit ("từ 01/01/2025 đến 31/12/2025").
        let fullDates = DeadlineWords.fullDate.allMatches(in: f) + DeadlineWords.fullDateWords.allMatches(in: f)
        if let g = fullDates.last, let d = Int(g[1] ?? ""), let m = Int(g[2] ?? ""), let y = Int(g[3] ?? ""),
           let date = LocalDay(validYear: y, month: m, day: d) {
            return .fixed(date)
        }
        if let g = DeadlineWords.quarterYear.allMatches(in: f).last, let y = Int(g[2] ?? ""),
           let q = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4][g[1] ?? ""] {
            return .fixed(LocalDay.clamped(year: y, month: q * 3, day: 31))
        }
        if let g = DeadlineWords.monthYear.allMatches(in: f).last, let m = Int(g[1] ?? ""), let y = Int(g[2] ?? ""),
           (1...12).contains(m) {
            return .fixed(LocalDay.clamped(year: y, month: m, day: 31))
        }
        if let g = DeadlineWords.year.allMatches(in: f).last, let y = Int(g[1] ?? "") {
            return .fixed(LocalDay(y, 12, 31))
        }
        return nil
    }
}

/// Patterns over folded text, where "31/12/2025" reads "31 12 2025".
private enum DeadlineWords {
    static let dayMonth = PlanPattern(#"(?:^|\D)(\d{1,2}) (\d{1,2})(?! \d)"#)
    static let dayMonthWords = PlanPattern(#"ngay (\d{1,2}) thang (\d{1,2})"#)
    static let dayNumber = PlanPattern(#"ngay (\d{1,2})"#)
    static let daysAfterQuarter = PlanPattern(#"(\d{1,3}) ngay (?:sau|ke tu)"#)
    static let dayOfNextQuarter = PlanPattern(#"ngay (\d{1,2}) (?:cua )?thang dau (?:cua )?quy (?:sau|tiep theo|ke tiep)"#)
    static let fullDate = PlanPattern(#"(?:^|\D)(\d{1,2}) (\d{1,2}) (\d{4})(?!\d)"#)
    static let fullDateWords = PlanPattern(#"ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})"#)
    static let quarterYear = PlanPattern(#"quy (iv|iii|ii|i|[1-4]) (?:nam )?(\d{4})"#)
    static let monthYear = PlanPattern(#"thang (\d{1,2}) (?:nam )?(\d{4})"#)
    static let year = PlanPattern(#"(?:^|\D)((?:19|20)\d{2})(?!\d)"#)
}
