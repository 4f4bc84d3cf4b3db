import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// `DossierStatistics.compute` as SQL aggregates, so a province's millions of dossiers are counted
/// where they lie. The core function is the definition; `DossierStatisticsSQLTests` checks that both
/// give the same figures for the same ledger. Four queries, each grouped by unit.
extension XaSoStore {
    /// Statistics of each unit over a range (units with no dossiers and no catalogue get zeros).
    public func dossierStatistics(unitCodes: [String], range: DayRange) async throws -> [String: DossierStatistics] {
        var result = Dictionary(uniqueKeysWithValues: unitCodes.map { ($0, DossierStatistics()) })
        guard !unitCodes.isEmpty else { return result }
        let from = range.from.dayNumber, to = range.to.dayNumber
        for chunk in unitCodes.chunked(500) {
            let units = SQLGroupExpression(SQLList(chunk.map { SQLBind($0) }))
            // The catalogue: procedures by level, fee procedures and those with online payment.
            for row in try await sql.raw("""
                SELECT unit_code, level, COUNT(*) AS procedures, CAST(SUM(has_fee) AS BIGINT) AS fee,
                       CAST(SUM(has_fee * online_payment) AS BIGINT) AS fee_online
                FROM procedures WHERE unit_code IN \(units) GROUP BY unit_code, level
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                guard let level = OnlineServiceLevel(rawValue: try row.decode(column: "level", as: String.self)) else { continue }
                result[unit, default: .init()].byLevel[level].procedures += try row.decode(column: "procedures", as: Int.self)
                result[unit, default: .init()].onlinePayment.feeProcedures += try row.decode(column: "fee", as: Int.self)
                result[unit, default: .init()].onlinePayment.feeProceduresWithOnlinePayment += try row.decode(column: "fee_online", as: Int.self)
            }
            guard from <= to else { continue }
            // Everything counted per dossier. "Open at the end" = not finished, or finished after the range.
            let open = "(d.end_day > \(to))"
            let received = "(d.received_day >= \(from))"
            let ended = "(d.end_day <= \(to))"
            for row in try await sql.raw("""
                SELECT d.unit_code,
                  SUM(CASE WHEN \(unsafeRaw: received) THEN 1 ELSE 0 END) AS received_in_period,
                  SUM(CASE WHEN \(unsafeRaw: received) THEN 0 ELSE 1 END) AS carried_over,
                  SUM(CASE WHEN \(unsafeRaw: received) AND d.channel = 'online' THEN 1 ELSE 0 END) AS online,
                  SUM(CASE WHEN \(unsafeRaw: received) AND d.channel = 'direct' THEN 1 ELSE 0 END) AS direct,
                  SUM(CASE WHEN \(unsafeRaw: received) AND d.channel = 'post' THEN 1 ELSE 0 END) AS post,
                  SUM(CASE WHEN \(unsafeRaw: received) AND d.entered_day > d.received_day THEN 1 ELSE 0 END) AS late_entry,
                  SUM(CASE WHEN \(unsafeRaw: ended) AND d.outcome = 'resolved' AND d.result_day < d.due_day THEN 1 ELSE 0 END) AS early,
                  SUM(CASE WHEN \(unsafeRaw: ended) AND d.outcome = 'resolved' AND (d.due_day IS NULL OR d.result_day = d.due_day) THEN 1 ELSE 0 END) AS on_time,
                  SUM(CASE WHEN \(unsafeRaw: ended) AND d.outcome = 'resolved' AND d.result_day > d.due_day THEN 1 ELSE 0 END) AS late,
                  SUM(CASE WHEN \(unsafeRaw: ended) AND d.outcome = 'rejected' THEN 1 ELSE 0 END) AS rejected,
                  SUM(CASE WHEN \(unsafeRaw: ended) AND d.outcome = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn,
                  SUM(CASE WHEN \(unsafeRaw: open) THEN 1 ELSE 0 END) AS in_progress,
                  SUM(CASE WHEN \(unsafeRaw: open) AND d.due_day < \(unsafeRaw: String(to)) THEN 1 ELSE 0 END) AS in_progress_late,
                  SUM(CASE WHEN \(unsafeRaw: received) AND p.level = 'toan_trinh' THEN 1 ELSE 0 END) AS level_full,
                  SUM(CASE WHEN \(unsafeRaw: received) AND p.level = 'mot_phan' THEN 1 ELSE 0 END) AS level_partial,
                  SUM(CASE WHEN \(unsafeRaw: received) AND p.level = 'truc_tiep' THEN 1 ELSE 0 END) AS level_direct,
                  SUM(CASE WHEN \(unsafeRaw: received) AND p.has_fee = 1 THEN 1 ELSE 0 END) AS fee_dossiers,
                  SUM(CASE WHEN \(unsafeRaw: received) AND p.has_fee = 1 AND d.paid_online = 1 THEN 1 ELSE 0 END) AS paid_online
                FROM dossiers d
                LEFT JOIN procedures p ON p.unit_code = d.unit_code AND p.code = d.procedure_code
                WHERE d.unit_code IN \(units) AND d.end_day >= \(bind: from) AND d.received_day <= \(bind: to)
                GROUP BY d.unit_code
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                func n(_ c: String) throws -> Int { try row.decodeNil(column: c) ? 0 : try row.decode(column: c, as: Int.self) }
                var s = result[unit] ?? DossierStatistics()
                s.receivedInPeriod = try n("received_in_period")
                s.carriedOver = try n("carried_over")
                s.online = try n("online")
                s.direct = try n("direct")
                s.post = try n("post")
                s.lateEntry = try n("late_entry")
                s.early = try n("early")
                s.onTime = try n("on_time")
                s.late = try n("late")
                s.rejected = try n("rejected")
                s.withdrawn = try n("withdrawn")
                s.inProgress = try n("in_progress")
                s.inProgressLate = try n("in_progress_late")
                s.byLevel.toanTrinh.dossiers = try n("level_full")
                s.byLevel.motPhan.dossiers = try n("level_partial")
                s.byLevel.trucTiep.dossiers = try n("level_direct")
                s.onlinePayment.feeDossiers = try n("fee_dossiers")
                s.onlinePayment.dossiersPaidOnline = try n("paid_online")
                result[unit] = s
            }
            // Procedures that had dossiers received in the range, by level.
            for row in try await sql.raw("""
                SELECT d.unit_code, p.level, COUNT(DISTINCT d.procedure_code) AS used
                FROM dossiers d JOIN procedures p ON p.unit_code = d.unit_code AND p.code = d.procedure_code
                WHERE d.unit_code IN \(units) AND d.end_day >= \(bind: from) AND d.received_day >= \(bind: from)
                  AND d.received_day <= \(bind: to)
                GROUP BY d.unit_code, p.level
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                guard let level = OnlineServiceLevel(rawValue: try row.decode(column: "level", as: String.self)) else { continue }
                result[unit, default: .init()].byLevel[level].proceduresWithDossiers = try row.decode(column: "used", as: Int.self)
            }
            // Late dossiers by field; a procedure missing from the catalogue files under "Không xác định".
            for row in try await sql.raw("""
                SELECT d.unit_code, p.field, COUNT(*) AS late
                FROM dossiers d LEFT JOIN procedures p ON p.unit_code = d.unit_code AND p.code = d.procedure_code
                WHERE d.unit_code IN \(units) AND d.end_day >= \(bind: from) AND d.end_day <= \(bind: to)
                  AND d.received_day <= \(bind: to) AND d.outcome = 'resolved' AND d.result_day > d.due_day
                GROUP BY d.unit_code, p.field
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                let field = try row.decodeNil(column: "field") ? DossierStatistics.unknownField : try row.decode(column: "field", as: String.self)
                let count = try row.decode(column: "late", as: Int.self)
                // Fields differing only in case or diacritics marks are one field, as in the core.
                var byField = result[unit]?.lateByField ?? [:]
                let key = byField.keys.first { VietnameseText.folded($0) == VietnameseText.folded(field) } ?? field
                byField[key, default: 0] += count
                result[unit]?.lateByField = byField
            }
        }
        return result
    }

    /// A province's communes one by one and their total (counts summed, rates recomputed).
    public func provinceDossierStatistics(provinceCode: String, range: DayRange) async throws -> DossierRollUp {
        let province = try await requireUnit(provinceCode)
        guard province.level == .province else {
            throw AppError(.invalid, code: "dossier.unit_not_province", message: "unit \(provinceCode) is not a province",
                           vietnamese: "Đơn vị \(provinceCode) không phải là tỉnh, thành phố.")
        }
        let communes = try await children(of: provinceCode).filter { $0.level == .commune }.map(\.code)
        let stats = try await dossierStatistics(unitCodes: communes, range: range)
        return DossierRollUp(range: range, units: communes.sorted().map { UnitDossierStatistics(unitCode: $0, statistics: stats[$0]!) })
    }
}
