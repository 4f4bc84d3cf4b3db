import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// `DossierStatistics.compute` from the ledger's day counts (`DossierDayCounts`), so a commune-period
/// reads a few hundred rows whatever the ledger's size. The core function is the definition;
/// `sqlStatisticsEqualTheCoreDefinition` and `dayCountsFollowEveryWrite` check that both give the
/// same figures for the same ledger. Each query is grouped by unit.
extension XaSoStore {
    /// Statistics of each unit over a range (units with no dossiers and no catalogue get zeros).
    public func dossierStatistics(unitCodes: [String], range: DayRange) async throws -> [String: DossierStatistics] {
        var result = Dictionary(uniqueKeysWithValues: unitCodes.map { ($0, DossierStatistics()) })
        for chunk in unitCodes.chunked(500) {
            let units = SQLGroupExpression(SQLList(chunk.map { SQLBind($0) }))
            try await addDossierStatistics(into: &result, range: range) { column in "\(unsafeRaw: column) IN \(units)" }
        }
        return result
    }

    /// Statistics of every commune holding a catalogue or dossiers, each query one pass over its table
    /// grouped by commune (no list of codes): what the national figures are summed from.
    public func everyCommuneDossierStatistics(range: DayRange) async throws -> [String: DossierStatistics] {
        var result: [String: DossierStatistics] = [:]
        try await addDossierStatistics(into: &result, range: range) { _ in "1 = 1" }
        return result
    }

