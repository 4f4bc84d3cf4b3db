import FluentKit
import SQLKit
import XaSoCore

/// The same differences summed by cut-off month (`CreateDossierMonthCounts`): applied with the day
/// counts, so both always describe the same ledger.
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

    /// Adds the month differences to the stored month counts, then drops rows that fell to zero.
    func applyMonths(unitCode: String, on sql: any SQLDatabase) async throws {
        let (received, ended, open) = byMonth()
        let monthKey = ["unit_code", "month", "procedure_code"]
        try await Self.countTable("dossier_received_months", key: monthKey, columns: Self.receivedColumns)
            .upsert(Array(received), on: sql) { [.text(unitCode), .int($0.key.day), .text($0.key.procedure)] + $0.value.values.map(JSONRows.Cell.int) }
        try await Self.countTable("dossier_ended_months", key: monthKey, columns: Self.endedColumns)
            .upsert(Array(ended), on: sql) { [.text(unitCode), .int($0.key.day), .text($0.key.procedure)] + $0.value.values.map(JSONRows.Cell.int) }
        try await Self.countTable("dossier_open_months", key: ["unit_code", "month"], columns: ["received", "ended"])
            .upsert(Array(open), on: sql) { [.text(unitCode), .int($0.key), .int($0.value.received), .int($0.value.ended)] }
        try await sql.raw("DELETE FROM dossier_received_months WHERE unit_code = \(bind: unitCode) AND received = 0").run()
        try await sql.raw("""
            DELETE FROM dossier_ended_months WHERE unit_code = \(bind: unitCode)
            AND early = 0 AND on_time = 0 AND late = 0 AND rejected = 0 AND withdrawn = 0
            """).run()
        try await sql.raw("DELETE FROM dossier_open_months WHERE unit_code = \(bind: unitCode) AND received = 0 AND ended = 0").run()
    }
}
