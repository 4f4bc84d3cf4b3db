import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// `DossierStatistics.compute` from the ledger's counts (`DossierDayCounts`), so a commune-period
/// reads a few hundred rows whatever the ledger's size: whole cut-off quarters and months from the
/// quarter and month tables (a period's range is only whole months, and from a quarter up only whole
/// quarters), the days of a range's edges from the day tables. The
/// core function is the definition; `sqlStatisticsEqualTheCoreDefinition` and `dayCountsFollowEveryWrite` check that both give the
/// same figures for the same ledger. Each query is grouped by unit, or by province for the country.
extension XaSoStore {
    /// Statistics of each unit over a range (units with no dossiers and no catalogue get zeros).
    public func dossierStatistics(unitCodes: [String], range: DayRange) async throws -> [String: DossierStatistics] {
        var result = Dictionary(uniqueKeysWithValues: unitCodes.map { ($0, DossierStatistics()) })
        for chunk in unitCodes.chunked(500) {
            let units = SQLGroupExpression(SQLList(chunk.map { SQLBind($0) }))
            try await addDossierStatistics(into: &result, range: range, grouping: .units(units))
        }
        return result
    }

    /// How the queries group: by the units listed, or every commune summed into its province (the
    /// units table joined for the province's code), so the country is one grouped pass per table
    /// returning 34 rows, not 3,321 communes' rows decoded and added up in Swift.
    private enum Grouping {
        case units(SQLGroupExpression)
        case provinces

        /// The group of a row of the table aliased `a`, named `unit_code` in the results.
        func key(_ a: String) -> SQLQueryString {
            switch self {
            case .units: return "\(unsafeRaw: a).unit_code"
            case .provinces: return "u.parent_code"
            }
        }

        func join(_ a: String) -> SQLQueryString {
            switch self {
            case .units: return ""
            case .provinces: return "JOIN units u ON u.code = \(unsafeRaw: a).unit_code"
            }
        }

        func filter(_ a: String) -> SQLQueryString {
            switch self {
            case .units(let list): return "\(unsafeRaw: a).unit_code IN \(list)"
            case .provinces: return "1 = 1"
            }
        }
    }

    /// A count table's sums over the range per commune and procedure, as `(unit_code, procedure_code,
    /// columns…)`: the whole cut-off quarters from `<table>_quarters`, the whole months left over from
    /// `<table>_months`, the days left over at the edges from `<table>_days`. Summed per procedure
    /// before the catalogue is joined: the country's year is 0.4 M quarter rows but 0.1 M (commune,
    /// procedure) pairs, and each pair appears once, so counting pairs counts the procedures used.
    private func countRows(_ table: String, columns: [String], split: CutoffMonth.Split, grouping g: Grouping) -> SQLQueryString {
        let list = columns.map { "t.\($0)" }.joined(separator: ", ")
        let sums = columns.map { "CAST(SUM(a.\($0)) AS BIGINT) AS \($0)" }.joined(separator: ", ")
        var parts: [SQLQueryString] = []
        if let months = split.months {
            let byQuarter = CutoffMonth.splitQuarters(months)
            if let quarters = byQuarter.quarters {
                parts.append("""
                    SELECT t.unit_code, t.procedure_code, \(unsafeRaw: list) FROM \(unsafeRaw: table)_quarters t
                    WHERE \(g.filter("t")) AND t.quarter >= \(bind: quarters.lowerBound) AND t.quarter <= \(bind: quarters.upperBound)
                    """)
            }
            for span in byQuarter.months {
                parts.append("""
                    SELECT t.unit_code, t.procedure_code, \(unsafeRaw: list) FROM \(unsafeRaw: table)_months t
                    WHERE \(g.filter("t")) AND t.month >= \(bind: span.lowerBound) AND t.month <= \(bind: span.upperBound)
                    """)
            }
        }
        if !split.days.isEmpty {
            let days = split.days.map { span -> SQLQueryString in "(t.day >= \(bind: span.lowerBound) AND t.day <= \(bind: span.upperBound))" }
            parts.append("""
                SELECT t.unit_code, t.procedure_code, \(unsafeRaw: list) FROM \(unsafeRaw: table)_days t
                WHERE \(g.filter("t")) AND (\(days.joined(separator: " OR ")))
                """)
        }
        return "(SELECT a.unit_code, a.procedure_code, \(unsafeRaw: sums) FROM ("
            + parts.joined(separator: " UNION ALL ") + ") a GROUP BY a.unit_code, a.procedure_code)"
    }

