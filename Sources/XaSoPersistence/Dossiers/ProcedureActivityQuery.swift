import FluentKit
import Foundation
import SQLKit
import XaSoCore

extension XaSoStore {
    /// The procedures of a commune's catalogue that had dossiers received in a range, with how many
    /// and how many of those were paid online: what the annual report names ("các thủ tục phát sinh
    /// hồ sơ", "các thủ tục có hồ sơ thanh toán trực tuyến"). Read from the day counts, one row a procedure.
    public func procedureActivity(unitCode: String, range: DayRange) async throws -> [ReportProcedureActivity] {
        guard range.from <= range.to else { return [] }
        return try await sql.raw("""
            SELECT r.procedure_code, p.name, p.level, CAST(SUM(r.received) AS BIGINT) AS received,
                   CAST(SUM(r.paid_online) AS BIGINT) AS paid_online
            FROM dossier_received_days r
            LEFT JOIN procedures p ON p.unit_code = r.unit_code AND p.code = r.procedure_code
            WHERE r.unit_code = \(bind: unitCode) AND r.day >= \(bind: range.from.dayNumber) AND r.day <= \(bind: range.to.dayNumber)
            GROUP BY r.procedure_code, p.name, p.level
            HAVING SUM(r.received) > 0
            ORDER BY SUM(r.received) DESC, r.procedure_code
            """).all().map { row in
            let code = try row.decode(column: "procedure_code", as: String.self)
            let name = try row.decodeNil(column: "name") ? code : try row.decode(column: "name", as: String.self)
            let level = try row.decodeNil(column: "level") ? nil
                : OnlineServiceLevel(rawValue: try row.decode(column: "level", as: String.self))
            return ReportProcedureActivity(code: code, name: name, level: level,
                                           received: try row.decode(column: "received", as: Int.self),
                                           paidOnline: try row.decodeNil(column: "paid_online") ? 0 : try row.decode(column: "paid_online", as: Int.self))
        }
    }
}
