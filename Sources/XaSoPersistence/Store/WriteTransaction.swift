import FluentKit
import FluentSQLiteDriver
import SQLKit

extension Database {
    /// A transaction that writes: the one way the store begins one.
    ///
    /// On SQLite it begins with `BEGIN IMMEDIATE`, taking the write lock before the first read
    /// (waiting for it without holding a thread: `SQLiteWriteLock`).
    /// Fluent's `BEGIN` is deferred: a transaction that reads and then writes holds a read
    /// snapshot, and when another connection (the API's other event loop, or a CLI import in
    /// another process) commits first, SQLite cannot upgrade it and answers `busy` or
    /// `busyInSnapshot` at once, without waiting. Taken first, the lock is waited for (up to the
    /// connection's `PRAGMA busy_timeout`, set on every connection by the app), so writers queue.
    ///
    /// On PostgreSQL it is an ordinary transaction; `serializing`, when given, also takes a
    /// transaction-scoped advisory lock on that key, so that writers which read before they
    /// write (counts, "is it new?") queue there as they do on SQLite.
    /// Inside a transaction it simply runs `body` in it.
    public func writeTransaction<T: Sendable>(serializing key: String? = nil,
                                              _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction { return try await body(self) }
        guard let sql = self as? any SQLDatabase else { return try await transaction(body) }
        if sql.dialect.name != "sqlite" {
            return try await transaction { tx in
                if let key, let sql = tx as? any SQLDatabase {
                    try await sql.raw("SELECT pg_advisory_xact_lock(hashtext(\(bind: key)))").run()
                }
                return try await body(tx)
            }
        }
        return try await withConnection { connection in
            let tx = ImmediateTransaction(base: connection, sql: try connection.sqlDatabase())
            try await SQLiteWriteLock.begin(tx.sql)
            do {
                let result = try await body(tx)
                try await tx.sql.raw("COMMIT").run()
                return result
            } catch {
                try? await tx.sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}

/// One SQLite connection inside a `BEGIN IMMEDIATE` transaction: everything runs on that
/// connection, and a nested `transaction` (a store function calling another) joins it instead of
/// beginning again. Fluent's own transaction database cannot be made from outside the driver.
struct ImmediateTransaction: Database, SQLDatabase {
    let base: any Database
    let sql: any SQLDatabase

    var context: DatabaseContext { base.context }
    var inTransaction: Bool { true }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        base.execute(query: query, onOutput: onOutput)
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    // SQLDatabase: the same connection.
    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var dialect: any SQLDialect { sql.dialect }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        sql.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sql.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }
}

/// `BEGIN IMMEDIATE`, waiting for the write lock by retrying with a growing pause rather than in
/// SQLite's busy handler: that handler sleeps on one of the few threads every SQLite call runs
/// on (two on a two-core server), and when the waiters hold them all, the writer that has the
/// lock cannot run its next statement until they time out. Once held, nothing in a WAL write
/// transaction waits again. The connection's `busy_timeout` is the bound, as for any statement.
enum SQLiteWriteLock {
    static func begin(_ sql: any SQLDatabase) async throws {
        let timeout = try await sql.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self) ?? 0
        try await sql.raw("PRAGMA busy_timeout = 0").run()
        let started = ContinuousClock.now
        var pause = 1
        do {
            while true {
                do {
                    try await sql.raw("BEGIN IMMEDIATE").run()
                    break
                } catch let error as SQLiteError where isBusy(error) {
                    guard ContinuousClock.now - started < .milliseconds(timeout) else { throw error }
                    try await Task.sleep(for: .milliseconds(pause))
                    pause = min(pause * 2, 50)
                }
            }
        } catch {
            try? await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(timeout))").run()
            throw error
        }
        try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(timeout))").run()
    }

    static func isBusy(_ error: SQLiteError) -> Bool {
        switch error.reason {
        case .busy, .busyTimeout, .busyInRecovery, .busyInSnapshot: return true
        default: return false
        }
    }
}

extension ImmediateTransaction {
    /// The SQLite connection behind `sql`, used directly or inside XaSo's write transaction; nil on
    /// any other database. The bulk dossier writers reach the driver through it.
    static func sqlite(_ sql: any SQLDatabase) -> (any SQLiteDatabase)? {
        if let direct = sql as? any SQLiteDatabase { return direct }
        if let tx = sql as? ImmediateTransaction { return tx.sql as? any SQLiteDatabase }
        return nil
    }
}
