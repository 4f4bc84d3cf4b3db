import FluentKit
import FluentPostgresDriver
import Foundation
import NIOCore
import SQLKit
import XaSoCore

/// PostgreSQL's fastest way in: `COPY … FROM STDIN` into a staging table, then one upsert from it.
/// A staging table because COPY cannot update: a re-import changes known codes.
enum DossierCopy {
    /// Writes a batch through COPY when `sql` is a PostgreSQL connection; false otherwise.
    static func write(_ batch: [Dossier], unitCode: String, on sql: any SQLDatabase) async throws -> Bool {
        guard sql.dialect.name == "postgresql", let postgres = sql as? any PostgresDatabase else { return false }
        // Dropped at the end of the transaction: nothing is left in a pooled connection.
        try await sql.raw("""
            CREATE TEMP TABLE IF NOT EXISTS dossiers_staging (LIKE dossiers INCLUDING DEFAULTS) ON COMMIT DROP
            """).run()
        try await sql.raw("TRUNCATE dossiers_staging").run()
        let columns = DossierRows.dossierColumns
        var text = ByteBuffer()
        text.reserveCapacity(batch.count * 160)
        for d in batch {
            for (i, cell) in DossierRows.cells(d, unitCode: unitCode).enumerated() {
                if i > 0 { text.writeInteger(UInt8(ascii: "\t")) }
                switch cell {
                case .null: text.writeString("\\N")
                case .int(let n): text.writeString(String(n))
                case .text(let s): appendCopyText(s, to: &text)
                }
            }
            text.writeInteger(UInt8(ascii: "\n"))
        }
        let payload = text
        try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                try await connection.copyFrom(table: "dossiers_staging", columns: columns, logger: connection.logger) { writer in
                    try await writer.write(payload)
                }
            }
        }.get()
        let names = columns.joined(separator: ", ")
        let updates = columns.filter { $0 != "unit_code" && $0 != "code" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        try await sql.raw("""
            INSERT INTO dossiers (\(unsafeRaw: names)) SELECT \(unsafeRaw: names) FROM dossiers_staging
            ON CONFLICT (unit_code, code) DO UPDATE SET \(unsafeRaw: updates)
            """).run()
        return true
    }

    /// COPY's text format: backslash, tab, line feed and carriage return escaped; the rest as it is.
    private static func appendCopyText(_ s: String, to out: inout ByteBuffer) {
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out.writeString("\\\\")
            case UInt8(ascii: "\t"): out.writeString("\\t")
            case UInt8(ascii: "\n"): out.writeString("\\n")
            case UInt8(ascii: "\r"): out.writeString("\\r")
            default: out.writeInteger(byte)
            }
        }
    }
}
