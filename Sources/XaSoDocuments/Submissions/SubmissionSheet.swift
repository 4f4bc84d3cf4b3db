import Foundation
import XaSoCore

/// The province's submissions table as a spreadsheet: the same lines as the web page, headings in
/// Vietnamese, times in Vietnam's clock, completeness a share Excel shows as a percent.
public enum SubmissionSheet {
    public static let headings = ["Mã đơn vị", "Tên đơn vị", "Trạng thái", "Thời điểm nộp", "Đúng hạn", "Mức đầy đủ", "Lý do trả lại"]

    public static func xlsx(_ overview: SubmissionOverview) throws -> Data {
        var rows: [[XLSXCell]] = [headings.map(XLSXCell.text)]
        for c in overview.communes {
            let time: XLSXCell = c.submittedAt.map { t in
                let (day, hour, minute) = local(t)
                return .dateTime(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
            } ?? .empty
            rows.append([.text(c.unitCode), .text(c.name), .text(c.vietnameseState), time, .textOrEmpty(onTime(c.onTime)),
                         .percent(c.completeness), .textOrEmpty(c.reason ?? "")])
        }
        let name = "Nộp báo cáo \(overview.period)"
        return try XLSXWriter.write(XLSXSheet(name: name, rows: rows, columnWidths: [10, 28, 18, 18, 10, 12, 40]))
    }

    /// Text typed by others (a return reason) is kept from running as a formula in Excel.
    public static func csv(_ overview: SubmissionOverview) -> Data {
        var rows = [headings]
        for c in overview.communes {
            let time = c.submittedAt.map { t -> String in
                let (day, hour, minute) = local(t)
                return String(format: "%@ %02d:%02d", day.shortVietnamese, hour, minute)
            } ?? ""
            rows.append([c.unitCode, c.name, c.vietnameseState, time, onTime(c.onTime),
                         VietnameseFormat.number(c.completeness * 100) + "%", c.reason ?? ""])
        }
        return CSVWriter.write(rows, neutralizeFormulas: true)
    }

    static func onTime(_ value: Bool?) -> String {
        value.map { $0 ? "Có" : "Không" } ?? ""
    }

    /// Day, hour and minute in Vietnam, by the core's clock (`LocalDateTime`).
    static func local(_ date: Date) -> (LocalDay, Int, Int) {
        let t = LocalDateTime(instant: date)
        return (t.day, t.hour, t.minute)
    }
}
