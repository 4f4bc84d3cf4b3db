import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// The login throttle's counts, shared by every server using the database.
extension XaSoStore {
    /// Failures within `window` for the folded username and for the address (0 without one).
    public func loginFailures(usernameKey: String, address: String?, window: TimeInterval,
                              now: Date = Date()) async throws -> (username: Int, address: Int) {
        let sql = try db.sqlDatabase()
        let since = now.timeIntervalSince1970 - window
        let rows = try await sql.raw("""
            SELECT scope, COUNT(*) AS n FROM login_failures
            WHERE ((scope = 'user' AND subject = \(bind: usernameKey)) OR (scope = 'address' AND subject = \(bind: address ?? "")))
            AND at > \(bind: since) GROUP BY scope
            """).all()
        var counts = (username: 0, address: 0)
        for row in rows {
            let n = try row.decode(column: "n", as: Int.self)
            switch try row.decode(column: "scope", as: String.self) {
            case "user": counts.username = n
            case "address" where address != nil: counts.address = n
            default: break
            }
        }
        return counts
    }

    /// Counts one failure against the name and the address; rows older than `window` are dropped
    /// on the way, so the table holds at most one window of failures.
    public func recordLoginFailure(usernameKey: String, address: String?, window: TimeInterval, now: Date = Date()) async throws {
        let at = now.timeIntervalSince1970
        try await db.writeTransaction { tx in
            let sql = try tx.sqlDatabase()
            try await sql.raw("DELETE FROM login_failures WHERE at <= \(bind: at - window)").run()
            try await sql.raw("INSERT INTO login_failures (id, scope, subject, at) VALUES (\(bind: UUID()), 'user', \(bind: usernameKey), \(bind: at))").run()
            if let address {
                try await sql.raw("INSERT INTO login_failures (id, scope, subject, at) VALUES (\(bind: UUID()), 'address', \(bind: address), \(bind: at))").run()
            }
        }
    }

    /// After a successful login: that name's count only. The address keeps its count, or a guesser
    /// holding one valid account could wipe it between tries.
    public func clearLoginFailures(usernameKey: String) async throws {
        try await db.sqlDatabase().raw("DELETE FROM login_failures WHERE scope = 'user' AND subject = \(bind: usernameKey)").run()
    }
}
