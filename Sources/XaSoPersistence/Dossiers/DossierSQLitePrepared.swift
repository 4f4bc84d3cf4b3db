import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit
import VaporCSQLite
import XaSoCore

/// SQLite's own fastest way in: an upsert of `rowsPerStep` rows prepared once per batch, then
/// bound, stepped and reset for each run of rows (the batch's last rows through a one-row
/// statement). SQLiteNIO prepares every query it is given, so its multi-row `VALUES` statements
/// (`DossierSQLiteBinds`) spent about a tenth of the import in SQLite's parser and code generator,
/// plus one `SQLiteData` value per cell; a one-row statement, as `sqlite3 .import` uses, opens the
/// table's and the indexes' cursors again for every row.
///
/// SQLiteNIO keeps the connection's `sqlite3*` private (`SQLiteConnection.handle.raw`): it is
/// read by reflection. Should a newer SQLiteNIO rename it, `write` answers false and the batch
/// goes through `DossierSQLiteBinds` as before. The statement runs on the connection's thread
/// pool, on the import transaction's connection, which nothing else uses meanwhile.
enum DossierSQLitePrepared {
    /// Writes a batch when `sql` is a SQLite connection whose handle can be reached; false otherwise.
    /// `allNew`: the commune held no dossier when the import began, so every code is new (a code
    /// repeated in the file is named by the import, which then rolls back): a plain insert, see
    /// `statement(rows:allNew:)`.
    static func write(_ batch: [Dossier], unitCode: String, allNew: Bool = false, on sql: any SQLDatabase) async throws -> Bool {
        guard let lite = ImmediateTransaction.sqlite(sql) else { return false }
        // In code order, as SQLite compares codes (bytes): the primary key's pages are then visited
        // once each per batch, not at random (sorted here, before the database's thread takes the
        // batch; PostgreSQL's `dossiers_code` is not on this path).
        let order = codeOrder(batch)
        // Inside `withConnection`: a pooled database lends the connection for that long only.
        return try await lite.withConnection { connection in
            guard let handle = handle(of: connection) else { return connection.eventLoop.makeSucceededFuture(false) }
            return NIOThreadPool.singleton.runIfActive(eventLoop: connection.eventLoop) {
                try run(batch, order: order, unitCode: unitCode, allNew: allNew, db: handle.pointer)
                return true
            }
        }.get()
    }

    /// The stored versions of `codes` in the commune's ledger (a re-import subtracts their counts),
    /// read column by column on the driver's handle: decoding a million rows through SQLKit's
    /// named-column rows cost several seconds. Nil when the handle cannot be reached.
    static func stored(unitCode: String, codes: [String], on sql: any SQLDatabase) async throws -> [Dossier]? {
        guard let lite = ImmediateTransaction.sqlite(sql) else { return nil }
        let json = JSONRows.jsonArray(of: codes)
        return try await lite.withConnection { connection in
            guard let handle = handle(of: connection) else { return connection.eventLoop.makeSucceededFuture(nil) }
            return NIOThreadPool.singleton.runIfActive(eventLoop: connection.eventLoop) { () throws -> [Dossier]? in
                try read(unitCode: unitCode, json: json, db: handle.pointer)
            }
        }.get()
    }

    private static func read(unitCode: String, json: String, db: OpaquePointer) throws -> [Dossier] {
        var stmt: OpaquePointer?
        let query = """
            SELECT code, procedure_code, channel, outcome, received_at, due_at, result_at, paid_online, entered_at,
            digitised, reused_digital_data FROM dossiers
            WHERE unit_code = ? AND code IN (SELECT value FROM json_each(?))
            """
        guard sqlite_nio_sqlite3_prepare_v2(db, query, -1, &stmt, nil) == SQLITE_OK, let stmt else {
            throw Failure(description: String(cString: sqlite_nio_sqlite3_errmsg(db)))
        }
        defer { sqlite_nio_sqlite3_finalize(stmt) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        sqlite_nio_sqlite3_bind_text(stmt, 1, unitCode, -1, transient)
        sqlite_nio_sqlite3_bind_text(stmt, 2, json, -1, transient)
        func text(_ i: Int32) -> String {
            guard let p = sqlite_nio_sqlite3_column_text(stmt, i) else { return "" }
            return String(cString: p)
        }
        func int(_ i: Int32) -> Int? {
            sqlite_nio_sqlite3_column_type(stmt, i) == SQLITE_NULL ? nil : Int(sqlite_nio_sqlite3_column_int64(stmt, i))
        }
        func time(_ i: Int32) -> LocalDateTime? { int(i).map { LocalDateTime(localSeconds: $0) } }
        func flag(_ i: Int32) -> Bool? { int(i).map { $0 != 0 } }
        var found: [Dossier] = []
        while true {
            let rc = sqlite_nio_sqlite3_step(stmt)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw Failure(description: String(cString: sqlite_nio_sqlite3_errmsg(db))) }
            // As `DossierRows.dossier` reads a row.
            found.append(Dossier(
                code: text(0), procedureCode: text(1), channel: SubmissionChannel(rawValue: text(2)) ?? .direct,
                receivedAt: LocalDateTime(localSeconds: int(4) ?? 0), dueAt: time(5), resultAt: time(6),
                outcome: DossierOutcome(rawValue: text(3)) ?? .inProgress, paidOnline: (int(7) ?? 0) != 0,
                enteredAt: time(8), digitised: flag(9), reusedDigitalData: flag(10)))
        }
        return found
    }

