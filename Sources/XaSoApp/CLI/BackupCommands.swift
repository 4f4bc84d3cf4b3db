import ArgumentParser
import Foundation
import XaSoCore
import XaSoPersistence

/// `xaso backup --out FILE`: a consistent copy of the SQLite database while the server runs
/// (docs/operations.md). It opens the file itself, without migrating or seeding it.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent backup of the SQLite database (safe while the server runs).")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The backup file to write (mode 0600)") var out: String
    @Flag(help: "Replace the file if it exists") var force = false

    func run() async throws {
        let config = database.config()
        let file = try BackupCommand.sqliteFile(config.databaseURL, postgres: SQLiteBackup.postgresBackup)
        try printJSON(try await SQLiteBackup.write(database: file, to: out, replace: force,
                                                   busyTimeoutMilliseconds: config.sqliteBusyTimeoutMilliseconds))
    }

    /// The SQLite file behind a database URL, or the named error for PostgreSQL and memory.
    static func sqliteFile(_ url: String, postgres: AppError) throws -> String {
        if url.hasPrefix("postgres") { throw postgres }
        guard let file = DatabaseSetup.sqliteFile(url) else {
            throw AppError(.invalid, code: .backupNotAFile, message: "'\(url)' is not an SQLite file database",
                           vietnamese: "Chỉ sao lưu, khôi phục được cơ sở dữ liệu SQLite dạng tệp.")
        }
        return file
    }
}

/// `xaso restore FILE`: a backup becomes the database, which must be empty (a new file). Stop
/// the server first.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restore a backup into an empty SQLite database (refuses one that holds data).")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The backup file written by `xaso backup` or the server") var file: String

    static let postgresRestore = AppError(
        .invalid, code: .restorePostgres,
        message: "on PostgreSQL restore a pg_dump file with pg_restore (docs/operations.md, \"PostgreSQL\")",
        vietnamese: "Với PostgreSQL, khôi phục bằng pg_restore theo hướng dẫn trong docs/operations.md.")

    func run() async throws {
        let config = database.config()
        let target = try BackupCommand.sqliteFile(config.databaseURL, postgres: RestoreCommand.postgresRestore)
        try printJSON(try await SQLiteBackup.restore(backup: file, into: target,
                                                     busyTimeoutMilliseconds: config.sqliteBusyTimeoutMilliseconds))
    }
}
