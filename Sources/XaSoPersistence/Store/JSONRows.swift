import FluentKit
import SQLKit

/// Bulk upserts that send each chunk of rows as one JSON text bound once, which the database unpacks
/// itself (SQLite `json_each`, PostgreSQL `json_array_elements`). Binding every value through SQLKit
/// cost more than the database's own work for a million-row dossier ledger.
struct JSONRows {
    enum Cell {
        case text(String)
        case int(Int)
        case null
    }

    /// A column and the type PostgreSQL casts its JSON text to (SQLite keeps JSON's own types).
    struct Column {
        var name: String
        var postgresType: String
    }

    let table: String
    let columns: [Column]
    let key: [String]
    /// Rows per statement: a few megabytes of JSON.
    var rowsPerStatement = 20_000
    /// On a known key, add the new values to the stored ones instead of replacing them (counts).
    var additive = false

    func upsert<Rows: Collection>(_ rows: Rows, on db: any SQLDatabase, cells: (Rows.Element) -> [Cell]) async throws {
        var json = ""
        var count = 0
        for row in rows {
            json += count == 0 ? "[" : ","
            Self.append(cells(row), to: &json)
            count += 1
            if count == rowsPerStatement {
                try await run(json + "]", on: db)
                json = ""
                count = 0
            }
        }
        if count > 0 { try await run(json + "]", on: db) }
    }

    private func run(_ json: String, on db: any SQLDatabase) async throws {
        let names = columns.map(\.name).joined(separator: ", ")
        let updates = columns.map(\.name).filter { !key.contains($0) }
            .map { additive ? "\($0) = \(table).\($0) + excluded.\($0)" : "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let conflict = "ON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE SET \(updates)"
        if db.dialect.name == "sqlite" {
            let values = columns.indices.map { "value ->> \($0)" }.joined(separator: ", ")
            // "WHERE true" tells SQLite's parser the ON CONFLICT belongs to the INSERT, not a join.
            try await db.raw("INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: names)) SELECT \(unsafeRaw: values) FROM json_each(\(bind: json)) WHERE true \(unsafeRaw: conflict)").run()
        } else {
            let values = columns.enumerated().map { "(e ->> \($0.offset))::\($0.element.postgresType)" }.joined(separator: ", ")
            try await db.raw("INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: names)) SELECT \(unsafeRaw: values) FROM json_array_elements(\(bind: json)::json) AS e \(unsafeRaw: conflict)").run()
        }
    }

    /// A subquery listing `strings`, bound as one JSON text (for `IN (…)`): one bind whatever the count.
    static func textList(_ strings: some Sequence<String>, on db: any SQLDatabase) -> SQLQueryString {
        let json = jsonArray(of: strings)
        return db.dialect.name == "sqlite" ? "SELECT value FROM json_each(\(bind: json))"
                                           : "SELECT json_array_elements_text(\(bind: json)::json)"
    }

    /// A JSON array of strings, for binding a list of keys as one value.
    static func jsonArray(of strings: some Sequence<String>) -> String {
        var out = "["
        for (i, s) in strings.enumerated() {
            if i > 0 { out += "," }
            appendString(s, to: &out)
        }
        return out + "]"
    }

    static func append(_ cells: [Cell], to out: inout String) {
        out += "["
        for (i, cell) in cells.enumerated() {
            if i > 0 { out += "," }
            switch cell {
            case .int(let n): out += String(n)
            case .null: out += "null"
            case .text(let s): appendString(s, to: &out)
            }
        }
        out += "]"
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else as it is.
    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var i = runStart
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 {
                out += s[runStart..<i]
                switch b {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                default:
                    let hex = String(b, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                runStart = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += s[runStart..<utf8.endIndex]
        out += "\""
    }
}
