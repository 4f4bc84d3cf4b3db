import Foundation
import Vapor
import XaSoCore
import XaSoDocuments

/// The ranking as a sheet: what the web page shows, with the same Vietnamese headers, for CSV and XLSX.
enum RankingTable {
    static func fileName(_ province: String, _ period: ReportingPeriod, _ framework: String?) -> String {
        "xep-hang-\(province)-\(period)" + (framework.map { "-\($0)" } ?? "")
    }

    /// JSON rows, or the table as a CSV or XLSX attachment.
    static func response(_ rows: [RankingRow], format: TableFormat, name: String) throws -> Response {
        try sheet(rows, name: name).response(format) { try json(rows) }
    }

    static var headers: [String] {
        ["Hạng", "Mã", "Tên xã/phường", "Chỉ số"] + IndexPillar.allCases.map(\.vietnamese)
            + ["Số chỉ tiêu đạt", "Số chỉ tiêu được đánh giá", "Thay đổi hạng"]
    }

    /// "+2", "-1", "0"; empty when either period is unranked.
    static func change(_ value: Int?) -> String {
        guard let value else { return "" }
        return value > 0 ? "+\(value)" : "\(value)"
    }

    static func number(_ value: Double?) -> String {
        value.map { VietnameseFormat.number($0, maxFractionDigits: 2) } ?? ""
    }

    /// The table once, as cells (`SheetExport` writes the CSV and the XLSX from them). The rank change
    /// is text, "+2" / "-1", in both files: the sign is what a reader looks for.
    static func sheet(_ rows: [RankingRow], name: String) -> SheetExport {
        func cell(_ v: Double?) -> XLSXCell { v.map(XLSXCell.number) ?? .empty }
        let body: [[XLSXCell]] = rows.map { row in
            [row.rank.map { .number(Double($0)) } ?? .empty, .text(row.unitCode), .text(row.name), .number(row.index)]
                + IndexPillar.allCases.map { cell(row.pillars[$0]) }
                + [.number(Double(row.achieved)), .number(Double(row.judged)), .text(change(row.rankChange))]
        }
        return SheetExport(name: name, sheet: "Xếp hạng", headers: headers, rows: body)
    }
}
