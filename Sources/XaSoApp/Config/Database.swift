import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor
import XaSoCore

enum DatabaseSetup {
    /// Chooses the driver from the URL: SQLite is the embedded default, PostgreSQL when the URL says so.
    static func configure(_ app: Application, url: String) throws {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            var config = try SQLPostgresConfiguration(url: url)
            config.searchPath = ["public"]
            // The dossier statistics sum a period's count rows per commune and procedure in memory:
            // about 0.1 M pairs for the country, 48 MB of hash table. At PostgreSQL's default 4 MB the
            // planner sorts them on disk instead, twice as slow (docs/dossiers.md). Per connection,
            // so a server's own setting stays the default for every other client.
            config.coreConfiguration.options.additionalStartupParameters.append(("work_mem", "32MB"))
            app.databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: 4), as: .psql)
        } else if url == "sqlite::memory:" || url == "sqlite://:memory:" {
            app.databases.use(.sqlite(.memory), as: .sqlite)
        } else if url.hasPrefix("sqlite://") {
            let path = String(url.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw invalid(url) }
            try DatabaseFilePermissions.restrict(path: path)
            // One writer at a time; WAL lets readers go on while an import writes.
            app.databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 1, connectionPoolTimeout: .seconds(30),
                                      sqlLogLevel: .debug), as: .sqlite)
        } else {
            throw invalid(url)
        }
    }

    /// Every pooled SQLite connection (one per event loop) gets a busy timeout, so a writer waits
    /// for another's lock (a second request, a CLI import) instead of failing; the driver's own
    /// busy handler retries at once, forever, spinning a core. Then WAL, so readers go on while
    /// one writes, and synchronous=NORMAL, safe with WAL; both pragmas are per connection except
    /// journal_mode. In-memory databases have no file to lock.
    static func prepareSQLite(_ app: Application, _ config: AppConfig) async throws {
        guard app.databases.configuration(for: .sqlite) != nil, config.databaseURL != "sqlite::memory:",
              config.databaseURL != "sqlite://:memory:" else { return }
        let timeout = max(0, config.sqliteBusyTimeoutMilliseconds)
        for loop in app.eventLoopGroup.makeIterator() {
            guard let db = app.databases.database(.sqlite, logger: app.logger, on: loop) else { continue }
            try await db.withConnection { connection in
                let sql = try connection.sqlDatabase()
                try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(timeout))").run()
                try await sql.raw("PRAGMA journal_mode = WAL").run()
                try await sql.raw("PRAGMA synchronous = NORMAL").run()
            }
        }
    }

    /// The file of an `sqlite://FILE` URL; nil for in-memory and PostgreSQL databases.
    static func sqliteFile(_ url: String) -> String? {
        guard url.hasPrefix("sqlite://"), url != "sqlite://:memory:" else { return nil }
        let path = String(url.dropFirst("sqlite://".count))
        return path.isEmpty ? nil : path
    }

    static func invalid(_ url: String) -> AppError {
        AppError(.invalid, code: .configDatabaseUrl,
                 message: "unsupported database URL '\(url)': use sqlite://FILE, sqlite::memory: or postgres://USER:PASS@HOST:PORT/DB",
                 vietnamese: "Địa chỉ cơ sở dữ liệu không hợp lệ.")
    }
}
