import FluentKit
import Foundation
import SQLKit
import XaSoCore
import XaSoStorage

/// Where an import hands its dossiers, batch by batch, inside the import's transaction; each batch
/// moves the day counts by the difference it makes.
///
/// Unchecked Sendable: one import task owns it from start to end and calls it in sequence.
public final class SQLDossierImportSink: DossierImportSink, @unchecked Sendable {
    private let sql: any SQLDatabase
    private let unitCode: String
    private let hasStoredDossiers: Bool
    public private(set) var rows = 0

    init(sql: any SQLDatabase, unitCode: String, hasStoredDossiers: Bool) {
        self.sql = sql
        self.unitCode = unitCode
        self.hasStoredDossiers = hasStoredDossiers
    }

    /// Stores a batch (new codes added, known codes updated) and moves the day counts by the
    /// difference. Throws `DossierCodesOfOtherUnit` when a code is already in another commune's
    /// ledger (dossier codes are national).
    public func write(_ batch: [Dossier]) async throws {
        guard !batch.isEmpty else { return }
        let taken = try await DossierDayCounts.codesOfOtherUnits(batch.map(\.code), unitCode: unitCode, on: sql)
        if !taken.isEmpty { throw DossierCodesOfOtherUnit(codes: taken) }
        var counts = DossierDayCounts()
        if hasStoredDossiers {
            counts.add(try await DossierDayCounts.stored(unitCode: unitCode, codes: batch.map(\.code), on: sql), sign: -1)
        }
        counts.add(batch, sign: 1)
        // COPY on PostgreSQL, bound rows on SQLite; JSON rows for any other SQL database.
        var written = try await DossierCopy.write(batch, unitCode: unitCode, on: sql)
        if !written { written = try await DossierSQLiteBinds.write(batch, unitCode: unitCode, on: sql) }
        if !written { try await DossierRows.bulk.upsert(batch, on: sql) { DossierRows.cells($0, unitCode: self.unitCode) } }
        try await counts.apply(unitCode: unitCode, on: sql)
        rows += batch.count
    }
}

