import FluentKit
import Foundation
import SQLKit
import XaSoCore
import XaSoStorage

extension XaSoStore {
    public typealias DossierImportSummary = XaSoStorage.DossierImportSummary

    var sql: any SQLDatabase { get throws { try db.sqlDatabase() } }

        /// The unit must be a commune (catalogues and ledgers belong to one) and the actor allowed to import for it.
    public func requireDossierWrite(_ actor: Principal, unitCode: String) async throws {
        let unit = try await requireUnit(unitCode)
        guard unit.level == .commune else {
            throw AppError(.invalid, code: .dossierUnitNotCommune, message: "unit \(unitCode) is not a commune or ward",
                           vietnamese: "Danh mục thủ tục và hồ sơ thuộc về một xã, phường.")
        }
        guard AccessPolicy.canImportDossiers(actor, unitCode: unitCode) else {
            throw AppError.forbidden("you may not import dossiers for unit \(unitCode)")
        }
    }

    /// A commune's procedure catalogue, by code.
    public func procedures(unitCode: String) async throws -> [Procedure] {
        try await sql.raw("SELECT code, name, field, level, has_fee, online_payment FROM procedures WHERE unit_code = \(bind: unitCode) ORDER BY code")
            .all().map { row in
                Procedure(code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                          field: try row.decode(column: "field", as: String.self),
                          level: OnlineServiceLevel(rawValue: try row.decode(column: "level", as: String.self)) ?? .direct,
                          hasFee: try row.decode(column: "has_fee", as: Int.self) != 0,
                          onlinePaymentIntegrated: try row.decode(column: "online_payment", as: Int.self) != 0)
            }
    }

    /// Adds or updates procedures by code; procedures not in the file stay (old dossiers name them).
    public func importProcedures(_ list: [Procedure], unitCode: String, actor: Principal) async throws -> DossierImportSummary {
        try await requireDossierWrite(actor, unitCode: unitCode)
        let now = Date()
        let rows: [[any Encodable & Sendable]] = list.map {
            [unitCode, $0.code, $0.name, $0.field, $0.level.rawValue, $0.hasFee ? 1 : 0, $0.onlinePaymentIntegrated ? 1 : 0, now]
        }
        // "Which are new" is read inside the write transaction: a concurrent import cannot slip in between.
        let inserted = try await db.writeTransaction(serializing: "procedures:\(unitCode)") { tx in
            let sql = try tx.sqlDatabase()
            let existing = Set(try await XaSoStore(db: tx).procedures(unitCode: unitCode).map(\.code))
            let inserted = Set(list.map(\.code)).subtracting(existing).count
            try await SQLRows.insert(rows, into: "procedures",
                                     columns: ["unit_code", "code", "name", "field", "level", "has_fee", "online_payment", "updated_at"],
                                     onConflict: ["unit_code", "code"], on: sql)
            try await audit(on: tx, actor: actor.username, action: "import", entity: "procedures", key: unitCode, before: nil,
                            after: "{\"rows\":\(list.count),\"inserted\":\(inserted)}")
            return inserted
        }
        return DossierImportSummary(unitCode: unitCode, rows: list.count, inserted: inserted, updated: list.count - inserted)
    }

    /// Adds or updates dossiers by code in one transaction: all or nothing.
    public func importDossiers(_ list: [Dossier], unitCode: String, actor: Principal) async throws -> DossierImportSummary {
        try await importDossiers(unitCode: unitCode, actor: actor) { sink in try await sink.write(list) }
    }

    /// Adds or updates dossiers by code, handed over in batches by `produce` inside one write
    /// transaction: an export of any size is stored in bounded memory, and if `produce` throws
    /// (a bad row found late in the file), nothing is stored.
    public func importDossiers(unitCode: String, actor: Principal,
                               produce: @escaping @Sendable (any DossierImportSink) async throws -> Void) async throws -> DossierImportSummary {
        try await requireDossierWrite(actor, unitCode: unitCode)
        // Both counts inside the write transaction: counted outside it, a concurrent import of the
        // same file once made "updated" -100000.
        let (rows, inserted) = try await db.writeTransaction(serializing: "dossiers:\(unitCode)") { tx in
            let sql = try tx.sqlDatabase()
            let store = XaSoStore(db: tx)
            let before = try await store.dossierCount(unitCode: unitCode)
            // 32 MB of page cache: a million-row import took as long as with 128 MB (its indexes
            // outgrow either), and the import's memory stays bounded (docs/dossiers.md).
            try await SQLRows.prepareBulkWrite(on: sql, cacheKiB: 32_768)
            let sink = SQLDossierImportSink(sql: sql, unitCode: unitCode, hasStoredDossiers: before > 0,
                                            otherUnits: try await DossierOtherUnitCheck.forImport(of: unitCode, on: sql))
            try await produce(sink)
            try await sink.finish()
            try await audit(on: tx, actor: actor.username, action: "import", entity: "dossiers", key: unitCode, before: nil,
                            after: "{\"rows\":\(sink.rows)}")
            return (sink.rows, try await store.dossierCount(unitCode: unitCode) - before)
        }
        return DossierImportSummary(unitCode: unitCode, rows: rows, inserted: inserted, updated: rows - inserted)
    }

    /// Whether the commune keeps its ledger in XaSo: one row is enough to know.
    public func hasDossiers(unitCode: String) async throws -> Bool {
        try await sql.raw("SELECT 1 AS one FROM dossiers WHERE unit_code = \(bind: unitCode) LIMIT 1").first() != nil
    }

    public func dossierCount(unitCode: String) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM dossiers WHERE unit_code = \(bind: unitCode)").first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// The dossiers that matter for a range: received by its end and not finished before its start.
    /// Reads the commune's rows through its key (no index on end days since `ReplaceDossierEndDayIndex`):
    /// for checks and tools; the pages read counts and the late list.
    public func dossiers(unitCode: String, range: DayRange) async throws -> [Dossier] {
        try await sql.raw("""
            SELECT * FROM dossiers WHERE unit_code = \(bind: unitCode)
            AND end_day >= \(bind: range.from.dayNumber) AND received_day <= \(bind: range.to.dayNumber) ORDER BY code
            """).all().map(DossierRows.dossier)
    }

    /// The dossiers behind `late` and `in_progress_late`, with why each counts as late: the core
    /// judges the few rows that can be late (read through `dossiers_late`).
    public func lateDossiers(unitCode: String, range: DayRange) async throws -> [LateDossier] {
        let candidates = try await sql.raw(Self.lateCandidates(unitCode: unitCode, range: range)).all().map(DossierRows.dossier)
        return DossierStatistics.lateDossiers(procedures: try await procedures(unitCode: unitCode), dossiers: candidates, range: range)
    }

    /// The query's filter repeats the partial index's condition word for word: SQLite uses a partial
    /// index only when the query's WHERE holds the index's terms.
    static func lateCandidates(unitCode: String, range: DayRange) -> SQLQueryString {
        """
        SELECT * FROM dossiers WHERE unit_code = \(bind: unitCode) AND \(unsafeRaw: DossierRows.canBeLate)
        AND end_day >= \(bind: range.from.dayNumber) AND received_day <= \(bind: range.to.dayNumber) ORDER BY code
        """
    }
}
