import Foundation
import Testing
@testable import XaSoApp
import XaSoCore

/// `xaso reports ingest`, parsed from its documented command line, on a scratch SQLite file.
@Suite struct IngestCLITests {
    @Test func dryRunThenStore() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bc-\(UUID().uuidString).txt").path
        try planReferenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }

        let dry = try #require(try XaSoCommand.parseAsRoot(
            ["reports", "ingest", file, "--unit", "11713", "--dry-run", "--database", db.url]) as? ReportCommand.Ingest)
        let read = try await dry.result()
        #expect(read.dossierFigures.receivedTotal == 5892)
        #expect(read.period == "2026-H1")

        let store = try #require(try XaSoCommand.parseAsRoot(
            ["report", "ingest", file, "--unit", "11713", "--kind", "six-month-cchc", "--period", "2026-H1", "--database", db.url])
            as? ReportCommand.Ingest)
        #expect(try await store.result().kind == "six-month-cchc")
        let saved = try await AppRunner.with(AppConfig(databaseURL: db.url, announceAdminPassword: false)) { app in
            try await app.store.savedReport(unitCode: "11713", kindCode: "six-month-cchc", period: .half(1, 2026))
        }
        #expect(saved?.overrides["cai-cach-tthc.1"]?.contains("5892") == true)
    }

    @Test func aPeriodTheKindIsNotWrittenForIsRefused() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bc-\(UUID().uuidString).txt").path
        try planReferenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let cmd = try #require(try XaSoCommand.parseAsRoot(
            ["reports", "ingest", file, "--unit", "11713", "--kind", "six-month-cchc", "--period", "2026-Q1", "--database", db.url])
            as? ReportCommand.Ingest)
        await #expect { _ = try await cmd.result() } throws: { ($0 as? AppError)?.code == "report.period_not_allowed" }
    }
}
