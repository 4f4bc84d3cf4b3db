import Foundation
import Testing
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// The streamed import (batches inside one transaction; COPY on PostgreSQL) stores what the
    /// whole-file import stored, and a bad row found after several batches were written leaves
    /// nothing behind.
    @Suite struct DossierStreamImport {
        static let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)

        @Test func smallBatchesGiveTheSixMonthReportsFigures() async throws {
            try await withApp { app in
                let unit = Ref.nghiDuong
                _ = try await DossierService.importProcedures(Data(SixMonthLedger.catalogue.utf8), unitCode: unit,
                                                              actor: Self.admin, store: app.store)
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString).csv")
                try Data(SixMonthLedger.ledger.utf8).write(to: file)
                defer { try? FileManager.default.removeItem(at: file) }
                let summary = try await DossierService.importDossiers(.file(file.path), unitCode: unit, actor: Self.admin,
                                                                      store: app.store, batchSize: 997)
                #expect(summary.rows == 5892)
                #expect(summary.inserted == 5892)
                let s = try #require(try await app.store.dossierStatistics(unitCodes: [unit], range: ReportingPeriod.half(1, 2026).cutOffRange)[unit])
                // The report's figures: 5,892 received (87 carried over), 5,792 early or on time, 5 late, 13 rejected, 29 withdrawn.
                #expect(s.receivedTotal == 5892)
                #expect(s.carriedOver == 87)
                #expect(s.earlyOrOnTime == 5792)
                #expect(s.late == 5)
                #expect(s.rejected == 13)
                #expect(s.withdrawn == 29)
                // The same file again: every code known, nothing inserted, figures unchanged.
                let again = try await DossierService.importDossiers(.data(Data(SixMonthLedger.ledger.utf8)), unitCode: unit,
                                                                    actor: Self.admin, store: app.store, batchSize: 1000)
                #expect(again.inserted == 0 && again.updated == 5892)
                #expect(try await app.store.dossierStatistics(unitCodes: [unit], range: ReportingPeriod.half(1, 2026).cutOffRange)[unit] == s)
            }
        }

        @Test func aBadRowAfterSeveralBatchesLeavesNothingStored() async throws {
            try await withApp { app in
                let unit = Ref.nghiDuong
                _ = try await DossierService.importProcedures(Data(SixMonthLedger.catalogue.utf8), unitCode: unit,
                                                              actor: Self.admin, store: app.store)
                var lines = SixMonthLedger.ledger.split(separator: "\n").map(String.init)
                // Row 5,001 (spreadsheet numbering: header = 1) gets a date that does not exist.
                var cells = lines[5000].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                cells[3] = "31/02/2026"
                lines[5000] = cells.joined(separator: ",")
                do {
                    _ = try await DossierService.importDossiers(.data(Data(lines.joined(separator: "\n").utf8)), unitCode: unit,
                                                                actor: Self.admin, store: app.store, batchSize: 500)
                    Issue.record("a bad row was accepted")
                } catch let error as AppError {
                    #expect(error.code == "import.invalid")
                    #expect(error.issues.map(\.row) == [5001])
                    #expect(error.issues.first?.value == "31/02/2026")
                }
                #expect(try await app.store.dossierCount(unitCode: unit) == 0)
                let s = try await app.store.dossierStatistics(unitCodes: [unit], range: ReportingPeriod.half(1, 2026).cutOffRange)[unit]
                #expect(s?.receivedTotal == 0)
            }
        }

        /// A code repeated after several batches were written (streamed from a file, so confirmed by
        /// reading the file again): named with the row it repeats, and nothing stored. Past the cap,
        /// the first 50 in row order.
        @Test func aRepeatedCodeAfterSeveralBatchesIsNamedAndNothingIsStored() async throws {
            try await withApp { app in
                let unit = Ref.nghiDuong
                _ = try await DossierService.importProcedures(Data(SixMonthLedger.catalogue.utf8), unitCode: unit,
                                                              actor: Self.admin, store: app.store)
                var lines = SixMonthLedger.ledger.split(separator: "\n").map(String.init)
                let code = String(lines[2].split(separator: ",")[0])
                var cells = lines[5000].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                cells[0] = code
                lines[5000] = cells.joined(separator: ",")
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString).csv")
                defer { try? FileManager.default.removeItem(at: file) }
                try Data(lines.joined(separator: "\n").utf8).write(to: file)
                do {
                    _ = try await DossierService.importDossiers(.file(file.path), unitCode: unit, actor: Self.admin,
                                                                store: app.store, batchSize: 500)
                    Issue.record("a repeated code was accepted")
                } catch let error as AppError {
                    #expect(error.code == "import.invalid")
                    #expect(error.issues.map(\.row) == [5001])
                    #expect(error.issues.first?.code == "code.duplicate")
                    #expect(error.issues.first?.message == "Dòng 5001, cột “Mã hồ sơ”: mã hồ sơ “\(code)” trùng với dòng 3.")
                }
                #expect(try await app.store.dossierCount(unitCode: unit) == 0)

                // 60 rows repeating the first 60 after the whole ledger: the first 50 named, truncated.
                let more = lines + lines[1...60]
                try Data(more.joined(separator: "\n").utf8).write(to: file)
                do {
                    _ = try await DossierService.importDossiers(.file(file.path), unitCode: unit, actor: Self.admin,
                                                                store: app.store, batchSize: 500)
                    Issue.record("repeated codes were accepted")
                } catch let error as AppError {
                    #expect(error.issues.count == 50)
                    #expect(error.issues.first?.row == 5001)
                    #expect(error.issues.dropFirst().map(\.row) == Array(5894..<5943))
                    #expect(error.issues.dropFirst().allSatisfy { $0.code == "code.duplicate" })
                }
                #expect(try await app.store.dossierCount(unitCode: unit) == 0)
                let s = try await app.store.dossierStatistics(unitCodes: [unit], range: ReportingPeriod.half(1, 2026).cutOffRange)[unit]
                #expect(s?.receivedTotal == 0)
            }
        }

        /// On SQLite a batch goes through one prepared statement on the driver's own handle; this
        /// fails if a new SQLiteNIO hides the handle elsewhere (the import would still work, slower).
        @Test func sqliteBatchesUseThePreparedStatement() async throws {
            try await withApp { app in
                let sql = try app.db.sqlDatabase()
                guard sql.dialect.name == "sqlite" else { return }
                let day = LocalDay(2026, 3, 2)
                // 300 rows: two steps of the 128-row statement, then 44 one-row steps; every column varies.
                let dossiers = (0..<300).map { i in
                    Dossier(code: String(format: "HS-P%03d", i), procedureCode: "HT\(i % 7)",
                            channel: SubmissionChannel.allCases[i % 3], receivedAt: LocalDateTime(day: day, secondOfDay: 60 * i),
                            dueAt: i % 5 == 0 ? nil : LocalDateTime(day: day.adding(days: i % 9)),
                            resultAt: i % 4 == 0 ? nil : LocalDateTime(day: day.adding(days: i % 11), secondOfDay: i),
                            outcome: i % 4 == 0 ? .inProgress : DossierOutcome.allCases.filter(\.isFinished)[i % 3],
                            paidOnline: i % 2 == 0, enteredAt: i % 6 == 0 ? nil : LocalDateTime(day: day.adding(days: i % 2)),
                            digitised: i % 3 == 0 ? nil : i % 2 == 0, reusedDigitalData: i % 5 == 0 ? nil : i % 3 == 0)
                }
                #expect(try await DossierSQLitePrepared.write(dossiers, unitCode: Ref.nghiDuong, on: sql))
                let stored = try await app.store.dossiers(unitCode: Ref.nghiDuong, range: DayRange(from: day, to: day))
                #expect(stored == dossiers)
                // A first import's plain insert (no upsert) stores the same, in reverse order given.
                #expect(try await DossierSQLitePrepared.write(dossiers.reversed(), unitCode: Ref.giaPhuc, allNew: true, on: sql))
                #expect(try await app.store.dossiers(unitCode: Ref.giaPhuc, range: DayRange(from: day, to: day)) == dossiers)
            }
        }

        /// COPY's text format escapes backslash, tab and line breaks: codes with them come back as they went in.
        @Test func everyCharacterSurvivesTheBatchWriter() async throws {
            try await withApp { app in
                let unit = Ref.nghiDuong
                let day = LocalDay(2026, 3, 2)
                let codes = ["HS\"1\"", "HS\\2", "HS\n3\tx", "HỒ SƠ 4 – đặc biệt", "HS5\r", "\\N"]
                let dossiers = codes.map {
                    Dossier(code: $0, procedureCode: "HT99", channel: .online, receivedAt: LocalDateTime(day: day, secondOfDay: 3600),
                            dueAt: LocalDateTime(day: day.adding(days: 5)), resultAt: nil, outcome: .inProgress)
                }
                _ = try await app.store.importDossiers(dossiers, unitCode: unit, actor: Self.admin)
                let stored = try await app.store.dossiers(unitCode: unit, range: DayRange(from: day, to: day)).map(\.code)
                #expect(stored == codes.sorted())
            }
        }

        /// Dossier codes are national: a file whose codes are in another commune's ledger is refused
        /// with the rows named, and neither ledger changes.
        @Test func anotherCommunesCodesAreRefused() async throws {
            try await withApp { app in
                for unit in [Ref.nghiDuong, Ref.giaPhuc] {
                    _ = try await DossierService.importProcedures(Data(SixMonthLedger.catalogue.utf8), unitCode: unit,
                                                                  actor: Self.admin, store: app.store)
                }
                _ = try await DossierService.importDossiers(.data(Data(SixMonthLedger.ledger.utf8)), unitCode: Ref.nghiDuong,
                                                            actor: Self.admin, store: app.store)
                let lines = SixMonthLedger.ledger.split(separator: "\n").map(String.init)
                // Gia Phúc's own three dossiers, then one of Nghi Dương's (row 5).
                var file = [lines[0]]
                for n in 1...3 { file.append(lines[n].replacingOccurrences(of: "HS\(n),", with: "GP-\(n),")) }
                file.append(lines[42])
                let code = String(lines[42].split(separator: ",")[0])
                do {
                    _ = try await DossierService.importDossiers(.data(Data(file.joined(separator: "\n").utf8)), unitCode: Ref.giaPhuc,
                                                                actor: Self.admin, store: app.store)
                    Issue.record("another commune's codes were accepted")
                } catch let error as AppError {
                    #expect(error.code == "import.invalid")
                    #expect(error.issues.map(\.row) == [5])
                    #expect(error.issues.first?.code == "code.other_unit")
                    #expect(error.issues.first?.value == code)
                    #expect(error.issues.first?.message.contains(Ref.nghiDuong) == true)
                }
                #expect(try await app.store.dossierCount(unitCode: Ref.giaPhuc) == 0)
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 5892)
            }
        }
    }
}
