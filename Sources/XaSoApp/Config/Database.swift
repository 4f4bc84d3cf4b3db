import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor
import XaSoCore

enum DatabaseSetup {
    /// Chooses the driver from the URL: SQLite is the embedded default, PostgreSQL when the URL says so.
    static func configure(_ app: Application, url: String) throws {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            var config = try SQLPostgresConfiguration(url: url)
            config.searchPath = ["public"]
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

    static func invalid(_ url: String) -> AppError {
        AppError(.invalid, code: "config.database_url",
                 message: "unsupported database URL '\(url)': use sqlite://FILE, sqlite::memory: or postgres://USER:PASS@HOST:PORT/DB",
                 vietnamese: "Địa chỉ cơ sở dữ liệu không hợp lệ.")
    }
}
