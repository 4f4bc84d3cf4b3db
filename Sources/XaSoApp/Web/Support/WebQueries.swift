import Fluent
import Foundation
import SQLKit
import Vapor
import XaSoCore

/// Three read-only lookups the store has no function for yet (a figure across all periods, the
/// review comment, which communes reported). Plain SQL both SQLite and PostgreSQL accept; callers check
/// read permission first. Candidates to move into `XaSoStore`.
enum WebQueries {
    struct PeriodValue: Decodable {
        var period: String
        var value: Double
        var approximate: Bool
        var note: String?
        var state: String
    }

    static func sql(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else {
            throw AppError(.unavailable, code: "db.not_sql", message: "the database does not speak SQL",
                           vietnamese: "Cơ sở dữ liệu không hỗ trợ truy vấn này.")
        }
        return sql
    }

    /// One indicator's figures for a unit in every period, oldest first.
    static func valuesOverTime(unit: String, indicator: String, on db: any Database) async throws
        -> [(period: ReportingPeriod, row: PeriodValue)] {
        let rows = try await sql(db).select().columns("period", "value", "approximate", "note", "state")
            .from("indicator_values").where("unit_code", .equal, unit).where("indicator_code", .equal, indicator)
            .all(decoding: PeriodValue.self)
        return rows.compactMap { r in (try? ReportingPeriod(parsing: r.period)).map { ($0, r) } }.sorted { $0.period < $1.period }
    }

    struct Comment: Decodable {
        var indicator_code: String
        var review_comment: String?
    }

    /// Why each returned figure of a unit and period was sent back.
    static func reviewComments(unit: String, period: ReportingPeriod, on db: any Database) async throws -> [String: String] {
        let rows = try await sql(db).select().columns("indicator_code", "review_comment").from("indicator_values")
            .where("unit_code", .equal, unit).where("period", .equal, period.description)
            .where("state", .equal, ValueState.returned.rawValue)
            .all(decoding: Comment.self)
        var result: [String: String] = [:]
        for r in rows { if let c = r.review_comment { result[r.indicator_code] = c } }
        return result
    }

    struct UnitCode: Decodable { var unit_code: String }

    /// Which of `units` have at least one figure for the period.
    static func unitsWithValues(_ units: [String], period: ReportingPeriod, on db: any Database) async throws -> Set<String> {
        var result = Set<String>()
        let s = try sql(db)
        for start in stride(from: 0, to: units.count, by: 400) {
            let chunk = Array(units[start..<min(start + 400, units.count)])
            let rows = try await s.select().distinct().column("unit_code").from("indicator_values")
                .where("period", .equal, period.description).where("unit_code", .in, chunk)
                .all(decoding: UnitCode.self)
            result.formUnion(rows.map(\.unit_code))
        }
        return result
    }

    struct Period: Decodable { var period: String }

    /// Which of `periods` have at least one figure of any of `units`: one query per 400 units.
    static func periodsWithValues(_ units: [String], among periods: [ReportingPeriod], on db: any Database) async throws -> Set<String> {
        var result = Set<String>()
        let s = try sql(db)
        for start in stride(from: 0, to: units.count, by: 400) {
            let chunk = Array(units[start..<min(start + 400, units.count)])
            let rows = try await s.select().distinct().column("period").from("indicator_values")
                .where("unit_code", .in, chunk).where("period", .in, periods.map(\.description))
                .all(decoding: Period.self)
            result.formUnion(rows.map(\.period))
        }
        return result
    }
}
