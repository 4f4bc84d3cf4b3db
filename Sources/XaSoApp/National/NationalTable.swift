import Foundation
import Vapor
import XaSoCore
import XaSoDocuments

/// The national table as a sheet, with the web page's Vietnamese headers; the formats and the
/// attachment are the rankings' (`RankingTable.Format`, `ReportController.file`).
enum NationalTable {
    static func fileName(_ period: String) -> String { "toan-quoc-\(period)" }

    static func response(_ dto: NationalDTO, format: RankingTable.Format) throws -> Response {
        let name = fileName(dto.period)
        switch format {
        case .json: return try json(dto)
        case .csv:
            return ReportController.file(csv(dto), contentType: format.contentType,
                                         disposition: ReportFileName.contentDisposition(name + ".csv"))
        case .xlsx:
            return ReportController.file(try xlsx(dto), contentType: format.contentType,
                                         disposition: ReportFileName.contentDisposition(name + ".xlsx"))
        }
    }

    static var headers: [String] {
        ["Mã", "Tỉnh, thành phố", "Số xã, phường", "Số xã có số liệu", "Số liệu cần nhập", "Số liệu đã nhập",
         "Tỷ lệ hoàn thành (%)", "Chỉ số bình quân", "Chỉ số trung vị"]
            + Verdict.allCases.map(\.vietnamese) + ["Số xã đã nộp"]
    }

    static func verdicts(_ v: NationalDTO.Verdicts) -> [Int] {
        [v.exceeded, v.met, v.approaching, v.not_met, v.no_target, v.no_data]
    }

    static func csv(_ dto: NationalDTO) -> Data {
        CSVWriter.write([headers] + dto.provinces.map { p in
            [p.province_code, p.name, String(p.communes), String(p.communes_with_figures), String(p.expected_figures),
             String(p.entered_figures), RankingTable.number(p.completeness), RankingTable.number(p.index),
             RankingTable.number(p.index_median)] + verdicts(p.verdicts).map(String.init) + [String(p.submitted)]
        }, neutralizeFormulas: true)
    }

    static func xlsx(_ dto: NationalDTO) throws -> Data {
        func cell(_ v: Double?) -> XLSXCell { v.map(XLSXCell.number) ?? .empty }
        let body: [[XLSXCell]] = dto.provinces.map { p in
            [.text(p.province_code), .text(p.name)]
                + [p.communes, p.communes_with_figures, p.expected_figures, p.entered_figures].map { .number(Double($0)) }
                + [cell(p.completeness), cell(p.index), cell(p.index_median)]
                + (verdicts(p.verdicts) + [p.submitted]).map { .number(Double($0)) }
        }
        return try XLSXWriter.write(XLSXSheet(name: "Toàn quốc", rows: [headers.map(XLSXCell.text)] + body))
    }
}
