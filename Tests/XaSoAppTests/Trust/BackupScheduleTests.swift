import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

/// The daily backup's rules, as pure functions.
@Suite struct BackupRotationRules {
    static func names(_ days: [String]) -> [String] { days.map { "xaso-\($0).sqlite" } }

    @Test func theNewestNAreKeptAndNothingElseIsTouched() {
        let days = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30",
                    "2026-12-01", "2026-12-02", "2026-12-03"]
        let foreign = ["notes.txt", "xaso-latest.sqlite", "xaso-2026-13-01.sqlite", "xaso-2026-1-01.sqlite",
                       ".xaso-2026-12-04.sqlite.partial", "xaso-2020-01-01.sqlite-wal"]
        let all = (Self.names(days) + foreign).shuffled()
        #expect(BackupRotation.toDelete(all, keep: 7) == Self.names(["2026-11-24", "2026-11-25", "2026-11-26"]))
        #expect(BackupRotation.toDelete(all, keep: 10) == [])
        #expect(BackupRotation.toDelete(all, keep: 30) == [])
        #expect(BackupRotation.toDelete(all, keep: 9) == Self.names(["2026-11-24"]))
        // Keeping none would delete the only copy: at least one is kept.
        #expect(BackupRotation.toDelete(all, keep: 0) == Self.names(Array(days.dropLast())))
        #expect(BackupRotation.toDelete(foreign, keep: 1) == [])
    }

    @Test func datesAreComparedAsDatesAcrossYears() {
        let all = Self.names(["2026-01-01", "2025-12-31", "2025-02-01", "2026-01-10"])
        #expect(BackupRotation.toDelete(all, keep: 2) == Self.names(["2025-02-01", "2025-12-31"]))
    }

    @Test func namesAndDays() {
        #expect(BackupRotation.fileName(for: LocalDay(2026, 12, 3)) == "xaso-2026-12-03.sqlite")
        #expect(BackupRotation.day(ofFileName: "xaso-2026-12-03.sqlite") == LocalDay(2026, 12, 3))
        #expect(BackupRotation.day(ofFileName: "xaso-2026-00-03.sqlite") == nil)
        #expect(BackupRotation.day(ofFileName: "xaso-２０２６-12-03.sqlite") == nil)
        #expect(BackupRotation.day(ofFileName: "xaso-2026-12-03.sqlite.bak") == nil)
    }

    @Test func aBackupIsDueOnceADayFromItsHour() {
        let today = LocalDay(2026, 12, 3)
        #expect(!BackupRotation.isDue(today: today, currentHour: 1, backupHour: 2, existing: []))
        #expect(BackupRotation.isDue(today: today, currentHour: 2, backupHour: 2, existing: Self.names(["2026-12-02"])))
        #expect(BackupRotation.isDue(today: today, currentHour: 23, backupHour: 2, existing: []))
        #expect(!BackupRotation.isDue(today: today, currentHour: 5, backupHour: 2, existing: Self.names(["2026-12-03"])))
    }

    @Test func settingsFromTheEnvironment() throws {
        let none = BackupSettings.from(environment: [:])
        #expect(none.directory == nil && none.keep == 7 && none.hour == 2 && none.problems.isEmpty)
        let set = BackupSettings.from(environment: ["XASO_BACKUP_DIR": "/srv/xaso/backups", "XASO_BACKUP_KEEP": "14",
                                                    "XASO_BACKUP_HOUR": "23"])
        #expect(set.directory == "/srv/xaso/backups" && set.keep == 14 && set.hour == 23)
        let wrong = BackupSettings.from(environment: ["XASO_BACKUP_KEEP": "0", "XASO_BACKUP_HOUR": "24"])
        #expect(wrong.problems.count == 2)
        #expect(throws: AppError.self) { try wrong.validated() }
    }
}

extension DatabaseTests {
    /// The server's scheduled run on an SQLite file, and the admin's list.
    @Suite struct ScheduledBackups {
        @Test func theDailyRunWritesTodaysBackupKeepsNAndTheAdminSeesThem() async throws {
            try await withScratchFolder { dir in
                let folder = dir.appendingPathComponent("backups")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let old = ["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]
                for day in old {
                    try Data("old".utf8).write(to: folder.appendingPathComponent("xaso-\(day).sqlite"))
                }
                try Data("keep me".utf8).write(to: folder.appendingPathComponent("README.txt"))
                let settings = BackupSettings(directory: folder.path, keep: 3, hour: 2)
                var utc = Calendar(identifier: .gregorian)
                utc.timeZone = try #require(TimeZone(identifier: "UTC"))
                let early = try #require(utc.date(from: DateComponents(year: 2026, month: 12, day: 3, hour: 1, minute: 30)))
                let later = try #require(utc.date(from: DateComponents(year: 2026, month: 12, day: 3, hour: 3)))

                try await withAppOn("sqlite://" + dir.appendingPathComponent("live.sqlite").path, reset: false,
                                    backups: settings) { app in
                    let before = try await BackupScheduler.runOnce(app, settings: settings, now: early, calendar: utc)
                    #expect(before.written == nil)
                    #expect(before.deleted == ["xaso-2026-11-28.sqlite", "xaso-2026-11-29.sqlite"])

                    let run = try await BackupScheduler.runOnce(app, settings: settings, now: later, calendar: utc)
                    #expect(run.written == folder.appendingPathComponent("xaso-2026-12-03.sqlite").path)
                    #expect(run.deleted == ["xaso-2026-11-30.sqlite"])
                    let again = try await BackupScheduler.runOnce(app, settings: settings, now: later, calendar: utc)
                    #expect(again == BackupScheduler.Run(written: nil, deleted: []))
                    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                            == ["README.txt", "xaso-2026-12-01.sqlite", "xaso-2026-12-02.sqlite", "xaso-2026-12-03.sqlite"])
                    let written = try await sqliteContents(folder.appendingPathComponent("xaso-2026-12-03.sqlite").path)
                    #expect((written["units"]?.count ?? 0) > 3000)

                    let admin = try await app.token("quantri", role: .admin, unit: nil)
                    let listing = try await app.send(.GET, "/api/v1/backups", token: admin)
                    #expect(listing.status == .ok)
                    let body = try JSONDecoder().decode(BackupRoutes.Listing.self, from: Data(listing.body.readableBytesView))
                    #expect(body.backups.map(\.name) == ["xaso-2026-12-03.sqlite", "xaso-2026-12-02.sqlite", "xaso-2026-12-01.sqlite"])
                    #expect(body.backups.map(\.day) == ["2026-12-03", "2026-12-02", "2026-12-01"])
                    #expect(body.backups[1].bytes == 3)
                    #expect(body.keep == 3 && body.hour == 2 && body.directory == folder.path)

                    let chief = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                    #expect(try await app.send(.GET, "/api/v1/backups", token: chief).status == .forbidden)
                    #expect(try await app.send(.GET, "/api/v1/backups").status == .unauthorized)
                }
            }
        }
    }
}
