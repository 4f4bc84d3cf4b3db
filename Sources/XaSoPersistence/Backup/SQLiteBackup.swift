import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit
import XaSoCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Backup and restore of an SQLite database file (docs/operations.md).
///
/// A backup is written by `VACUUM INTO`: one read transaction, so it is the database as of one
/// instant while the server goes on writing (with WAL, a plain copy of the file can miss figures
/// still in the -wal file). Files are written next to their target, owner-only (0600), and renamed
/// into place, so a half-written backup never carries the final name.
public enum SQLiteBackup {
    public struct Written: Sendable, Codable, Equatable {
        public var path: String
        public var bytes: Int
    }

    public struct Restored: Sendable, Codable, Equatable {
        public var path: String
        public var tables: Int
        public var rows: Int
    }

    /// The app's tables and their row counts (`_fluent_migrations` included), by name.
    public static func tableCounts(_ db: any SQLDatabase) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let names = try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .all().map { try $0.decode(column: "name", as: String.self) }
        for name in names {
            counts[name] = try await db.raw("SELECT COUNT(*) AS n FROM \(ident: name)").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return counts
    }

    /// Whether the server's database is SQLite (the only kind these backups copy).
    public static func isSQLite(_ db: any Database) -> Bool {
        (db as? any SQLDatabase)?.dialect.name == "sqlite"
    }

    /// A copy of the server's own database (the scheduled backup).
    public static func write(from db: any Database, to path: String, replace: Bool) async throws -> Written {
        try await write(from: db.sqlDatabase(), to: path, replace: replace)
    }

    /// Writes a consistent copy of `db` (an SQLite database, the server's own connection or one of
    /// the CLI's) to `path`; an existing file is refused unless `replace`.
    public static func write(from db: any SQLDatabase, to path: String, replace: Bool) async throws -> Written {
        guard db.dialect.name == "sqlite" else { throw postgresBackup }
        let fm = FileManager.default
        if fm.fileExists(atPath: path), !replace {
            throw AppError(.conflict, code: .backupExists, message: "\(path) exists: choose another name or pass --force",
                           vietnamese: "Tệp sao lưu đã tồn tại; hãy chọn tên khác.")
        }
        let partial = try ownerOnlyPartial(for: path)
        do {
            try await db.raw("VACUUM INTO \(bind: partial)").run()
            try moveIntoPlace(partial, path)
        } catch {
            try? fm.removeItem(atPath: partial)
            throw error
        }
        return Written(path: path, bytes: fileSize(path))
    }

    /// Writes a backup of the SQLite file at `database` (a server may be writing to it).
    public static func write(database: String, to path: String, replace: Bool, busyTimeoutMilliseconds: Int) async throws -> Written {
        guard FileManager.default.fileExists(atPath: database) else {
            throw AppError(.notFound, code: .backupNoDatabase, message: "no database file at \(database)",
                           vietnamese: "Không tìm thấy tệp cơ sở dữ liệu.")
        }
        return try await withFile(database, busyTimeoutMilliseconds: busyTimeoutMilliseconds) { db in
            try await write(from: db, to: path, replace: replace)
        }
    }

    /// Restores the backup `backup` as the database file `target`, which must be empty: missing, a
    /// zero-length file, or a database whose tables hold no rows (migrations aside). Stop the
    /// server first; a non-empty target is refused and left as it was.
    public static func restore(backup: String, into target: String, busyTimeoutMilliseconds: Int) async throws -> Restored {
        let fm = FileManager.default
        guard isSQLiteFile(backup) else {
            throw AppError(.invalid, code: .restoreNotABackup, message: "\(backup) is not an SQLite database file",
                           vietnamese: "Tệp không phải bản sao lưu cơ sở dữ liệu XaSo.")
        }
        let counts = try await withFile(backup, busyTimeoutMilliseconds: busyTimeoutMilliseconds) { db in
            let check = try await db.raw("PRAGMA quick_check").first()?.decode(column: "quick_check", as: String.self)
            guard check == "ok" else {
                throw AppError(.invalid, code: .restoreDamaged, message: "\(backup) fails SQLite's check: \(check ?? "no answer")",
                               vietnamese: "Bản sao lưu bị hỏng.")
            }
            let counts = try await tableCounts(db)
            guard counts["_fluent_migrations"] != nil else {
                throw AppError(.invalid, code: .restoreNotABackup, message: "\(backup) is not a XaSo database (no migrations table)",
                               vietnamese: "Tệp không phải bản sao lưu cơ sở dữ liệu XaSo.")
            }
            return counts
        }
        if fileSize(target) > 0 {
            let held = try await withFile(target, busyTimeoutMilliseconds: busyTimeoutMilliseconds) { try await tableCounts($0) }
                .filter { $0.key != "_fluent_migrations" && $0.value > 0 }
            guard held.isEmpty else {
                throw AppError(.conflict, code: .restoreNotEmpty,
                               message: "\(target) is not empty (\(held.values.reduce(0, +)) rows in \(held.count) tables): restore only into a new database",
                               vietnamese: "Cơ sở dữ liệu đích đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu trống.")
            }
        }
        let partial = try ownerOnlyPartial(for: target)
        do {
            try await withFile(backup, busyTimeoutMilliseconds: busyTimeoutMilliseconds) { db in
                try await db.raw("VACUUM INTO \(bind: partial)").run()
            }
            for stale in [target + "-wal", target + "-shm", target + "-journal"] where fm.fileExists(atPath: stale) {
                try fm.removeItem(atPath: stale)
            }
            try moveIntoPlace(partial, target)
        } catch {
            try? fm.removeItem(atPath: partial)
            throw error
        }
        return Restored(path: target, tables: counts.count, rows: counts.values.reduce(0, +))
    }

    public static let postgresBackup = AppError(
        .invalid, code: .backupPostgres,
        message: "on PostgreSQL use pg_dump and pg_restore (docs/operations.md, \"PostgreSQL\")",
        vietnamese: "Với PostgreSQL, sao lưu bằng pg_dump theo hướng dẫn trong docs/operations.md.")

    /// Runs `body` on its own connection to an SQLite file, closed afterwards.
    static func withFile<T: Sendable>(_ path: String, busyTimeoutMilliseconds: Int,
                                      _ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        do {
            let db = connection.sql()
            try await db.raw("PRAGMA busy_timeout = \(unsafeRaw: String(max(0, busyTimeoutMilliseconds)))").run()
            let result = try await body(db)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// "SQLite format 3\0": the first 16 bytes of every SQLite database file.
    static func isSQLiteFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }

    /// An empty file next to `path`, created owner-only: `VACUUM INTO` fills an empty file and
    /// keeps its permissions, so the copy is never readable by others, not even for a moment.
    static func ownerOnlyPartial(for path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let partial = url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".partial").path
        try? FileManager.default.removeItem(atPath: partial)
        let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else {
            throw AppError(.invalid, code: .backupUnwritable, message: "cannot create \(partial): \(String(cString: strerror(errno)))",
                           vietnamese: "Không ghi được tệp sao lưu vào thư mục đã chọn.")
        }
        close(fd)
        return partial
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    static func moveIntoPlace(_ partial: String, _ path: String) throws {
        guard rename(partial, path) == 0 else {
            throw AppError(.invalid, code: .backupUnwritable, message: "cannot write \(path): \(String(cString: strerror(errno)))",
                           vietnamese: "Không ghi được tệp sao lưu vào thư mục đã chọn.")
        }
    }
}
