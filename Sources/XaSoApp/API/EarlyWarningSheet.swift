import Foundation
import XaSoCore
import XaSoDocuments

/// The early warnings of a commune as a sheet: the columns of `EarlyWarningDTO`, headed in Vietnamese.
enum EarlyWarningSheet {
    static let headers = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Tình trạng", "Giá trị gần nhất", "Kỳ gần nhất",
                          "Tốc độ mỗi quý", "Tốc độ cần mỗi quý", "Số quý còn lại", "Dự báo đến mốc", "Năm mốc",
                          "Mục tiêu", "Giải thích"]

    static func export(_ list: [EarlyWarning], unitCode: String, period: ReportingPeriod) -> SheetExport {
        func number(_ x: Double?) -> XLSXCell { x.map { .number(($0 * 1000).rounded() / 1000) } ?? .empty }
        return SheetExport(name: "canh-bao-som-\(unitCode)-\(period)", sheet: "Cảnh báo sớm", headers: headers,
                           rows: list.map { w in
                               [.text(w.indicatorCode), .text(w.indicatorName), .text(w.status.vietnamese), number(w.latest?.value),
                                w.latest.map { .text($0.period.description) } ?? .empty, number(w.pacePerQuarter),
                                number(w.neededPerQuarter), number(w.quartersLeft), number(w.projected),
                                w.milestoneYear.map { .number(Double($0)) } ?? .empty, w.target.map { .text($0.text) } ?? .empty,
                                .text(w.explanation)]
                           })
    }
}
