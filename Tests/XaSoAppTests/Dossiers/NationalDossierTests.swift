import Foundation
import Testing
@testable import XaSoApp
import XaSoCore
import XaSoFixtures
@testable import XaSoPersistence

extension DatabaseTests {
    /// The country's statistics are read in one grouped pass per count table, not province by
    /// province; they must equal the sum of the provinces' statistics, and the core's definition
    /// summed over every commune's ledger.
    @Suite struct NationalDossiers {
        @Test func theCountryIsTheSumOfItsProvinces() async throws {
            try await withApp { app in
                let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)
                let ledger = SyntheticLedger(seed: 14, range: ReportingPeriod.half(1, 2026).cutOffRange)
                let units = try UnitCatalog.official()
                let haiPhong = units.filter { $0.parentCode == Ref.haiPhong }.map(\.code).sorted()
                let haNoi = units.filter { $0.parentCode == Ref.haNoi }.map(\.code).sorted()
                #expect(haiPhong.count > 3 && haNoi.count > 2)
                // Three communes of Hải Phòng and two of Hà Nội with ledgers of different sizes; a
                // fourth of Hải Phòng with a catalogue only (its procedures still count).
                let withLedgers = Array(haiPhong.prefix(3)) + Array(haNoi.prefix(2))
                let counts = [700, 250, 40, 500, 333]
                var procedures = ledger.procedures()
                var ledgers: [String: (procedures: [Procedure], dossiers: [Dossier])] = [:]
                for (i, code) in withLedgers.enumerated() {
                    // One commune's catalogue lacks a procedure: its dossiers file under "Không xác định".
                    let catalogue = i == 3 ? Array(procedures.dropFirst()) : procedures
                    _ = try await app.store.importProcedures(catalogue, unitCode: code, actor: admin)
                    let dossiers = try DossierLedgerParser.parse(rows: ledger.dossierRows(commune: i + 1, count: counts[i]),
                                                                 knownProcedures: procedures)
                    _ = try await app.store.importDossiers(dossiers, unitCode: code, actor: admin)
                    ledgers[code] = (catalogue, dossiers)
                }
                procedures[0].hasFee.toggle()
                _ = try await app.store.importProcedures(procedures, unitCode: haiPhong[3], actor: admin)
                ledgers[haiPhong[3]] = (procedures, [])

                let ranges = [ledger.range, ReportingPeriod.quarter(1, 2026).cutOffRange,
                              DayRange(from: LocalDay(2026, 2, 3), to: LocalDay(2026, 2, 3)),
                              DayRange(from: LocalDay(2020, 1, 1), to: LocalDay(2020, 12, 31))]
                for range in ranges {
                    let country = try await DossierService.nationalStatistics(range: range, actor: admin, store: app.store)
                    #expect(country.units.count == 34)
                    #expect(country.units.map(\.unitCode) == units.filter { $0.level == .province }.map(\.code).sorted())
                    for province in country.units {
                        let expected = try await app.store.provinceDossierStatistics(provinceCode: province.unitCode, range: range).total
                        #expect(province.statistics == expected, "\(province.unitCode) \(range)")
                    }
                    // The definition, commune by commune, summed.
                    let definition = DossierStatistics.total(ledgers.values.map {
                        DossierStatistics.compute(procedures: $0.procedures, dossiers: $0.dossiers, range: range)
                    })
                    #expect(country.total == definition, "\(range)")
                }
                let country = try await app.store.nationalDossierStatistics(range: ledger.range)
                let byCode = Dictionary(uniqueKeysWithValues: country.units.map { ($0.unitCode, $0.statistics) })
                // Counted straight from the generated rows: Hải Phòng's three ledgers, received in the range.
                let received = haiPhong.prefix(3).reduce(0) { sum, code in
                    sum + ledgers[code]!.dossiers.filter { ledger.range.contains($0.receivedAt.day) }.count
                }
                #expect(received > 600)
                #expect(byCode[Ref.haiPhong]?.receivedInPeriod == received)
                #expect((byCode[Ref.haNoi]?.receivedTotal ?? 0) > 0)
                #expect(country.total.byLevel.toanTrinh.procedures + country.total.byLevel.motPhan.procedures
                        + country.total.byLevel.trucTiep.procedures == 6 * procedures.count - 1)
                #expect(country.units.filter { $0.unitCode != Ref.haiPhong && $0.unitCode != Ref.haNoi }
                    .allSatisfy { $0.statistics == DossierStatistics() })
            }
        }

        @Test func onlyNationalOfficersAndTheAdminReadTheCountry() async throws {
            try await withApp { app in
                let range = ReportingPeriod.half(1, 2026).cutOffRange
                let province = Principal(username: "p", role: .provinceOfficer, unitCode: Ref.haiPhong, provinceCode: Ref.haiPhong)
                await #expect(throws: AppError.self) {
                    _ = try await DossierService.nationalStatistics(range: range, actor: province, store: app.store)
                }
                let national = Principal(username: "n", role: .nationalOfficer, unitCode: nil, provinceCode: nil)
                let country = try await DossierService.nationalStatistics(range: range, actor: national, store: app.store)
                #expect(country.units.count == 34)
            }
        }

        /// On PostgreSQL every XaSo connection asks for 32 MB of work memory, so the country's
        /// statistics sum their commune-procedure pairs in memory (on SQLite there is no such setting).
        @Test func postgresConnectionsGetTheStatisticsWorkMemory() async throws {
            try await withApp { app in
                let sql = try app.db.sqlDatabase()
                guard sql.dialect.name == "postgresql" else { return }
                let setting = try await sql.raw("SHOW work_mem").first()?.decode(column: "work_mem", as: String.self)
                #expect(setting == "32MB")
            }
        }
    }
}
