import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The province page's ranking by the commune index (docs/rankings.md): the same rows as
/// `GET …/rankings`, under the headers of the CSV and XLSX export.
enum ProvinceRankingSection {
    static let title = "Xếp hạng chỉ số chuyển đổi số"

    /// `/provinces/{code}/rankings?period=&framework=&format=csv|xlsx`: the table as a file, for the
    /// signed-in officer (the API's export needs a token).
    static func download(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let actor = try await req.requireRead(unitCode: code)
        let format = try TableFormat(parsing: req.query[String.self, at: "format"] ?? "csv")
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let framework = req.query[String.self, at: "framework"].flatMap { $0.isEmpty ? nil : $0 }
        let rows = try await req.store.provinceRanking(provinceCode: code, period: period, framework: framework, actor: actor)
        return try RankingTable.response(rows, format: format, name: RankingTable.fileName(code, period, framework))
    }

    static func render(_ rows: [RankingRow], provinceCode: String, weights: WeightsSentence, period: ReportingPeriod,
                       framework: String?) -> Node {
        H.section(.aria("labelledby", "index-rank-h")) {
            H.h2(.id("index-rank-h")) { title }
            H.p(.class("muted")) {
                "Chỉ số 0–100: mỗi chỉ tiêu tính theo mức đạt so với mục tiêu (tối đa 1, chưa có số liệu tính 0), "
                    + "trung bình theo trụ cột, cộng theo trọng số (\(weights.text)). Thay đổi hạng so với kỳ \(period.previous)."
            }
            if !rows.contains(where: { $0.rank != nil }) {
                H.p(.class("muted")) { "Chưa có xã, phường nào có số liệu kỳ này." }
            } else {
                table(rows.filter { $0.rank != nil }, period: period, framework: framework)
                H.p {
                    H.a(.href(WebPath.provinceRankings(provinceCode, period: period, framework: framework, format: "xlsx"))) { "Tải Excel (XLSX)" }
                    " · "
                    H.a(.href(WebPath.provinceRankings(provinceCode, period: period, framework: framework, format: "csv"))) { "Tải CSV" }
                }
                let unranked = rows.filter { $0.rank == nil }.count
                if unranked > 0 { H.p(.class("muted")) { "\(unranked) xã, phường chưa có số liệu kỳ này, chưa xếp hạng." } }
            }
        }
    }
}

extension ProvinceRankingSection {
    /// The ranked communes under the export's headers (`RankingTable.headers`: rank, code, name, index,
    /// the pillars, achieved, judged, change).
    static func table(_ rows: [RankingRow], period: ReportingPeriod, framework: String?) -> Node {
        typealias Column = DataTable<RankingRow>.Column
        let h = RankingTable.headers
        let pillars = IndexPillar.allCases
        let columns: [Column] = [
            Column(h[0], .numeric) { $0.rank.map(String.init) ?? "" },
            Column(h[1]) { $0.unitCode },
            Column(h[2], rowHeader: true) { row in
                H.a(.href(WebPath.dashboard(row.unitCode, period: period, framework: framework))) { row.name }
            },
            Column(h[3], .numeric) { RankingTable.number($0.index) },
        ] + pillars.enumerated().map { i, pillar in
            Column(h[4 + i], .numeric) { $0.pillars[pillar].map { RankingTable.number($0) } ?? "–" }
        } + [
            Column(h[4 + pillars.count], .numeric) { String($0.achieved) },
            Column(h[5 + pillars.count], .numeric) { String($0.judged) },
            Column(h[6 + pillars.count], .numeric) { RankingTable.change($0.rankChange) },
        ]
        return DataTable(rows: rows, columns: columns, id: "index-ranking", label: title,
                         rowAttributes: { [.id("index-\($0.unitCode)")] }).node
    }
}

/// The weights as a sentence: "Chính quyền số 30, Kinh tế số 20, …".
struct WeightsSentence: Sendable {
    var text: String

    init(_ codes: [String: Double]) {
        text = IndexPillar.allCases.map { "\($0.vietnamese) \(RankingTable.number(codes[$0.rawValue] ?? 0))" }
            .joined(separator: ", ")
    }
}
