import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit
import XaSoCore

/// SQLite's fastest way in from Swift: multi-row `INSERT … VALUES (?, …), …` with the values bound
/// straight to SQLite (no SQL text built per value, no JSON text re-parsed for every cell, as the
/// `json_each` path does: 17 extractions a row).
enum DossierSQLiteBinds {
    /// Writes a batch when `sql` is a SQLite connection (directly or inside XaSo's write transaction); false otherwise.
    static func write(_ batch: [Dossier], unitCode: String, on sql: any SQLDatabase) async throws -> Bool {
        let lite: any SQLiteDatabase
        if let direct = sql as? any SQLiteDatabase {
            lite = direct
        } else if let tx = sql as? ImmediateTransaction, let inner = tx.sql as? any SQLiteDatabase {
            lite = inner
        } else {
            return false
        }
        let columns = DossierRows.dossierColumns
        // SQLite binds at most 32,766 values in one statement.
        let perStatement = 32_766 / columns.count
        let names = columns.joined(separator: ", ")
        let updates = columns.filter { $0 != "unit_code" && $0 != "code" }.map { "\($0) = excluded.\($0)" }
            .joined(separator: ", ")
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        var start = 0
        while start < batch.count {
            let chunk = batch[start..<min(start + perStatement, batch.count)]
            var binds: [SQLiteData] = []
            binds.reserveCapacity(chunk.count * columns.count)
            for d in chunk {
                for cell in DossierRows.cells(d, unitCode: unitCode) {
                    switch cell {
                    case .text(let s): binds.append(.text(s))
                    case .int(let n): binds.append(.integer(n))
                    case .null: binds.append(.null)
                    }
                }
            }
            let values = Array(repeating: tuple, count: chunk.count).joined(separator: ",")
            try await lite.query("""
                INSERT INTO dossiers (\(names)) VALUES \(values) ON CONFLICT (unit_code, code) DO UPDATE SET \(updates)
                """, binds, { _ in })
            start += perStatement
        }
        return true
    }
}
