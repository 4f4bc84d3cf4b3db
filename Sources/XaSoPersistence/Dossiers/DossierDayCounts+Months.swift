import FluentKit
import SQLKit
import XaSoCore

/// The same differences summed by cut-off month (`CreateDossierMonthCounts`) and quarter
/// (`CreateDossierQuarterCounts`): applied with the day counts, so all describe the same ledger.
extension DossierDayCounts {
    struct OpenMonth { var received = 0, ended = 0 }

    /// The day keys' differences by (cut-off month, procedure), and per month for all procedures.
    func byMonth() -> (received: [DayKey: Received], ended: [DayKey: Ended], open: [Int: OpenMonth]) {
        var months: [Int: Int] = [:]
        func month(_ day: Int) -> Int {
            if let m = months[day] { return m }
            let m = CutoffMonth.of(dayNumber: day)
            months[day] = m
            return m
        }
        var r: [DayKey: Received] = [:], e: [DayKey: Ended] = [:], open: [Int: OpenMonth] = [:]
        for (k, v) in received {
            let m = month(k.day)
            r[DayKey(day: m, procedure: k.procedure), default: Received()].merge(v)
            open[m, default: OpenMonth()].received += v.received
        }
        for (k, v) in ended {
            let m = month(k.day)
            e[DayKey(day: m, procedure: k.procedure), default: Ended()].merge(v)
            open[m, default: OpenMonth()].ended += v.values.reduce(0, +)
        }
        return (r, e, open)
    }

    /// The month differences summed by cut-off quarter (`CutoffMonth.quarter`).
    static func byQuarter(_ received: [DayKey: Received], _ ended: [DayKey: Ended]) -> (received: [DayKey: Received], ended: [DayKey: Ended]) {
        var r: [DayKey: Received] = [:], e: [DayKey: Ended] = [:]
        for (k, v) in received { r[DayKey(day: CutoffMonth.quarter(k.day), procedure: k.procedure), default: Received()].merge(v) }
        for (k, v) in ended { e[DayKey(day: CutoffMonth.quarter(k.day), procedure: k.procedure), default: Ended()].merge(v) }
        return (r, e)
    }

    /// Adds the month differences to the stored month and quarter counts, then drops rows that fell
    /// to zero.
    func applyMonths(unitCode: String, on sql: any SQLDatabase) async throws {
        let (received, ended, open) = byMonth()
        try await Self.apply(received, ended, unitCode: unitCode, span: "month", on: sql)
        let quarters = Self.byQuarter(received, ended)
        try await Self.apply(quarters.received, quarters.ended, unitCode: unitCode, span: "quarter", on: sql)
        try await Self.countTable("dossier_open_months", key: ["unit_code", "month"], columns: ["received", "ended"])
            .upsert(Array(open), on: sql) { [.text(unitCode), .int($0.key), .int($0.value.received), .int($0.value.ended)] }
        try await sql.raw("DELETE FROM dossier_open_months WHERE unit_code = \(bind: unitCode) AND received = 0 AND ended = 0").run()
    }

    /// One span's tables, `dossier_received_<span>s` and `dossier_ended_<span>s` keyed (unit_code,
    /// <span>, procedure_code); `DayKey.day` holds the month or quarter.
    private static func apply(_ received: [DayKey: Received], _ ended: [DayKey: Ended], unitCode: String, span: String,
                              on sql: any SQLDatabase) async throws {
        let key = ["unit_code", span, "procedure_code"]
        try await countTable("dossier_received_\(span)s", key: key, columns: receivedColumns)
            .upsert(Array(received), on: sql) { [.text(unitCode), .int($0.key.day), .text($0.key.procedure)] + $0.value.values.map(JSONRows.Cell.int) }
        try await countTable("dossier_ended_\(span)s", key: key, columns: endedColumns)
            .upsert(Array(ended), on: sql) { [.text(unitCode), .int($0.key.day), .text($0.key.procedure)] + $0.value.values.map(JSONRows.Cell.int) }
        try await sql.raw("DELETE FROM dossier_received_\(unsafeRaw: span)s WHERE unit_code = \(bind: unitCode) AND received = 0").run()
        try await sql.raw("""
            DELETE FROM dossier_ended_\(unsafeRaw: span)s WHERE unit_code = \(bind: unitCode)
            AND early = 0 AND on_time = 0 AND late = 0 AND rejected = 0 AND withdrawn = 0
            """).run()
    }
}
