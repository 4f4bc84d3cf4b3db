import Foundation
import SQLiteNIO
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

/// A scratch folder for SQLite files, removed afterwards.
func withScratchFolder(_ body: (URL) async throws -> Void) async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try await body(dir)
}

/// An app on `url` (migrated and seeded; reset first only when asked, as the first of several apps
/// on one PostgreSQL database is).
func withAppOn(_ url: String, reset: Bool, sample: Bool = false, backups: BackupSettings? = nil,
               _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .error
    do {
        var config = AppConfig(databaseURL: url, sample: sample, announceAdminPassword: false)
        config.resetDatabase = reset
        if let backups { config.backups = backups }
        try await configure(app, config)
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// The database concurrent writers are tested on: PostgreSQL when the suite runs on it, otherwise
/// an SQLite FILE in `dir` (an in-memory database has no file lock to contend for).
func writersDatabaseURL(in dir: URL) -> String {
    TestDatabase.url.hasPrefix("postgres") ? TestDatabase.url : "sqlite://" + dir.appendingPathComponent("writers.sqlite").path
}

/// Every table of an SQLite file: its schema entry and its rows, each row rendered column by
/// column (blobs in hex), sorted, so two files compare whatever the physical row order.
func sqliteContents(_ path: String) async throws -> [String: [String]] {
    let connection = try await SQLiteConnection.open(storage: .file(path: path))
    do {
        var contents: [String: [String]] = [:]
        let schema = try await connection.query("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        contents["sqlite_master"] = schema.map(render)
        for row in schema where row.column("type")?.string == "table" {
            guard let name = row.column("name")?.string, !name.hasPrefix("sqlite_") else { continue }
            let rows = try await connection.query("SELECT * FROM \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
            contents[name] = rows.map(render).sorted()
        }
        try await connection.close()
        return contents
    } catch {
        try? await connection.close()
        throw error
    }
}

private func render(_ row: SQLiteRow) -> String {
    row.columns.map { column in
        let value: String
        switch column.data {
        case .integer(let n): value = "i:\(n)"
        case .float(let d): value = "f:\(d)"
        case .text(let t): value = "t:\(t)"
        case .blob(let buffer): value = "b:" + buffer.readableBytesView.map { String(format: "%02x", $0) }.joined()
        case .null: value = "null"
        }
        return "\(column.name)=\(value)"
    }.joined(separator: "|")
}