    /// The queries behind both.
    private func addDossierStatistics(into result: inout [String: DossierStatistics], range: DayRange,
                                      grouping g: Grouping) async throws {
        let from = range.from.dayNumber, to = range.to.dayNumber
        do {
            // The catalogue: procedures by level, fee procedures and those with online payment.
            for row in try await sql.raw("""
                SELECT \(g.key("c")) AS unit_code, c.level, COUNT(*) AS procedures, CAST(SUM(c.has_fee) AS BIGINT) AS fee,
                       CAST(SUM(c.has_fee * c.online_payment) AS BIGINT) AS fee_online
                FROM procedures c \(g.join("c")) WHERE \(g.filter("c")) GROUP BY \(g.key("c")), c.level
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                guard let level = OnlineServiceLevel(rawValue: try row.decode(column: "level", as: String.self)) else { continue }
                result[unit, default: .init()].byLevel[level].procedures += try row.decode(column: "procedures", as: Int.self)
                result[unit, default: .init()].onlinePayment.feeProcedures += try row.decode(column: "fee", as: Int.self)
                result[unit, default: .init()].onlinePayment.feeProceduresWithOnlinePayment += try row.decode(column: "fee_online", as: Int.self)
            }
            guard from <= to else { return }
            let split = CutoffMonth.split(fromDay: from, toDay: to)
            // Dossiers received in the range, by the catalogue's level and fee of their procedure (none for
            // a procedure the catalogue does not list), with the catalogue procedures that had any. The
            // units' filter is repeated on the catalogue: otherwise PostgreSQL may hash the whole country's
            // catalogue for a province (62 ms against 23 ms for Hải Phòng's quarter at 20 M).
            for row in try await sql.raw("""
                SELECT \(g.key("r")) AS unit_code, p.level, p.has_fee, COUNT(p.code) AS used,
                  CAST(SUM(r.received) AS BIGINT) AS received, CAST(SUM(r.online) AS BIGINT) AS online, CAST(SUM(r.direct) AS BIGINT) AS direct,
                  CAST(SUM(r.post) AS BIGINT) AS post, CAST(SUM(r.late_entry) AS BIGINT) AS late_entry, CAST(SUM(r.paid_online) AS BIGINT) AS paid_online,
                  CAST(SUM(r.digitisation_stated) AS BIGINT) AS digitisation_stated, CAST(SUM(r.digitised) AS BIGINT) AS digitised,
                  CAST(SUM(r.reuse_stated) AS BIGINT) AS reuse_stated, CAST(SUM(r.reused) AS BIGINT) AS reused
                FROM \(countRows("dossier_received", columns: DossierDayCounts.receivedColumns, split: split, grouping: g)) r
                LEFT JOIN procedures p ON p.unit_code = r.unit_code AND p.code = r.procedure_code AND \(g.filter("p")) \(g.join("r"))
                WHERE r.received > 0
                GROUP BY \(g.key("r")), p.level, p.has_fee
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                var s = result[unit] ?? DossierStatistics()
                let received = try row.intOrZero("received")
                s.receivedInPeriod += received
                s.online += try row.intOrZero("online")
                s.direct += try row.intOrZero("direct")
                s.post += try row.intOrZero("post")
                s.lateEntry += try row.intOrZero("late_entry")
                if !(try row.decodeNil(column: "level")),
                   let level = OnlineServiceLevel(rawValue: try row.decode(column: "level", as: String.self)) {
                    s.byLevel[level].dossiers += received
                    s.byLevel[level].proceduresWithDossiers += try row.intOrZero("used")
                }
                if try row.intOrZero("has_fee") == 1 {
                    s.onlinePayment.feeDossiers += received
                    s.onlinePayment.dossiersPaidOnline += try row.intOrZero("paid_online")
                }
                s.digitisation.stated += try row.intOrZero("digitisation_stated")
                s.digitisation.digitised += try row.intOrZero("digitised")
                s.digitisation.reuseStated += try row.intOrZero("reuse_stated")
                s.digitisation.reused += try row.intOrZero("reused")
                result[unit] = s
            }
            // Dossiers finished in the range, with late ones by field; a procedure missing from the
            // catalogue files under "Không xác định".
            for row in try await sql.raw("""
                SELECT \(g.key("e")) AS unit_code, p.field, CAST(SUM(e.early) AS BIGINT) AS early, CAST(SUM(e.on_time) AS BIGINT) AS on_time, CAST(SUM(e.late) AS BIGINT) AS late,
                  CAST(SUM(e.rejected) AS BIGINT) AS rejected, CAST(SUM(e.withdrawn) AS BIGINT) AS withdrawn
                FROM \(countRows("dossier_ended", columns: DossierDayCounts.endedColumns, split: split, grouping: g)) e
                LEFT JOIN procedures p ON p.unit_code = e.unit_code AND p.code = e.procedure_code AND \(g.filter("p")) \(g.join("e"))
                GROUP BY \(g.key("e")), p.field
                """).all() {
                let unit = try row.decode(column: "unit_code", as: String.self)
                var s = result[unit] ?? DossierStatistics()
                s.early += try row.intOrZero("early")
                s.onTime += try row.intOrZero("on_time")
                s.rejected += try row.intOrZero("rejected")
                s.withdrawn += try row.intOrZero("withdrawn")
                let late = try row.intOrZero("late")
                s.late += late
                if late > 0 {
                    let field = try row.decodeNil(column: "field") ? DossierStatistics.unknownField : try row.decode(column: "field", as: String.self)
                    // Fields differing only in case or diacritics marks are one field, as in the core.
                    let key = s.lateByField.keys.first { VietnameseText.folded($0) == VietnameseText.folded(field) } ?? field
                    s.lateByField[key, default: 0] += late
                }
                result[unit] = s
            }
            // Open dossiers at a day = received before it − finished before it: carried over (open when
            // the range starts) and in progress (open after its last day). "Before a day" is the whole
            // cut-off months before the day's month (one row per commune and month) plus the days of
            // its month before it (none when the day is a 15th, as a period's first and next days are).
            let startMonth = CutoffMonth.of(dayNumber: from), endMonth = CutoffMonth.of(dayNumber: to + 1)
            var balance: [String: (receivedBefore: Int, receivedBy: Int, endedBefore: Int, endedBy: Int)] = [:]
            for row in try await sql.raw("""
                SELECT \(g.key("t")) AS unit_code,
                  CAST(SUM(CASE WHEN t.month < \(bind: startMonth) THEN t.received ELSE 0 END) AS BIGINT) AS received_before,
                  CAST(SUM(t.received) AS BIGINT) AS received_by,
                  CAST(SUM(CASE WHEN t.month < \(bind: startMonth) THEN t.ended ELSE 0 END) AS BIGINT) AS ended_before,
                  CAST(SUM(t.ended) AS BIGINT) AS ended_by
                FROM dossier_open_months t \(g.join("t")) WHERE \(g.filter("t")) AND t.month < \(bind: endMonth) GROUP BY \(g.key("t"))
                """).all() {
                balance[try row.decode(column: "unit_code", as: String.self)] =
                    (try row.intOrZero("received_before"), try row.intOrZero("received_by"), try row.intOrZero("ended_before"), try row.intOrZero("ended_by"))
            }
            let head = CutoffMonth.firstDay(startMonth).dayNumber, tail = CutoffMonth.firstDay(endMonth).dayNumber
            if head < from || tail <= to {
                for (table, total, isReceived) in [("dossier_received_days", "t.received", true),
                                                   ("dossier_ended_days", "t.early + t.on_time + t.late + t.rejected + t.withdrawn", false)] {
                    for row in try await sql.raw("""
                        SELECT \(g.key("t")) AS unit_code,
                          CAST(SUM(CASE WHEN t.day >= \(bind: head) AND t.day < \(bind: from) THEN \(unsafeRaw: total) ELSE 0 END) AS BIGINT) AS before_range,
                          CAST(SUM(CASE WHEN t.day >= \(bind: tail) THEN \(unsafeRaw: total) ELSE 0 END) AS BIGINT) AS by_end
                        FROM \(unsafeRaw: table) t \(g.join("t"))
                        WHERE \(g.filter("t")) AND t.day >= \(bind: min(head, tail)) AND t.day <= \(bind: to) GROUP BY \(g.key("t"))
                        """).all() {
                        let unit = try row.decode(column: "unit_code", as: String.self)
                        let before = try row.intOrZero("before_range"), by = try row.intOrZero("by_end")
                        var b = balance[unit] ?? (0, 0, 0, 0)
                        if isReceived { b.receivedBefore += before; b.receivedBy += by } else { b.endedBefore += before; b.endedBy += by }
                        balance[unit] = b
                    }
                }
            }
            for (unit, b) in balance {
                result[unit, default: .init()].carriedOver = b.receivedBefore - b.endedBefore
                result[unit, default: .init()].inProgress = b.receivedBy - b.endedBy
            }
            // Of those open at the end, the ones past their due day.
            for row in try await sql.raw("""
                SELECT \(g.key("o")) AS unit_code, CAST(SUM(o.dossiers) AS BIGINT) AS overdue FROM dossier_overdue_spans o \(g.join("o"))
                WHERE \(g.filter("o")) AND o.due_day < \(bind: to) AND o.end_day > \(bind: to) GROUP BY \(g.key("o"))
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
            throw AppError(.invalid, code: .dossierUnitNotProvince, message: "unit \(provinceCode) is not a province",
                           vietnamese: "Đơn vị \(provinceCode) không phải là tỉnh, thành phố.")
        }
        let communes = try await children(of: provinceCode).filter { $0.level == .commune }.map(\.code)
        let stats = try await dossierStatistics(unitCodes: communes, range: range)
        return DossierRollUp(range: range, units: communes.sorted().map { UnitDossierStatistics(unitCode: $0, statistics: stats[$0]!) })
    }

    /// The country: each province's total and the national total (counts summed, rates recomputed),
    /// in one grouped pass per count table over every commune, summed by province in SQL — never a
    /// query per commune or per province. Equal to summing `provinceDossierStatistics` of every
    /// province (`theCountryIsTheSumOfItsProvinces`).
    public func nationalDossierStatistics(range: DayRange) async throws -> DossierRollUp {
        let provinces = try await sql.raw("SELECT code FROM units WHERE kind IN ('tinh', 'thanh_pho')").all()
            .map { try $0.decode(column: "code", as: String.self) }
        var result = Dictionary(uniqueKeysWithValues: provinces.map { ($0, DossierStatistics()) })
        try await addDossierStatistics(into: &result, range: range, grouping: .provinces)
        return DossierRollUp(range: range, units: provinces.map { UnitDossierStatistics(unitCode: $0, statistics: result[$0]!) })
    }
}

private extension SQLRow {
    /// An integer column with NULL read as 0: a sum over no rows, or a catalogue column where no
    /// catalogue entry matched.
    func intOrZero(_ column: String) throws -> Int {
        try decodeNil(column: column) ? 0 : try decode(column: column, as: Int.self)
    }
}