    /// The batch's indices in code order (bytes, as SQLite compares them): by the 16 bytes that
    /// follow the prefix every code of the batch shares (a commune's codes start alike: "90001-…"),
    /// packed into two integers, then by all bytes when those agree. Indices, not a sorted copy:
    /// copying the dossiers retained and released each one's strings.
    static func codeOrder(_ batch: [Dossier]) -> [Int] {
        guard let first = batch.first else { return [] }
        var shared = Array(first.code.utf8)
        for d in batch.dropFirst() where !shared.isEmpty {
            var n = 0
            for byte in d.code.utf8 {
                guard n < shared.count, shared[n] == byte else { break }
                n += 1
            }
            shared.removeLast(shared.count - n)
        }
        let skip = shared.count
        func key(_ code: String) -> (UInt64, UInt64) {
            var a: UInt64 = 0, b: UInt64 = 0, n = 0
            for byte in code.utf8.dropFirst(skip) {
                if n < 8 { a |= UInt64(byte) << (56 - 8 * n) } else if n < 16 { b |= UInt64(byte) << (56 - 8 * (n - 8)) } else { break }
                n += 1
            }
            return (a, b)
        }
        let keys = batch.map { key($0.code) }
        return batch.indices.sorted { i, j in
            if keys[i] != keys[j] { return keys[i] < keys[j] }
            return batch[i].code.utf8.lexicographicallyPrecedes(batch[j].code.utf8)
        }
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

    /// Rows per step of the prepared statement: enough that the cursors' opening is shared, few
    /// enough that preparing it is nothing (2,176 binds).
    static let rowsPerStep = 128

    /// The upsert of `rows` rows. With `allNew`, `INSERT OR IGNORE` without the upsert: a statement
    /// of several rows that may abort (a NOT NULL check, the upsert's update) keeps a statement journal,
    /// a copy of every page it changes (about a tenth of a first import's time, spilled to a temporary
    /// file); one that ignores conflicts cannot abort. Nothing is ignored in practice: every column
    /// that must not be null is bound, and a code repeated in the file fails the import.
    static func statement(rows: Int, allNew: Bool = false) -> String {
        let columns = DossierRows.dossierColumns
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let values = Array(repeating: tuple, count: rows).joined(separator: ",")
        if allNew { return "INSERT OR IGNORE INTO dossiers (\(columns.joined(separator: ", "))) VALUES \(values)" }
        let updates = columns.filter { $0 != "unit_code" && $0 != "code" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        return "INSERT INTO dossiers (\(columns.joined(separator: ", "))) VALUES \(values) ON CONFLICT (unit_code, code) DO UPDATE SET \(updates)"
    }

    /// Writes `batch` in the order of `order` (its indices).
    private static func run(_ batch: [Dossier], order: [Int], unitCode: String, allNew: Bool, db: OpaquePointer) throws {
        func prepare(rows: Int) throws -> OpaquePointer {
            var stmt: OpaquePointer?
            guard sqlite_nio_sqlite3_prepare_v2(db, statement(rows: rows, allNew: allNew), -1, &stmt, nil) == SQLITE_OK, let stmt else {
                throw Failure(description: String(cString: sqlite_nio_sqlite3_errmsg(db)))
            }
            return stmt
        }
        let many = batch.count >= rowsPerStep ? try prepare(rows: rowsPerStep) : nil
        defer { if let many { sqlite_nio_sqlite3_finalize(many) } }
        let one = try prepare(rows: 1)
        defer { sqlite_nio_sqlite3_finalize(one) }
        let texts = DossierSQLiteTexts(unitCode: unitCode)
        // SQLiteNIO opens connections serialized: every bind and step takes the connection's mutex
        // (18 times a row). Held once for the batch (it is recursive), each of those finds it ours.
        let mutex = sqlite_nio_sqlite3_db_mutex(db)
        sqlite_nio_sqlite3_mutex_enter(mutex)
        defer { sqlite_nio_sqlite3_mutex_leave(mutex) }
        func step(_ stmt: OpaquePointer, _ first: String) throws {
            let rc = sqlite_nio_sqlite3_step(stmt)
            guard rc == SQLITE_DONE else {
                let message = String(cString: sqlite_nio_sqlite3_errmsg(db))
                sqlite_nio_sqlite3_reset(stmt)
                throw Failure(description: "dossiers from \(first): \(message)")
            }
            // Reset keeps the bindings; every one is bound again before the next step.
            sqlite_nio_sqlite3_reset(stmt)
        }
        // Through a buffer pointer: indexing the array and passing a dossier on copied it (and
        // retained its strings) for every row.
        try batch.withUnsafeBufferPointer { rows in
            guard let base = rows.baseAddress else { return }
            let columns = DossierRows.dossierColumns.count
            var i = 0
            if let many {
                while i + rowsPerStep <= order.count {
                    texts.start(order[i..<(i + rowsPerStep)].lazy.map { base + $0 })
                    for r in 0..<rowsPerStep { texts.bind(base + order[i + r], to: many, from: Int32(r * columns + 1)) }
                    try step(many, rows[order[i]].code)
                    i += rowsPerStep
                }
            }
            while i < order.count {
                texts.start(CollectionOfOne(base + order[i]))
                texts.bind(base + order[i], to: one, from: 1)
                try step(one, rows[order[i]].code)
                i += 1
            }
        }
    }
}
