import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// The ledger's day counts (`dossier_received_days`, `dossier_ended_days`, `dossier_overdue_spans`):
/// what the statistics read, so a commune-period costs a few hundred rows whatever the ledger's size.
///
/// They are never adjusted by arithmetic: every write to `dossiers` names the days it may have
/// changed, and `refresh` recounts exactly those days from the ledger in the same transaction. A
/// dossier's days all lie between its day of receipt and its last day (due or end), because the
/// import refuses a due or result day before receipt; so the span of the old and new versions of the
/// written dossiers covers every count that can change.
enum DossierDayCounts {
    /// Every day (a data fix or a whole-ledger delete).
    static let allDays = (-1_000_000_000)...1_000_000_000

    /// Recounts the three tables for the days in `days` of one commune from the ledger.
    static func refresh(unitCode: String, days: ClosedRange<Int>, on sql: any SQLDatabase) async throws {
        let lo = days.lowerBound, hi = days.upperBound, open = DossierRows.openEndDay
        try await sql.raw("""
            DELETE FROM dossier_received_days WHERE unit_code = \(bind: unitCode) AND day >= \(bind: lo) AND day <= \(bind: hi)
            """).run()
        try await sql.raw("""
            DELETE FROM dossier_ended_days WHERE unit_code = \(bind: unitCode) AND day >= \(bind: lo) AND day <= \(bind: hi)
            """).run()
        try await sql.raw("""
            DELETE FROM dossier_overdue_spans WHERE unit_code = \(bind: unitCode) AND due_day >= \(bind: lo) AND due_day <= \(bind: hi)
            """).run()
        // Each count's definition is `DossierStatistics.compute`'s; "end_day >= lo" in every query lets
        // the (unit_code, end_day, received_day) index skip dossiers finished before the span.
        try await sql.raw("""
            INSERT INTO dossier_received_days (unit_code, day, procedure_code, received, online, direct, post, late_entry,
              paid_online, digitisation_stated, digitised, reuse_stated, reused)
            SELECT unit_code, received_day, procedure_code, COUNT(*),
              SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END),
              SUM(CASE WHEN channel = 'direct' THEN 1 ELSE 0 END),
              SUM(CASE WHEN channel = 'post' THEN 1 ELSE 0 END),
              SUM(CASE WHEN entered_day > received_day THEN 1 ELSE 0 END),
              SUM(paid_online),
              COUNT(digitised), SUM(CASE WHEN digitised = 1 THEN 1 ELSE 0 END),
              COUNT(reused_digital_data), SUM(CASE WHEN reused_digital_data = 1 THEN 1 ELSE 0 END)
            FROM dossiers
            WHERE unit_code = \(bind: unitCode) AND end_day >= \(bind: lo) AND received_day >= \(bind: lo) AND received_day <= \(bind: hi)
            GROUP BY unit_code, received_day, procedure_code
            """).run()
        try await sql.raw("""
            INSERT INTO dossier_ended_days (unit_code, day, procedure_code, early, on_time, late, rejected, withdrawn)
            SELECT unit_code, end_day, procedure_code,
              SUM(CASE WHEN outcome = 'resolved' AND result_day < due_day THEN 1 ELSE 0 END),
              SUM(CASE WHEN outcome = 'resolved' AND (due_day IS NULL OR result_day = due_day) THEN 1 ELSE 0 END),
              SUM(CASE WHEN outcome = 'resolved' AND result_day > due_day THEN 1 ELSE 0 END),
              SUM(CASE WHEN outcome = 'rejected' THEN 1 ELSE 0 END),
              SUM(CASE WHEN outcome = 'withdrawn' THEN 1 ELSE 0 END)
            FROM dossiers
            WHERE unit_code = \(bind: unitCode) AND end_day >= \(bind: lo) AND end_day <= \(bind: hi) AND end_day < \(bind: open)
            GROUP BY unit_code, end_day, procedure_code
            """).run()
        try await sql.raw("""
            INSERT INTO dossier_overdue_spans (unit_code, due_day, end_day, dossiers)
            SELECT unit_code, due_day, end_day, COUNT(*)
            FROM dossiers
            WHERE unit_code = \(bind: unitCode) AND end_day >= \(bind: lo) AND due_day >= \(bind: lo) AND due_day <= \(bind: hi)
              AND end_day > due_day
            GROUP BY unit_code, due_day, end_day
            """).run()
    }

