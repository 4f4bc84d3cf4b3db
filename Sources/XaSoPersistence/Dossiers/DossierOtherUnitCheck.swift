import FluentKit
import SQLKit
import XaSoCore

/// How an import finds codes already in another commune's ledger (dossier codes are national).
///
/// PostgreSQL (national scale, imports of other communes running alongside) looks codes up through
/// the `dossiers_code` index. SQLite holds a commune or a demo, and keeping that index up cost about a
/// fifth of the storage engine's time in a million-row import (docs/dossiers.md), so SQLite has no such
/// index (`DropDossierCodeIndexOnSQLite`): the communes that hold dossiers are listed when the import
/// begins, and each batch's codes are probed under each of them on the primary key (unit_code, code).
/// SQLite writers take turns (`BEGIN IMMEDIATE`), so the list cannot change before the import commits.
enum DossierOtherUnitCheck: Equatable, Sendable {
    /// No other commune has a dossier: nothing to check.
    case none
    /// Through `dossiers_code`, in any commune (PostgreSQL; SQLite once many communes hold dossiers).
    case byCode
    /// Under each of these communes, on the primary key (SQLite).
    case byKey([String])

    /// Beyond this many other communes with dossiers, probing each one's key costs more than keeping
    /// `dossiers_code` (about one probe against one index entry per row): SQLite then creates the
    /// index in the import's transaction, and it stays once an import commits.
    static let maxProbedUnits = 8

    /// The check for an import of `unitCode`, decided inside its write transaction.
    static func forImport(of unitCode: String, on sql: any SQLDatabase) async throws -> Self {
        guard sql.dialect.name == "sqlite" else { return .byCode }
        let others = try await unitsWithDossiers(besides: unitCode, upTo: maxProbedUnits + 1, on: sql)
        if others.isEmpty { return .none }
        if try await hasCodeIndex(on: sql) { return .byCode }
        if others.count <= maxProbedUnits { return .byKey(others) }
        try await sql.raw("CREATE INDEX IF NOT EXISTS dossiers_code ON dossiers (code)").run()
        return .byCode
    }

    /// Codes of `codes` found in another commune's ledger, with that commune (at most 50).
    func codesOfOtherUnits(_ codes: [String], unitCode: String, on sql: any SQLDatabase) async throws -> [String: String] {
        switch self {
        case .none:
            return [:]
        case .byCode:
            return try await Self.byCodeIndex(codes, unitCode: unitCode, on: sql)
        case .byKey(let units):
            // Both lists in one statement: SQLite walks the primary key for every (unit, code) pair.
            var found: [String: String] = [:]
            for row in try await sql.raw("""
                SELECT code, unit_code FROM dossiers
                WHERE unit_code IN (\(JSONRows.textList(units, on: sql))) AND code IN (\(JSONRows.textList(codes, on: sql))) LIMIT 50
                """).all() {
                found[try row.decode(column: "code", as: String.self)] = try row.decode(column: "unit_code", as: String.self)
            }
            return found
        }
    }

    /// Which of `codes` another commune's ledger holds (at most 50 named), by the `dossiers_code` index.
    private static func byCodeIndex(_ codes: [String], unitCode: String, on sql: any SQLDatabase) async throws -> [String: String] {
        var found: [String: String] = [:]
        for chunk in codes.chunked(20_000) {
            for row in try await sql.raw("""
                SELECT code, unit_code FROM dossiers WHERE code IN (\(JSONRows.textList(chunk, on: sql)))
                AND unit_code <> \(bind: unitCode) LIMIT 50
                """).all() {
                found[try row.decode(column: "code", as: String.self)] = try row.decode(column: "unit_code", as: String.self)
            }
            if !found.isEmpty { break }
        }
        return found
    }

    /// Up to `limit` communes other than `unitCode` with a dossier, one index seek each.
    static func unitsWithDossiers(besides unitCode: String, upTo limit: Int, on sql: any SQLDatabase) async throws -> [String] {
        var units: [String] = []
        var after: String? = nil
        while units.count < limit {
            let next: SQLQueryString = after.map { "SELECT MIN(unit_code) AS u FROM dossiers WHERE unit_code > \(bind: $0)" }
                ?? "SELECT MIN(unit_code) AS u FROM dossiers"
            guard let row = try await sql.raw(next).first(), !(try row.decodeNil(column: "u")) else { break }
            let unit = try row.decode(column: "u", as: String.self)
            if unit != unitCode { units.append(unit) }
            after = unit
        }
        return units
    }

    static func hasCodeIndex(on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT 1 AS one FROM sqlite_master WHERE type = 'index' AND name = 'dossiers_code'").first() != nil
    }
}
