import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// The ledger's day counts (`dossier_received_days`, `dossier_ended_days`, `dossier_overdue_spans`):
/// what the statistics read, so a commune-period costs a few hundred rows whatever the ledger's size.
///
/// Every write to `dossiers` changes them by the difference it makes, in the same transaction: the
/// stored versions of the dossiers written (or deleted) are subtracted and the new versions added.
/// One dossier's share is defined here once (`add`); the statistics query reads the sums, and
/// `dayCountsFollowEveryWrite` checks them against `DossierStatistics.compute` after imports,
/// re-imports and deletes. Counting in Swift while the rows pass costs nothing next to writing
/// them; recounting a span with SQL took three grouped scans of the ledger.
struct DossierDayCounts {
    struct DayKey: Hashable { var day: Int; var procedure: String }
    struct SpanKey: Hashable { var due: Int; var end: Int }

    /// One (day, procedure)'s received counts, in `receivedColumns` order. Named fields updated in
    /// place: an array per key was copied on every dossier counted.
    struct Received {
        var received = 0, online = 0, direct = 0, post = 0, lateEntry = 0, paidOnline = 0
        var digitisationStated = 0, digitised = 0, reuseStated = 0, reused = 0
        var values: [Int] { [received, online, direct, post, lateEntry, paidOnline, digitisationStated, digitised, reuseStated, reused] }
    }

    /// One (day, procedure)'s ended counts, in `endedColumns` order.
    struct Ended {
        var early = 0, onTime = 0, late = 0, rejected = 0, withdrawn = 0
        var values: [Int] { [early, onTime, late, rejected, withdrawn] }
    }

    private(set) var received: [DayKey: Received] = [:]
    private(set) var ended: [DayKey: Ended] = [:]
    private(set) var overdue: [SpanKey: Int] = [:]

    static let receivedColumns = ["received", "online", "direct", "post", "late_entry", "paid_online",
                                  "digitisation_stated", "digitised", "reuse_stated", "reused"]
    static let endedColumns = ["early", "on_time", "late", "rejected", "withdrawn"]

    var isEmpty: Bool { received.isEmpty && ended.isEmpty && overdue.isEmpty }
    /// Rows the counts would write: an import applies them when they grow large.
    var keyCount: Int { received.count + ended.count + overdue.count }

    /// Adds (sign +1) or removes (sign −1) one dossier's share, with the days as `DossierRows` stores them.
    mutating func add(_ d: Dossier, sign: Int) {
        let receivedDay = d.receivedAt.dayNumber
        let endDay = DossierRows.endDay(d)
        received[DayKey(day: receivedDay, procedure: d.procedureCode), default: Received()].add(d, sign: sign)
        if endDay != DossierRows.openEndDay {
            let due = d.dueAt?.dayNumber
            let key = DayKey(day: endDay, procedure: d.procedureCode)
            switch d.outcome {
            case .resolved:
                if let due, endDay < due {
                    ended[key, default: Ended()].early += sign
                } else if due == nil || endDay == due {
                    ended[key, default: Ended()].onTime += sign
                } else {
                    ended[key, default: Ended()].late += sign
                }
            case .rejected: ended[key, default: Ended()].rejected += sign
            case .withdrawn: ended[key, default: Ended()].withdrawn += sign
            case .inProgress: break
            }
        }
        if let due = d.dueAt?.dayNumber, endDay > due {
            overdue[SpanKey(due: due, end: endDay), default: 0] += sign
        }
    }

    mutating func add(_ list: some Sequence<Dossier>, sign: Int) {
        for d in list { add(d, sign: sign) }
    }

    /// Adds another set of differences to these.
    mutating func add(_ other: DossierDayCounts) {
        for (k, v) in other.received {
            received[k, default: Received()].merge(v)
        }
        for (k, v) in other.ended {
            ended[k, default: Ended()].merge(v)
        }
        for (k, v) in other.overdue { overdue[k, default: 0] += v }
    }