    /// The days a set of dossiers occupies: receipt to the last of due and end.
    static func span(of dossiers: some Sequence<Dossier>) -> ClosedRange<Int>? {
        var lo = Int.max, hi = Int.min
        for d in dossiers {
            let received = d.receivedAt.dayNumber
            lo = min(lo, received)
            hi = max(hi, received, d.dueAt?.dayNumber ?? received,
                     d.outcome.isFinished ? (d.resultAt?.dayNumber ?? received) : received)
        }
        return lo <= hi ? lo...hi : nil
    }

    /// The days the stored versions of `codes` occupy (nil when none is stored yet).
    static func storedSpan(unitCode: String, codes: [String], on sql: any SQLDatabase) async throws -> ClosedRange<Int>? {
        var lo = Int.max, hi = Int.min
        let open = DossierRows.openEndDay
        for chunk in codes.chunked(20_000) {
            let json = JSONRows.jsonArray(of: chunk)
            let codeList: SQLQueryString = sql.dialect.name == "sqlite"
                ? "SELECT value FROM json_each(\(bind: json))"
                : "SELECT json_array_elements_text(\(bind: json)::json)"
            guard let row = try await sql.raw("""
                SELECT MIN(received_day) AS lo,
                  MAX(CASE WHEN end_day < \(bind: open) THEN end_day ELSE received_day END) AS hi_end,
                  MAX(COALESCE(due_day, received_day)) AS hi_due
                FROM dossiers WHERE unit_code = \(bind: unitCode) AND code IN (\(codeList))
                """).first(), !(try row.decodeNil(column: "lo")) else { continue }
            lo = min(lo, try row.decode(column: "lo", as: Int.self))
            hi = max(hi, try row.decode(column: "hi_end", as: Int.self), try row.decode(column: "hi_due", as: Int.self))
        }
        return lo <= hi ? lo...hi : nil
    }

    /// Which of `codes` another commune's ledger holds (at most 50 named), by the `dossiers_code` index.
    static func codesOfOtherUnits(_ codes: [String], unitCode: String, on sql: any SQLDatabase) async throws -> [String: String] {
        var found: [String: String] = [:]
        for chunk in codes.chunked(20_000) {
            let json = JSONRows.jsonArray(of: chunk)
            let codeList: SQLQueryString = sql.dialect.name == "sqlite"
                ? "SELECT value FROM json_each(\(bind: json))"
                : "SELECT json_array_elements_text(\(bind: json)::json)"
            for row in try await sql.raw("""
                SELECT code, unit_code FROM dossiers WHERE code IN (\(codeList)) AND unit_code <> \(bind: unitCode) LIMIT 50
                """).all() {
                found[try row.decode(column: "code", as: String.self)] = try row.decode(column: "unit_code", as: String.self)
            }
            if !found.isEmpty { break }
        }
        return found
    }

    /// The days of a commune's stored dossiers received within `received` (for deletes).
    static func storedSpan(unitCode: String, received: ClosedRange<Int>, on sql: any SQLDatabase) async throws -> ClosedRange<Int>? {
        let open = DossierRows.openEndDay
        guard let row = try await sql.raw("""
            SELECT MIN(received_day) AS lo,
              MAX(CASE WHEN end_day < \(bind: open) THEN end_day ELSE received_day END) AS hi_end,
              MAX(COALESCE(due_day, received_day)) AS hi_due
            FROM dossiers WHERE unit_code = \(bind: unitCode)
              AND received_day >= \(bind: received.lowerBound) AND received_day <= \(bind: received.upperBound)
            """).first(), !(try row.decodeNil(column: "lo")) else { return nil }
        return try row.decode(column: "lo", as: Int.self)...max(try row.decode(column: "hi_end", as: Int.self),
                                                                try row.decode(column: "hi_due", as: Int.self))
    }
}

extension ClosedRange where Bound == Int {
    /// The smallest range holding both (either may be absent).
    static func covering(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> ClosedRange<Int>? {
        switch (a, b) {
        case let (a?, b?): return Swift.min(a.lowerBound, b.lowerBound)...Swift.max(a.upperBound, b.upperBound)
        case let (a?, nil): return a
        case let (nil, b?): return b
        case (nil, nil): return nil
        }
    }
}
