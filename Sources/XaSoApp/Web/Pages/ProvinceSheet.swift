import Foundation
import XaSoCore
import XaSoDocuments

/// The province page's commune table as a CSV or XLSX (`?format=csv|xlsx` on the page), with the
/// page's columns and order (sort and filters applied): what an officer forwards or works on in Excel.
enum ProvinceSheet {
    static let verdicts: [Verdict] = [.exceeded, .met, .approaching, .notMet, .noTarget, .noData]

    static func sheet(_ m: ProvinceModel) -> SheetExport {
        let headers = ["Hạng", "Mã", "Xã, phường"] + verdicts.map(\.vietnamese)
            + ["Tỷ lệ đạt (%)", "Chỉ tiêu có nguy cơ không đạt", "Cảnh báo số liệu chưa kiểm tra"]
        let rows: [[XLSXCell]] = m.shown.map { row in
            [row.rank.map { .number(Double($0)) } ?? .empty, .text(row.unit.code), .text(row.unit.fullName)]
                + verdicts.map { .number(Double(row.counts[$0])) }
                + [row.counts.achievedRate.map { .number(($0 * 10).rounded() / 10) } ?? .empty,
                   row.atRisk.map { .number(Double($0)) } ?? .empty, .number(Double(row.openFlags))]
        }
        let name = "tong-hop-\(m.province.code)-\(m.period)" + (m.framework.map { "-\($0)" } ?? "")
        return SheetExport(name: name, sheet: "Tổng hợp các xã", headers: headers, rows: rows)
    }
}