    /// The queries behind both: `units` gives the condition on a table's unit column (its name, alias included).
    private func addDossierStatistics(into result: inout [String: DossierStatistics], range: DayRange,
                                      units: (String) -> SQLQueryString) async throws {
        let from = range.from.dayNumber, to = range.to.dayNumber
        do {
            // The catalogue: procedures by level, fee procedures and those with online payment.
            for row in try await sql.raw("""
                SELECT unit_code, level, COUNT(*) AS procedures, CAST(SUM(has_fee) AS BIGINT) AS fee,
                       CAST(SUM(has_fee * online_payment) AS BIGINT) AS fee_online
                FROM procedures WHERE \(units("unit_code")) GROUP BY unit_code, level
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                guard let level = OnlineServiceLevel(rawValue: try row.decode(column: "level", as: String.self)) else { continue }
                result[unit, default: .init()].byLevel[level].procedures += try row.decode(column: "procedures", as: Int.self)
                result[unit, default: .init()].onlinePayment.feeProcedures += try row.decode(column: "fee", as: Int.self)
                result[unit, default: .init()].onlinePayment.feeProceduresWithOnlinePayment += try row.decode(column: "fee_online", as: Int.self)
            }
            guard from <= to else { return }
            // Dossiers received in the range: one row per day and procedure that had any.
            for row in try await sql.raw("""
                SELECT r.unit_code, CAST(SUM(r.received) AS BIGINT) AS received, CAST(SUM(r.online) AS BIGINT) AS online, CAST(SUM(r.direct) AS BIGINT) AS direct,
                  CAST(SUM(r.post) AS BIGINT) AS post, CAST(SUM(r.late_entry) AS BIGINT) AS late_entry,
                  CAST(SUM(CASE WHEN p.level = 'toan_trinh' THEN r.received ELSE 0 END) AS BIGINT) AS level_full,
                  CAST(SUM(CASE WHEN p.level = 'mot_phan' THEN r.received ELSE 0 END) AS BIGINT) AS level_partial,
                  CAST(SUM(CASE WHEN p.level = 'truc_tiep' THEN r.received ELSE 0 END) AS BIGINT) AS level_direct,
                  CAST(SUM(CASE WHEN p.has_fee = 1 THEN r.received ELSE 0 END) AS BIGINT) AS fee_dossiers,
                  CAST(SUM(CASE WHEN p.has_fee = 1 THEN r.paid_online ELSE 0 END) AS BIGINT) AS paid_online,
                  CAST(SUM(r.digitisation_stated) AS BIGINT) AS digitisation_stated, CAST(SUM(r.digitised) AS BIGINT) AS digitised,
                  CAST(SUM(r.reuse_stated) AS BIGINT) AS reuse_stated, CAST(SUM(r.reused) AS BIGINT) AS reused
                FROM dossier_received_days r
                LEFT JOIN procedures p ON p.unit_code = r.unit_code AND p.code = r.procedure_code
                WHERE \(units("r.unit_code")) AND r.day >= \(bind: from) AND r.day <= \(bind: to)
                GROUP BY r.unit_code
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                func n(_ c: String) throws -> Int { try row.decodeNil(column: c) ? 0 : try row.decode(column: c, as: Int.self) }
                var s = result[unit] ?? DossierStatistics()
                s.receivedInPeriod = try n("received")
                s.online = try n("online")
                s.direct = try n("direct")
                s.post = try n("post")
                s.lateEntry = try n("late_entry")
                s.byLevel.toanTrinh.dossiers = try n("level_full")
                s.byLevel.motPhan.dossiers = try n("level_partial")
                s.byLevel.trucTiep.dossiers = try n("level_direct")
                s.onlinePayment.feeDossiers = try n("fee_dossiers")
                s.onlinePayment.dossiersPaidOnline = try n("paid_online")
                s.digitisation = DossierStatistics.Digitisation(stated: try n("digitisation_stated"), digitised: try n("digitised"),
                                                                reuseStated: try n("reuse_stated"), reused: try n("reused"))
                result[unit] = s
            }
            // Procedures that had dossiers received in the range, by level.
            for row in try await sql.raw("""
                SELECT r.unit_code, p.level, COUNT(DISTINCT r.procedure_code) AS used
                FROM dossier_received_days r JOIN procedures p ON p.unit_code = r.unit_code AND p.code = r.procedure_code
                WHERE \(units("r.unit_code")) AND r.day >= \(bind: from) AND r.day <= \(bind: to) AND r.received > 0
                GROUP BY r.unit_code, p.level
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                guard let level = OnlineServiceLevel(rawValue: try row.decode(column: "level", as: String.self)) else { continue }
                result[unit, default: .init()].byLevel[level].proceduresWithDossiers = try row.decode(column: "used", as: Int.self)
            }
            // Dossiers finished in the range, with late ones by field; a procedure missing from the
            // catalogue files under "Không xác định".
            for row in try await sql.raw("""
                SELECT e.unit_code, p.field, CAST(SUM(e.early) AS BIGINT) AS early, CAST(SUM(e.on_time) AS BIGINT) AS on_time, CAST(SUM(e.late) AS BIGINT) AS late,
                  CAST(SUM(e.rejected) AS BIGINT) AS rejected, CAST(SUM(e.withdrawn) AS BIGINT) AS withdrawn
                FROM dossier_ended_days e LEFT JOIN procedures p ON p.unit_code = e.unit_code AND p.code = e.procedure_code
                WHERE \(units("e.unit_code")) AND e.day >= \(bind: from) AND e.day <= \(bind: to)
                GROUP BY e.unit_code, p.field
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                func n(_ c: String) throws -> Int { try row.decodeNil(column: c) ? 0 : try row.decode(column: c, as: Int.self) }
                var s = result[unit] ?? DossierStatistics()
                s.early += try n("early")
                s.onTime += try n("on_time")
                s.rejected += try n("rejected")
                s.withdrawn += try n("withdrawn")
                let late = try n("late")
                s.late += late
                if late > 0 {
                    let field = try row.decodeNil(column: "field") ? DossierStatistics.unknownField : try row.decode(column: "field", as: String.self)
                    // Fields differing only in case or diacritics marks are one field, as in the core.
                    let key = s.lateByField.keys.first { VietnameseText.folded($0) == VietnameseText.folded(field) } ?? field
                    s.lateByField[key, default: 0] += late
                }
                result[unit] = s
            }
            // Open dossiers at a day = received by then − finished by then: carried over (open when the
            // range starts) and in progress (open when it ends).
            var balance: [String: (receivedBefore: Int, receivedBy: Int, endedBefore: Int, endedBy: Int)] = [:]
            for (table, total, isReceived) in [("dossier_received_days", "received", true),
                                               ("dossier_ended_days", "early + on_time + late + rejected + withdrawn", false)] {
                for row in try await sql.raw("""
                    SELECT unit_code, CAST(SUM(CASE WHEN day < \(bind: from) THEN \(unsafeRaw: total) ELSE 0 END) AS BIGINT) AS before_range,
                      CAST(SUM(\(unsafeRaw: total)) AS BIGINT) AS by_end
                    FROM \(unsafeRaw: table) WHERE \(units("unit_code")) AND day <= \(bind: to) GROUP BY unit_code
                    """).all() {
                    let unit = try row.decode(column: "unit_code", as: String.self)
                    let before = try row.decodeNil(column: "before_range") ? 0 : try row.decode(column: "before_range", as: Int.self)
                    let by = try row.decodeNil(column: "by_end") ? 0 : try row.decode(column: "by_end", as: Int.self)
                    var b = balance[unit] ?? (0, 0, 0, 0)
                    if isReceived { b.receivedBefore = before; b.receivedBy = by } else { b.endedBefore = before; b.endedBy = by }
                    balance[unit] = b
                }
            }
            for (unit, b) in balance {
                result[unit, default: .init()].carriedOver = b.receivedBefore - b.endedBefore
                result[unit, default: .init()].inProgress = b.receivedBy - b.endedBy
            }
            // Of those open at the end, the ones past their due day.
            for row in try await sql.raw("""
                SELECT unit_code, CAST(SUM(dossiers) AS BIGINT) AS overdue FROM dossier_overdue_spans
                WHERE \(units("unit_code")) AND due_day < \(bind: to) AND end_day > \(bind: to) GROUP BY unit_code
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                result[unit, default: .init()].inProgressLate = try row.decode(column: "overdue", as: Int.self)
            }
        }
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

    /// The country: each province's total and the national total (counts summed, rates recomputed),
    /// from one grouped pass per count table over every commune (`everyCommuneDossierStatistics`),
    /// never a query per commune or per province. Equal to summing `provinceDossierStatistics` of
    /// every province (`theCountryIsTheSumOfItsProvinces`).
    public func nationalDossierStatistics(range: DayRange) async throws -> DossierRollUp {
        let units = try await UnitModel.query(on: db).all().map(Self.unit)
        let provinces = units.filter { $0.level == .province }.map(\.code)
        let provinceOfCommune = Dictionary(uniqueKeysWithValues: units.compactMap { u in
            u.level == .commune ? u.parentCode.map { (u.code, $0) } : nil
        })
        var byProvince: [String: [DossierStatistics]] = [:]
        for (commune, stats) in try await everyCommuneDossierStatistics(range: range) {
            // Ledgers belong to communes (`requireDossierWrite`), and every commune to a province.
            guard let province = provinceOfCommune[commune] else { continue }
            byProvince[province, default: []].append(stats)
        }
        return DossierRollUp(range: range, units: provinces.map {
            UnitDossierStatistics(unitCode: $0, statistics: DossierStatistics.total(byProvince[$0] ?? []))
        })
    }
}
