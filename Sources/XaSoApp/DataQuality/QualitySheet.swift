import Foundation
import XaSoCore
import XaSoDocuments

/// The flags as a sheet (CSV and XLSX through `SheetExport`): one row per flag, open or checked.
enum QualitySheet {
    static let headers = ["Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Kỳ", "Loại cảnh báo", "Giá trị", "Lý do",
                          "Đã kiểm tra", "Người kiểm tra", "Thời điểm kiểm tra", "Ghi chú kiểm tra"]

    /// `names`: unit code → full name, for the communes flagged.
    static func export(_ flags: [DataQualityFlag], names: [String: String], unitCode: String,
                       period: ReportingPeriod) -> SheetExport {
        SheetExport(name: "canh-bao-du-lieu-\(unitCode)-\(period)", sheet: "Cảnh báo dữ liệu", headers: headers,
                    rows: flags.map { f in
                        [.text(f.unitCode), .text(names[f.unitCode] ?? ""), .text(f.indicatorCode), .text(f.period.description),
                         .text(f.kind.vietnamese), .number(f.value), .text(f.reason), .text(f.checked == nil ? "Chưa" : "Đã kiểm tra"),
                         f.checked.map { .text($0.checkedBy) } ?? .empty, f.checked.map { dateTime($0.checkedAt) } ?? .empty,
                         f.checked?.note.map(XLSXCell.text) ?? .empty]
                    })
    }

    /// A moment as Vietnam's wall clock shows it.
    static func dateTime(_ date: Date) -> XLSXCell {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = LocalDay.vietnamTimeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return .dateTime(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0, hour: c.hour ?? 0, minute: c.minute ?? 0)
    }
}
