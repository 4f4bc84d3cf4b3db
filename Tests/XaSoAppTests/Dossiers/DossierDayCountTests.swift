import Foundation
import SQLKit
import Testing
@testable import XaSoApp
import XaSoCore
import XaSoFixtures
@testable import XaSoPersistence

extension DatabaseTests {
    /// The statistics read only the day counts; these must equal the core's definition over the
    /// whole ledger after every kind of write: a first import, a re-import that changes outcomes,
    /// days and channels, and an undo that deletes part of the ledger.
    @Suite struct DossierDayCounts {
        @Test func dayCountsFollowEveryWrite() async throws {
            try await withApp { app in
                let unit = Ref.nghiDuong
                let admin = SyntheticLedger.testAdmin
                let ledger = SyntheticLedger(seed: 7, range: ReportingPeriod.half(1, 2026).cutOffRange)
                let (procedures, parsed) = try await ledger.catalogueStored(for: unit, dossiers: 2000, in: app)
                var current = parsed
                // A dossier of a procedure the catalogue does not list still counts (field "Không xác định").
                current[0].procedureCode = "KHONG-CO"
                // Digitisation as exports state it: yes, no, or not said.
                var flags = SplitMix64(seed: 766)
                for i in current.indices {
                    current[i].digitised = [true, false, nil][flags.below(3)]
                    current[i].reusedDigitalData = [true, false, nil][flags.below(3)]
                }
                _ = try await app.store.importDossiers(current, unitCode: unit, actor: admin)

                var random = SplitMix64(seed: 2026)
                let first = ledger.range.from.adding(days: -60), span = ledger.range.to.dayNumber - ledger.range.from.dayNumber + 120
                func randomRanges(_ n: Int) -> [DayRange] {
                    (0..<n).map { _ in
                        let a = first.adding(days: random.below(span)), b = first.adding(days: random.below(span))
                        return DayRange(from: min(a, b), to: max(a, b))
                    } + [ledger.range, DayRange(from: LocalDay(2020, 1, 1), to: LocalDay(2020, 1, 31))]
                    // Periods are whole cut-off months (read from the month counts only); a range
                    // inside one month reads only days.
                    + [ReportingPeriod.quarter(1, 2026), .quarter(2, 2026), .month(3, 2026), .year(2026)].map(\.cutOffRange)
                    + [DayRange(from: LocalDay(2026, 2, 16), to: LocalDay(2026, 3, 3))]
                }
                var lateListed = 0
                func expectSame(_ step: String) async throws {
                    for range in randomRanges(12) {
                        let stored = try await app.store.dossierStatistics(unitCodes: [unit], range: range)[unit]
                        let definition = DossierStatistics.compute(procedures: procedures, dossiers: current, range: range)
                        #expect(stored == definition, "\(step) \(range)")
                        // The late list reads only the rows that can be late: the same list as the
                        // core's over the whole ledger.
                        let late = try await app.store.lateDossiers(unitCode: unit, range: range)
                        #expect(late == DossierStatistics.lateDossiers(procedures: procedures, dossiers: current, range: range),
                                "late \(step) \(range)")
                        lateListed += late.count
                    }
                }
                try await expectSame("first import")
                #expect(lateListed > 50, "the ledger has late dossiers to list")

                // Re-import a fifth of the ledger with other outcomes, result days, channels and
                // receipt days, plus new dossiers.
                var changed: [Dossier] = []
                for i in stride(from: 0, to: current.count, by: 5) {
                    var d = current[i]
                    switch random.below(4) {
                    case 0:
                        d.outcome = .inProgress
                        d.resultAt = nil
                    case 1:
                        d.outcome = .resolved
                        d.resultAt = LocalDateTime(day: d.receivedAt.day.adding(days: random.below(40)), secondOfDay: 36_000)
                    case 2:
                        d.outcome = random.chance(0.5) ? .rejected : .withdrawn
                        d.resultAt = LocalDateTime(day: d.receivedAt.day.adding(days: random.below(10)), secondOfDay: 36_000)
                    default:
                        d.digitised = d.digitised.map { !$0 } ?? true
                        let shift = random.below(30) - 15
                        d.receivedAt = LocalDateTime(day: d.receivedAt.day.adding(days: shift), secondOfDay: 30_000)
                        d.dueAt = d.dueAt.map { LocalDateTime(day: $0.day.adding(days: shift)) }
                        d.resultAt = d.resultAt.map { LocalDateTime(day: $0.day.adding(days: shift + 1), secondOfDay: 40_000) }
                        d.channel = d.channel == .online ? .direct : .online
                    }
                    current[i] = d
                    changed.append(d)
                }
                for n in 0..<50 {
                    var d = current[n]
                    d.code = "MOI-\(n)"
                    current.append(d)
                    changed.append(d)
                }
                let summary = try await app.store.importDossiers(changed, unitCode: unit, actor: admin)
                #expect(summary.inserted == 50)
                try await expectSame("re-import")

                // Undo: delete what was received in March.
                let march = DayRange(from: LocalDay(2026, 3, 1), to: LocalDay(2026, 3, 31))
                let deleted = try await app.store.deleteDossiers(unitCode: unit, range: march, actor: admin)
                let kept = current.filter { !march.contains($0.receivedAt.day) }
                #expect(deleted == current.count - kept.count)
                #expect(deleted > 0)
                current = kept
                try await expectSame("delete")

                // Delete the rest: every count goes back to zero.
                try await app.store.deleteDossiers(unitCode: unit, range: nil, actor: admin)
                current = []
                try await expectSame("empty")
            }
        }

