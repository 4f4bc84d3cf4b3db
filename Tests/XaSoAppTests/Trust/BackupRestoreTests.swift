import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

/// Issue #15 item 7: `xaso backup` and `xaso restore` on SQLite files, whatever database the rest
/// of the suite runs on (PostgreSQL is backed up with pg_dump, docs/operations.md).
extension DatabaseTests {
    @Suite struct BackupRestore {
        static func mode(_ path: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber).intValue & 0o777
        }

        static func code(_ body: () async throws -> Void) async -> String? {
            do { try await body(); return nil } catch let error as AppError { return error.code.rawValue } catch { return "\(error)" }
        }

        /// Sample data, figures, dossiers and a plan; backup while the server runs; restore into a
        /// new file: every table is identical, row by row.
        @Test func aBackupRestoresEveryTableIdentically() async throws {
            try await withScratchFolder { dir in
                let live = dir.appendingPathComponent("live.sqlite").path
                let backup = dir.appendingPathComponent("backup.sqlite").path
                let restored = dir.appendingPathComponent("restored.sqlite").path
                try await withAppOn("sqlite://" + live, reset: false, sample: true) { app in
                    let chief = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                    let figures = try JSONEncoder().encode([["indicator_code": "CL411.01", "period": "2026-H1", "value": "85%"],
                                                            ["indicator_code": "CL411.03", "period": "2026-H1", "value": "15%"]])
                    #expect(try await app.send(.PUT, "/api/v1/units/\(Ref.nghiDuong)/values", token: chief, body: figures,
                                               contentType: .json).status == .ok)
                    for (path, body) in [("procedures/import", SixMonthLedger.catalogue), ("dossiers/import", SixMonthLedger.ledger)] {
                        let res = try await app.send(.POST, "/api/v1/units/\(Ref.nghiDuong)/" + path, token: chief,
                                                     body: Data(body.utf8), contentType: .plainText)
                        #expect(res.status == .ok, "\(path): \(res.body.string)")
                    }
                    let plan = try await app.api(.POST, "units/\(Ref.nghiDuong)/plans", token: chief, json: SmallPlan.input())
                    #expect(plan.status == .ok || plan.status == .created, "\(plan.text)")

                    // The command an operator runs while the server is up.
                    try await BackupCommand.parse(["--database", "sqlite://" + live, "--out", backup]).run()
                    #expect(try Self.mode(backup) == 0o600)
                    #expect(await Self.code { try await BackupCommand.parse(["--database", "sqlite://" + live, "--out", backup]).run() }
                            == "backup.exists")
                    try await BackupCommand.parse(["--database", "sqlite://" + live, "--out", backup, "--force"]).run()
                    #expect(try Self.mode(backup) == 0o600)

                    try await RestoreCommand.parse(["--database", "sqlite://" + restored, backup]).run()
                    let original = try await sqliteContents(live)
                    let copy = try await sqliteContents(restored)
                    #expect(Set(copy.keys) == Set(original.keys))
                    for (table, rows) in original {
                        #expect(copy[table]?.count == rows.count, "\(table): row count")
                        #expect(copy[table] == rows, "\(table): rows differ")
                    }
                    // What was written is really there (not two empty databases compared).
                    #expect(original["dossiers"]?.count == 5892)
                    #expect(original["plans"]?.count == 1)
                    #expect((original["indicator_values"]?.count ?? 0) > 2)
                    #expect(try Self.mode(restored) == 0o600)

                    // A database that holds data is refused, and left as it was.
                    #expect(await Self.code { try await RestoreCommand.parse(["--database", "sqlite://" + live, backup]).run() }
                            == "restore.not_empty")
                    #expect(try await sqliteContents(live) == original)
                }
                // The restored file serves: the app opens it and finds the dossiers.
                try await withAppOn("sqlite://" + restored, reset: false) { app in
                    let count = try await app.store.dossierCount(unitCode: Ref.nghiDuong)
                    #expect(count == 5892)
                }
            }
        }

        /// A backup taken while figures are being saved one after another holds exactly the first k
        /// of them, k at least the number saved before it began: one instant, never a torn state.
        @Test func aBackupDuringWritesIsOneInstant() async throws {
            try await withScratchFolder { dir in
                let live = dir.appendingPathComponent("live.sqlite").path
                let backup = dir.appendingPathComponent("during.sqlite").path
                let periods = (2019...2026).flatMap { year in (1...4).map { "\(year)-Q\($0)" } }
                try await withAppOn("sqlite://" + live, reset: false) { app in
                    let chief = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                    let saved = ManagedAtomicCounter()
                    async let writer: Void = {
                        for period in periods {
                            let body = try JSONEncoder().encode([["indicator_code": "CL411.01", "period": period, "value": "50%"]])
                            let res = try await app.send(.PUT, "/api/v1/units/\(Ref.nghiDuong)/values", token: chief, body: body,
                                                         contentType: .json)
                            #expect(res.status == .ok)
                            saved.increment()
                        }
                    }()
                    // Waits for a few saves (bounded, in case the writer fails); no assertion on time.
                    for _ in 0..<20_000 where saved.value < 4 { try await Task.sleep(for: .milliseconds(5)) }
                    let before = saved.value
                    _ = try await SQLiteBackup.write(database: live, to: backup, replace: false, busyTimeoutMilliseconds: 30_000)
                    try await writer
                    let rows = try await sqliteContents(backup)["indicator_values"] ?? []
                    let present = Set(periods.filter { p in rows.contains { $0.contains("period=t:\(p)|") || $0.hasSuffix("period=t:\(p)") } })
                    #expect(present.count >= before)
                    #expect(present == Set(periods.prefix(present.count)), "a torn backup: \(present.sorted())")
                }
            }
        }

        @Test func restoreRefusesWhatIsNotABackup() async throws {
            try await withScratchFolder { dir in
                let junk = dir.appendingPathComponent("junk.sqlite").path
                try Data("not a database".utf8).write(to: URL(fileURLWithPath: junk))
                let target = dir.appendingPathComponent("target.sqlite").path
                #expect(await Self.code { try await RestoreCommand.parse(["--database", "sqlite://" + target, junk]).run() }
                        == "restore.not_a_backup")
                #expect(!FileManager.default.fileExists(atPath: target))
                #expect(await Self.code { try await RestoreCommand.parse(["--database", "postgres://u:p@127.0.0.1/x", junk]).run() }
                        == "restore.postgres")
                #expect(await Self.code {
                    try await BackupCommand.parse(["--database", "postgres://u:p@127.0.0.1/x", "--out", junk]).run()
                } == "backup.postgres")
                #expect(await Self.code {
                    try await BackupCommand.parse(["--database", "sqlite://" + dir.appendingPathComponent("none.sqlite").path,
                                                   "--out", dir.appendingPathComponent("b.sqlite").path]).run()
                } == "backup.no_database")
            }
        }
    }
}

/// A counter the writer task and the test share.
final class ManagedAtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
