import Foundation
import Vapor
import XaSoCore
import XaSoDocuments

/// The national table as a sheet, with the web page's Vietnamese headers; the CSV and the XLSX are
/// written from the same cells (`SheetExport`).
enum NationalTable {
    static func fileName(_ period: String) -> String { "toan-quoc-\(period)" }

    static func response(_ dto: NationalDTO, format: TableFormat) throws -> Response {
        try sheet(dto).response(format) { try json(dto) }
    }

    static var headers: [String] {
        ["Mã", "Tỉnh, thành phố", "Số xã, phường", "Số xã có số liệu", "Số liệu cần nhập", "Số liệu đã nhập",
         "Tỷ lệ hoàn thành (%)", "Chỉ số bình quân", "Chỉ số trung vị"]
            + Verdict.allCases.map(\.vietnamese) + ["Số xã đã nộp"]
    }

    static func verdicts(_ v: NationalDTO.Verdicts) -> [Int] {
        [v.exceeded, v.met, v.approaching, v.not_met, v.no_target, v.no_data]
    }

    static func sheet(_ dto: NationalDTO) -> SheetExport {
        func cell(_ v: Double?) -> XLSXCell { v.map(XLSXCell.number) ?? .empty }
        let rows: [[XLSXCell]] = dto.provinces.map { p in
            [.text(p.province_code), .text(p.name)]
                + [p.communes, p.communes_with_figures, p.expected_figures, p.entered_figures].map { .number(Double($0)) }
                + [cell(p.completeness), cell(p.index), cell(p.index_median)]
                + (verdicts(p.verdicts) + [p.submitted]).map { .number(Double($0)) }
        }
        return SheetExport(name: fileName(dto.period), sheet: "Toàn quốc", headers: headers, rows: rows)
    }
}
