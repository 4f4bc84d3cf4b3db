import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit
import VaporCSQLite
import XaSoCore

/// SQLite's own fastest way in, as `sqlite3 .import` does it: one single-row upsert prepared once
/// per batch, then bound, stepped and reset for each dossier. SQLiteNIO prepares every query it
/// is given, so a multi-row `VALUES` statement (`DossierSQLiteBinds`) spent about a tenth of the
/// import in SQLite's parser and code generator, plus one `SQLiteData` value per cell.
///
/// SQLiteNIO keeps the connection's `sqlite3*` private (`SQLiteConnection.handle.raw`): it is
/// read by reflection. Should a newer SQLiteNIO rename it, `write` answers false and the batch
/// goes through `DossierSQLiteBinds` as before. The statement runs on the connection's thread
/// pool, on the import transaction's connection, which nothing else uses meanwhile.
enum DossierSQLitePrepared {
    /// Writes a batch when `sql` is a SQLite connection whose handle can be reached; false otherwise.
    static func write(_ batch: [Dossier], unitCode: String, on sql: any SQLDatabase) async throws -> Bool {
        let lite: any SQLiteDatabase
        if let direct = sql as? any SQLiteDatabase {
            lite = direct
        } else if let tx = sql as? ImmediateTransaction, let inner = tx.sql as? any SQLiteDatabase {
            lite = inner
        } else {
            return false
        }
        // Inside `withConnection`: a pooled database lends the connection for that long only.
        return try await lite.withConnection { connection in
            guard let handle = handle(of: connection) else { return connection.eventLoop.makeSucceededFuture(false) }
            return NIOThreadPool.singleton.runIfActive(eventLoop: connection.eventLoop) {
                try run(batch, unitCode: unitCode, db: handle.pointer)
                return true
            }
        }.get()
    }

    /// The raw handle, or nil when SQLiteNIO no longer has it where this looks.
    static func handle(of connection: SQLiteConnection) -> Handle? {
        guard let box = Mirror(reflecting: connection).children.first(where: { $0.label == "handle" })?.value,
              let raw = Mirror(reflecting: box).children.first(where: { $0.label == "raw" })?.value as? OpaquePointer
        else { return nil }
        return Handle(pointer: raw)
    }

    /// The handle crosses to the thread pool; the connection is used by one task at a time.
    struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let statement: String = {
        let columns = DossierRows.dossierColumns
        let updates = columns.filter { $0 != "unit_code" && $0 != "code" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ",")
        return "INSERT INTO dossiers (\(columns.joined(separator: ", "))) VALUES (\(marks)) ON CONFLICT (unit_code, code) DO UPDATE SET \(updates)"
    }()

    private static func run(_ batch: [Dossier], unitCode: String, db: OpaquePointer) throws {
        var stmt: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(db, statement, -1, &stmt, nil) == SQLITE_OK, let stmt else {
            throw Failure(description: String(cString: sqlite_nio_sqlite3_errmsg(db)))
        }
        defer { sqlite_nio_sqlite3_finalize(stmt) }
        // SQLite copies each text (SQLITE_TRANSIENT): the Swift strings need not outlive the call.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        func text(_ i: Int32, _ s: String) {
            var s = s
            s.withUTF8 { bytes in
                _ = bytes.withMemoryRebound(to: CChar.self) {
                    sqlite_nio_sqlite3_bind_text64(stmt, i, $0.baseAddress, UInt64($0.count), transient, UInt8(SQLITE_UTF8))
                }
            }
        }
        func int(_ i: Int32, _ v: Int?) {
            if let v { sqlite_nio_sqlite3_bind_int64(stmt, i, Int64(v)) } else { sqlite_nio_sqlite3_bind_null(stmt, i) }
        }
        text(1, unitCode)
        for d in batch {
            // In `DossierRows.dossierColumns` order, as `DossierRows.cells` gives them.
            let finished = d.outcome.isFinished ? d.resultAt : nil
            text(2, d.code)
            text(3, d.procedureCode)
            text(4, d.channel.rawValue)
            text(5, d.outcome.rawValue)
            int(6, d.receivedAt.localSeconds)
            int(7, d.receivedAt.dayNumber)
            int(8, d.dueAt?.localSeconds)
            int(9, d.dueAt?.dayNumber)
            int(10, d.resultAt?.localSeconds)
            int(11, d.resultAt?.dayNumber)
            int(12, finished?.dayNumber ?? DossierRows.openEndDay)
            int(13, d.paidOnline ? 1 : 0)
            int(14, d.enteredAt?.localSeconds)
            int(15, d.enteredAt?.dayNumber)
            int(16, d.digitised.map { $0 ? 1 : 0 })
            int(17, d.reusedDigitalData.map { $0 ? 1 : 0 })
            let rc = sqlite_nio_sqlite3_step(stmt)
            guard rc == SQLITE_DONE else {
                let message = String(cString: sqlite_nio_sqlite3_errmsg(db))
                sqlite_nio_sqlite3_reset(stmt)
                throw Failure(description: "dossier \(d.code): \(message)")
            }
            // Reset keeps the bindings: the unit code bound once stays.
            sqlite_nio_sqlite3_reset(stmt)
        }
    }
}
