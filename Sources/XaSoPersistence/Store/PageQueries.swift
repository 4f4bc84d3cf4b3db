import FluentKit
import Foundation
import SQLKit
import XaSoCore
import XaSoStorage

/// Read-only lookups the web pages need beside the feature stores: a figure across all periods, the
/// review comments, which units or periods have figures. Plain SQL both SQLite and PostgreSQL accept;
/// callers check read permission first.
extension XaSoStore {
    public typealias PeriodFigure = XaSoStorage.PeriodFigure

    /// One indicator's figures for a unit in every period, oldest first.
    public func figuresOverTime(unit: String, indicator: String) async throws
        -> [(period: ReportingPeriod, row: PeriodFigure)] {
        let rows = try await db.sqlDatabase().select().columns("period", "value", "approximate", "note", "state")
            .from("indicator_values").where("unit_code", .equal, unit).where("indicator_code", .equal, indicator)
            .all(decoding: PeriodFigure.self)
        return rows.compactMap { r in (try? ReportingPeriod(parsing: r.period)).map { ($0, r) } }.sorted { $0.period < $1.period }
    }

    private struct ReviewComment: Decodable {
        var indicator_code: String
        var review_comment: String?
    }

    /// Why each returned figure of a unit and period was sent back, by indicator code.
    public func reviewComments(unit: String, period: ReportingPeriod) async throws -> [String: String] {
        let rows = try await db.sqlDatabase().select().columns("indicator_code", "review_comment").from("indicator_values")
            .where("unit_code", .equal, unit).where("period", .equal, period.description)
            .where("state", .equal, ValueState.returned.rawValue)
            .all(decoding: ReviewComment.self)
        var result: [String: String] = [:]
        for r in rows { if let c = r.review_comment { result[r.indicator_code] = c } }
        return result
    }

    private struct UnitCodeRow: Decodable { var unit_code: String }
    private struct PeriodRow: Decodable { var period: String }

    /// Which of `units` have at least one figure for the period: one query per 400 units.
    public func unitsWithFigures(_ units: [String], period: ReportingPeriod) async throws -> Set<String> {
        var result = Set<String>()
        let sql = try db.sqlDatabase()
        for chunk in Self.chunks(units) {
            let rows = try await sql.select().distinct().column("unit_code").from("indicator_values")
                .where("period", .equal, period.description).where("unit_code", .in, chunk)
                .all(decoding: UnitCodeRow.self)
            result.formUnion(rows.map(\.unit_code))
        }
        return result
    }

    /// Which of `periods` have at least one figure of any of `units`: one query per 400 units.
    public func periodsWithFigures(_ units: [String], among periods: [ReportingPeriod]) async throws -> Set<String> {
        var result = Set<String>()
        let sql = try db.sqlDatabase()
        for chunk in Self.chunks(units) {
            let rows = try await sql.select().distinct().column("period").from("indicator_values")
                .where("unit_code", .in, chunk).where("period", .in, periods.map(\.description))
                .all(decoding: PeriodRow.self)
            result.formUnion(rows.map(\.period))
        }
        return result
    }

    /// Unit lists split into statements of at most 400 bound codes, under the 999 parameters older
    /// SQLite builds allow.
    private static func chunks(_ codes: [String]) -> [[String]] {
        stride(from: 0, to: codes.count, by: 400).map { Array(codes[$0..<min($0 + 400, codes.count)]) }
    }
}
