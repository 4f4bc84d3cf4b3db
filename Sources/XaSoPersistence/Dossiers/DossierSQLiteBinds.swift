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
        guard let lite = ImmediateTransaction.sqlite(sql) else { return false }
        var start = 0
        while start < batch.count {
            let chunk = batch[start..<min(start + rowsPerStatement, batch.count)]
            var binds: [SQLiteData] = []
            binds.reserveCapacity(chunk.count * DossierRows.dossierColumns.count)
            for d in chunk { appendBinds(d, unitCode: unitCode, to: &binds) }
            try await lite.query(chunk.count == rowsPerStatement ? fullStatement : statement(rows: chunk.count), binds, { _ in })
            start += rowsPerStatement
        }
        return true
    }

    /// SQLite binds at most 32,766 values in one statement.
    static let rowsPerStatement = 32_766 / DossierRows.dossierColumns.count
    static let fullStatement = statement(rows: rowsPerStatement)

    static func statement(rows: Int) -> String {
        let columns = DossierRows.dossierColumns
        let updates = columns.filter { $0 != "unit_code" && $0 != "code" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let values = Array(repeating: tuple, count: rows).joined(separator: ",")
        return "INSERT INTO dossiers (\(columns.joined(separator: ", "))) VALUES \(values) ON CONFLICT (unit_code, code) DO UPDATE SET \(updates)"
    }

    /// A dossier's values in `DossierRows.dossierColumns` order, as `DossierRows.cells` gives them.
    @inline(__always)
    static func appendBinds(_ d: Dossier, unitCode: String, to binds: inout [SQLiteData]) {
        func int(_ v: Int?) -> SQLiteData { v.map(SQLiteData.integer) ?? .null }
        binds.append(.text(unitCode))
        binds.append(.text(d.code))
        binds.append(.text(d.procedureCode))
        binds.append(.text(d.channel.rawValue))
        binds.append(.text(d.outcome.rawValue))
        binds.append(.integer(d.receivedAt.localSeconds))
        binds.append(.integer(d.receivedAt.dayNumber))
        binds.append(int(d.dueAt?.localSeconds))
        binds.append(int(d.dueAt?.dayNumber))
        binds.append(int(d.resultAt?.localSeconds))
        binds.append(int(d.resultAt?.dayNumber))
        binds.append(.integer(DossierRows.endDay(d)))
        binds.append(.integer(d.paidOnline ? 1 : 0))
        binds.append(int(d.enteredAt?.localSeconds))
        binds.append(int(d.enteredAt?.dayNumber))
        binds.append(int(d.digitised.map { $0 ? 1 : 0 }))
        binds.append(int(d.reusedDigitalData.map { $0 ? 1 : 0 }))
    }
}
