import FluentKit
import SQLKit

/// Many rows in few statements, every value bound. The model layer reflects over each model's
/// properties, which costs more than the database itself once imports reach 100,000 rows.
enum SQLRows {
    /// Gives SQLite's page cache room for a large import on this connection (128 MB instead of 2 MB):
    /// with the default, inserting a million rows into indexed tables spends most of its time
    /// re-reading and re-writing index pages. PostgreSQL sizes its buffers server-side.
    static func prepareBulkWrite(on db: any SQLDatabase, cacheKiB: Int = 131_072) async throws {
        guard db.dialect.name == "sqlite" else { return }
        try await db.raw("PRAGMA cache_size = -\(unsafeRaw: String(cacheKiB))").run()
    }

    /// Multi-row INSERT; with `onConflict`, rows whose key exists update every other column except `keep`.
    static func insert(_ rows: [[any Encodable & Sendable]], into table: String, columns: [String],
                       onConflict key: [String]? = nil, keep: [String] = [], on db: any SQLDatabase) async throws {
        guard !rows.isEmpty else { return }
        // Both databases cap bound parameters (SQLite 32,766; PostgreSQL 65,535).
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            try await db.execute(sql: Statement(table: table, columns: columns, key: key, keep: keep, rows: chunk)) { _ in }
            start += perStatement
        }
    }

    struct Statement: SQLExpression {
        var table: String
        var columns: [String]
        var key: [String]?
        var keep: [String]
        var rows: ArraySlice<[any Encodable & Sendable]>

        func serialize(to serializer: inout SQLSerializer) {
            serializer.write("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ")
            var firstRow = true
            for row in rows {
                serializer.write(firstRow ? "(" : ",(")
                firstRow = false
                for (i, value) in row.enumerated() {
                    if i > 0 { serializer.write(",") }
                    serializer.write(bind: value)
                }
                serializer.write(")")
            }
            if let key {
                let updates = columns.filter { !key.contains($0) && !keep.contains($0) }
                    .map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
                serializer.write(" ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(updates)")
            }
        }
    }
}