        /// SQLite reads the late list through the partial index `dossiers_late`, not the commune's whole
        /// ledger: the query must repeat the index's condition for SQLite to use it.
        @Test func theLateListReadsThroughItsPartialIndex() async throws {
            try await withApp { app in
                let sql = try app.db.sqlDatabase()
                let indexes = try await sql.raw(sql.dialect.name == "sqlite"
                    ? "SELECT name AS n FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dossiers'"
                    : "SELECT indexname AS n FROM pg_indexes WHERE tablename = 'dossiers'").all()
                    .map { try $0.decode(column: "n", as: String.self) }
                #expect(indexes.contains("dossiers_late"))
                #expect(!indexes.contains("dossiers_unit_end_day"))
                guard sql.dialect.name == "sqlite" else { return }
                let range = ReportingPeriod.quarter(1, 2026).cutOffRange
                let plan = try await sql.raw(SQLQueryString("EXPLAIN QUERY PLAN ") + XaSoStore.lateCandidates(unitCode: Ref.nghiDuong, range: range)).all()
                    .map { try $0.decode(column: "detail", as: String.self) }.joined(separator: "; ")
                #expect(plan.contains("USING INDEX dossiers_late"), "\(plan)")
            }
        }

        /// A ledger stored before the day counts existed (rows written straight to the table) gets
        /// its day counts, then its month and quarter counts, from the data fixes, and the statistics then equal
        /// the definition.
        @Test func theDataFixCountsAnOlderLedger() async throws {
            try await withApp { app in
                let unit = Ref.nghiDuong
                let ledger = SyntheticLedger(seed: 11, range: ReportingPeriod.quarter(1, 2026).cutOffRange)
                let (procedures, dossiers) = try await ledger.catalogueStored(for: unit, dossiers: 600, in: app)
                let sql = try app.db.sqlDatabase()
                try await DossierRows.bulk.upsert(dossiers, on: sql) { DossierRows.cells($0, unitCode: unit) }
                let range = ledger.range
                #expect(try await app.store.dossierStatistics(unitCodes: [unit], range: range)[unit]?.receivedInPeriod == 0)
                // The data fixes, in the order the migrations run them.
                try await FillDossierDayCounts().prepare(on: app.db)
                try await FillDossierMonthCounts().prepare(on: app.db)
                try await FillDossierQuarterCounts().prepare(on: app.db)
                let stored = try await app.store.dossierStatistics(unitCodes: [unit], range: range)[unit]
                let definition = DossierStatistics.compute(procedures: procedures, dossiers: dossiers, range: range)
                #expect(stored == definition)
                #expect(definition.receivedInPeriod > 0)
            }
        }

        /// Ledgers counted by day before the month counts existed get their months summed from the
        /// days, then their quarters from the months, row for row what imports write; running the
        /// fixes again changes nothing.
        @Test func theMonthDataFixSumsTheDays() async throws {
            try await withApp { app in
                let unit = Ref.nghiDuong
                let ledger = SyntheticLedger(seed: 12, range: ReportingPeriod.half(1, 2026).cutOffRange)
                let (procedures, dossiers) = try await ledger.catalogueStored(for: unit, dossiers: 900, in: app)
                _ = try await app.store.importDossiers(dossiers, unitCode: unit, actor: SyntheticLedger.testAdmin)
                let sql = try app.db.sqlDatabase()
                // Every month row, every count.
                func monthRows() async throws -> [String] {
                    var rows: [String] = []
                    for (table, key, counts) in [("dossier_received_months", ["month", "procedure_code"], XaSoPersistence.DossierDayCounts.receivedColumns),
                                                 ("dossier_ended_months", ["month", "procedure_code"], XaSoPersistence.DossierDayCounts.endedColumns),
                                                 ("dossier_open_months", ["month"], ["received", "ended"]),
                                                 ("dossier_received_quarters", ["quarter", "procedure_code"], XaSoPersistence.DossierDayCounts.receivedColumns),
                                                 ("dossier_ended_quarters", ["quarter", "procedure_code"], XaSoPersistence.DossierDayCounts.endedColumns)] {
                        for row in try await sql.raw("SELECT * FROM \(unsafeRaw: table) ORDER BY unit_code, \(unsafeRaw: key.joined(separator: ", "))").all() {
                            var cells = [table, try row.decode(column: "unit_code", as: String.self), "\(try row.decode(column: key[0], as: Int.self))"]
                            if key.count == 2 { cells.append(try row.decode(column: "procedure_code", as: String.self)) }
                            cells += try counts.map { "\(try row.decode(column: $0, as: Int.self))" }
                            rows.append(cells.joined(separator: ","))
                        }
                    }
                    return rows
                }
                let written = try await monthRows()
                // Six months of receipts: at least one month row per month, all of Nghi Dương.
                #expect(written.count > 6)
                for table in ["dossier_received_months", "dossier_ended_months", "dossier_open_months",
                              "dossier_received_quarters", "dossier_ended_quarters"] {
                    try await sql.raw("DELETE FROM \(unsafeRaw: table)").run()
                }
                let quarter = ReportingPeriod.quarter(1, 2026).cutOffRange
                let definition = DossierStatistics.compute(procedures: procedures, dossiers: dossiers, range: quarter)
                #expect(try await app.store.dossierStatistics(unitCodes: [unit], range: quarter)[unit] != definition)
                try await FillDossierMonthCounts().prepare(on: app.db)
                try await FillDossierQuarterCounts().prepare(on: app.db)
                #expect(try await monthRows() == written)
                #expect(try await app.store.dossierStatistics(unitCodes: [unit], range: quarter)[unit] == definition)
                try await FillDossierMonthCounts().prepare(on: app.db)
                try await FillDossierQuarterCounts().prepare(on: app.db)
                #expect(try await monthRows() == written)
                #expect(definition.receivedInPeriod > 0)
            }
        }
    }
}