    /// Adds these differences to the stored counts (day and, with `months`, cut-off month), then
    /// drops rows that fell to zero. `months` is false only for the day counts' own data fix, which
    /// runs before the month tables exist (`FillDossierMonthCounts` sums them from the days later).
    func apply(unitCode: String, on sql: any SQLDatabase, months: Bool = true) async throws {
        guard !isEmpty else { return }
        let dayKey = ["unit_code", "day", "procedure_code"]
        try await Self.countTable("dossier_received_days", key: dayKey, columns: Self.receivedColumns)
            .upsert(Array(received), on: sql) { [.text(unitCode), .int($0.key.day), .text($0.key.procedure)] + $0.value.values.map(JSONRows.Cell.int) }
        try await Self.countTable("dossier_ended_days", key: dayKey, columns: Self.endedColumns)
            .upsert(Array(ended), on: sql) { [.text(unitCode), .int($0.key.day), .text($0.key.procedure)] + $0.value.values.map(JSONRows.Cell.int) }
        try await Self.countTable("dossier_overdue_spans", key: ["unit_code", "due_day", "end_day"], columns: ["dossiers"])
            .upsert(Array(overdue), on: sql) { [.text(unitCode), .int($0.key.due), .int($0.key.end), .int($0.value)] }
        // A row every dossier has left: received = 0 means all its other counts are 0 too.
        try await sql.raw("DELETE FROM dossier_received_days WHERE unit_code = \(bind: unitCode) AND received = 0").run()
        try await sql.raw("""
            DELETE FROM dossier_ended_days WHERE unit_code = \(bind: unitCode)
            AND early = 0 AND on_time = 0 AND late = 0 AND rejected = 0 AND withdrawn = 0
            """).run()
        try await sql.raw("DELETE FROM dossier_overdue_spans WHERE unit_code = \(bind: unitCode) AND dossiers = 0").run()
        if months { try await applyMonths(unitCode: unitCode, on: sql) }
    }

    /// An additive upsert into one of the count tables (text keys, integer counts).
    static func countTable(_ name: String, key: [String], columns: [String]) -> JSONRows {
        var rows = JSONRows(table: name, columns: (key + columns).map {
            JSONRows.Column(name: $0, postgresType: $0 == "procedure_code" || $0 == "unit_code" ? "text" : "bigint")
        }, key: key)
        rows.additive = true
        return rows
    }

    /// The stored versions of `codes` in the commune's ledger.
    static func stored(unitCode: String, codes: [String], on sql: any SQLDatabase) async throws -> [Dossier] {
        var found: [Dossier] = []
        for chunk in codes.chunked(20_000) {
            found += try await sql.raw("""
                SELECT * FROM dossiers WHERE unit_code = \(bind: unitCode) AND code IN (\(JSONRows.textList(chunk, on: sql)))
                """)
                .all().map(DossierRows.dossier)
        }
        return found
    }

    /// Recounts a commune's day counts from its whole ledger, read in pages (the data fix for older
    /// ledgers, which runs before the month tables exist: `FillDossierMonthCounts` follows it).
    static func recount(unitCode: String, on sql: any SQLDatabase) async throws {
        for table in ["dossier_received_days", "dossier_ended_days", "dossier_overdue_spans"] {
            try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE unit_code = \(bind: unitCode)").run()
        }
        var after = ""
        while true {
            let page = try await sql.raw("""
                SELECT * FROM dossiers WHERE unit_code = \(bind: unitCode) AND code > \(bind: after) ORDER BY code LIMIT 20000
                """).all().map(DossierRows.dossier)
            guard let last = page.last else { break }
            var counts = DossierDayCounts()
            counts.add(page, sign: 1)
            try await counts.apply(unitCode: unitCode, on: sql, months: false)
            after = last.code
        }
    }
}

extension DossierDayCounts.Received {
    mutating func add(_ d: Dossier, sign: Int) {
        received += sign
        switch d.channel {
        case .online: online += sign
        case .direct: direct += sign
        case .post: post += sign
        }
        if d.enteredLate { lateEntry += sign }
        if d.paidOnline { paidOnline += sign }
        if let digitisedFlag = d.digitised {
            digitisationStated += sign
            if digitisedFlag { digitised += sign }
        }
        if let reusedFlag = d.reusedDigitalData {
            reuseStated += sign
            if reusedFlag { reused += sign }
        }
    }

    mutating func merge(_ o: Self) {
        received += o.received; online += o.online; direct += o.direct; post += o.post; lateEntry += o.lateEntry
        paidOnline += o.paidOnline; digitisationStated += o.digitisationStated; digitised += o.digitised
        reuseStated += o.reuseStated; reused += o.reused
    }
}

extension DossierDayCounts.Ended {
    mutating func merge(_ o: Self) {
        early += o.early; onTime += o.onTime; late += o.late; rejected += o.rejected; withdrawn += o.withdrawn
    }
}
