import Foundation
import SQLKit
import Testing
@testable import XaSoApp
import XaSoCore
import XaSoFixtures
@testable import XaSoPersistence

extension DatabaseTests {
    /// SQLite keeps no `dossiers_code` index (an import's engine time) and finds another commune's
    /// codes on the primary key; PostgreSQL keeps the index. A ledger stored before the change keeps
    /// its rows and statistics.
    @Suite struct DossierOtherUnitCheckSuite {
        static let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)

        static func hasCodeIndex(_ sql: any SQLDatabase) async throws -> Bool {
            sql.dialect.name == "sqlite"
                ? try await DossierOtherUnitCheck.hasCodeIndex(on: sql)
                : try await sql.raw("SELECT 1 AS one FROM pg_indexes WHERE indexname = 'dossiers_code'").first() != nil
        }

        static func dossier(_ code: String, day: LocalDay = LocalDay(2026, 3, 2)) -> Dossier {
            Dossier(code: code, procedureCode: "HT99", channel: .online, receivedAt: LocalDateTime(day: day, secondOfDay: 3600),
                    dueAt: LocalDateTime(day: day.adding(days: 5)), resultAt: nil, outcome: .inProgress)
        }

        @Test func theCodeIndexIsPostgreSQLsOnly() async throws {
            try await withApp { app in
                let sql = try app.db.sqlDatabase()
                #expect(try await Self.hasCodeIndex(sql) == (sql.dialect.name != "sqlite"))
            }
        }

        /// A ledger stored with the index (before the migration) keeps every row and its statistics,
        /// and a re-import still updates by code.
        @Test func droppingTheCodeIndexKeepsTheLedger() async throws {
            try await withApp { app in
                let sql = try app.db.sqlDatabase()
                guard sql.dialect.name == "sqlite" else { return }
                let unit = Ref.nghiDuong
                let ledger = SyntheticLedger(seed: 14, range: ReportingPeriod.half(1, 2026).cutOffRange)
                let (procedures, dossiers) = try await ledger.catalogueStored(for: unit, dossiers: 3000, in: app)
                // The shape before the migration: the same table with `dossiers_code`.
                try await sql.raw("CREATE INDEX dossiers_code ON dossiers (code)").run()
                _ = try await app.store.importDossiers(dossiers, unitCode: unit, actor: Self.admin)
                #expect(try await Self.hasCodeIndex(sql))

                try await DropDossierCodeIndexOnSQLite().prepare(on: app.db)
                #expect(try await Self.hasCodeIndex(sql) == false)
                let everything = DayRange(from: LocalDay(2000, 1, 1), to: LocalDay(2100, 1, 1))
                let stored = try await app.store.dossiers(unitCode: unit, range: everything)
                #expect(stored == dossiers.sorted { $0.code.utf8.lexicographicallyPrecedes($1.code.utf8) })
                let range = ledger.range
                let statistics = try await app.store.dossierStatistics(unitCodes: [unit], range: range)[unit]
                #expect(statistics == DossierStatistics.compute(procedures: procedures, dossiers: dossiers, range: range))
                #expect(statistics?.receivedTotal ?? 0 > 0)

                let again = try await app.store.importDossiers(Array(dossiers.prefix(500)), unitCode: unit, actor: Self.admin)
                #expect(again.inserted == 0)
                #expect(again.updated == 500)
                #expect(try await app.store.dossierCount(unitCode: unit) == 3000)
            }
        }

        /// The check an import chooses on SQLite: none while no other commune has dossiers, the
        /// primary key under each commune that has some.
        @Test func sqliteProbesTheCommunesThatHoldDossiers() async throws {
            try await withApp { app in
                let sql = try app.db.sqlDatabase()
                guard sql.dialect.name == "sqlite" else {
                    #expect(try await DossierOtherUnitCheck.forImport(of: Ref.giaPhuc, on: sql) == .byCode)
                    return
                }
                #expect(try await DossierOtherUnitCheck.forImport(of: Ref.giaPhuc, on: sql) == .none)
                _ = try await app.store.importDossiers([Self.dossier("ND-1")], unitCode: Ref.nghiDuong, actor: Self.admin)
                #expect(try await DossierOtherUnitCheck.forImport(of: Ref.nghiDuong, on: sql) == .none)
                #expect(try await DossierOtherUnitCheck.forImport(of: Ref.giaPhuc, on: sql) == .byKey([Ref.nghiDuong]))
                let check = DossierOtherUnitCheck.byKey([Ref.nghiDuong])
                #expect(try await check.codesOfOtherUnits(["GP-1", "ND-1", "ND-2"], unitCode: Ref.giaPhuc, on: sql) == ["ND-1": Ref.nghiDuong])
            }
        }

        /// More communes with dossiers than SQLite probes one by one: the import creates the index,
        /// still names the row at fault, and keeps the index once an import commits.
        @Test func manyCommunesBringBackTheCodeIndex() async throws {
            try await withApp { app in
                let sql = try app.db.sqlDatabase()
                let others = try await app.store.children(of: Ref.haiPhong).filter { $0.level == .commune && $0.code != Ref.giaPhuc }
                    .map(\.code).prefix(DossierOtherUnitCheck.maxProbedUnits + 1)
                #expect(others.count == DossierOtherUnitCheck.maxProbedUnits + 1)
                for (i, unit) in others.enumerated() {
                    _ = try await app.store.importDossiers([Self.dossier("OTHER-\(i)")], unitCode: unit, actor: Self.admin)
                }
                _ = try await DossierService.importProcedures(Data(SixMonthLedger.catalogue.utf8), unitCode: Ref.giaPhuc,
                                                              actor: Self.admin, store: app.store)
                let lines = SixMonthLedger.ledger.split(separator: "\n").map(String.init)
                var file = [lines[0]]
                for n in 1...3 { file.append(lines[n].replacingOccurrences(of: "HS\(n),", with: "GP-\(n),")) }
                file.append(lines[4].replacingOccurrences(of: "HS4,", with: "OTHER-5,"))
                do {
                    _ = try await DossierService.importDossiers(.data(Data(file.joined(separator: "\n").utf8)), unitCode: Ref.giaPhuc,
                                                                actor: Self.admin, store: app.store)
                    Issue.record("another commune's code was accepted")
                } catch let error as AppError {
                    #expect(error.issues.map(\.row) == [5])
                    #expect(error.issues.first?.code == "code.other_unit")
                    #expect(error.issues.first?.value == "OTHER-5")
                    #expect(error.issues.first?.message.contains(others[others.startIndex + 5]) == true)
                }
                #expect(try await app.store.dossierCount(unitCode: Ref.giaPhuc) == 0)
                // The refused import was rolled back, index and all; one that commits keeps it.
                #expect(try await Self.hasCodeIndex(sql) == (sql.dialect.name != "sqlite"))
                file.removeLast()
                let summary = try await DossierService.importDossiers(.data(Data(file.joined(separator: "\n").utf8)), unitCode: Ref.giaPhuc,
                                                                      actor: Self.admin, store: app.store)
                #expect(summary.inserted == 3)
                #expect(try await Self.hasCodeIndex(sql))
                #expect(try await DossierOtherUnitCheck.forImport(of: Ref.giaPhuc, on: sql) == .byCode)
            }
        }
    }
}
