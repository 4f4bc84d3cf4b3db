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
    private let otherUnits: DossierOtherUnitCheck
    /// The differences of the batches written so far, applied when large and at `finish`: a day and
    /// procedure's row is upserted once per import instead of once per batch.
    private var counts = DossierDayCounts()
    public private(set) var rows = 0

    /// `otherUnits`: how codes in another commune's ledger are found (`DossierOtherUnitCheck.forImport`).
    init(sql: any SQLDatabase, unitCode: String, hasStoredDossiers: Bool, otherUnits: DossierOtherUnitCheck) {
        self.sql = sql
        self.unitCode = unitCode
        self.hasStoredDossiers = hasStoredDossiers
        self.otherUnits = otherUnits
    }

    /// Stores a batch (new codes added, known codes updated) and moves the day counts by the
    /// difference. Throws `DossierCodesOfOtherUnit` when a code is already in another commune's
    /// ledger (dossier codes are national).
    public func write(_ batch: [Dossier]) async throws {
        guard !batch.isEmpty else { return }
        let taken = try await otherUnits.codesOfOtherUnits(batch.map(\.code), unitCode: unitCode, on: sql)
        if !taken.isEmpty { throw DossierCodesOfOtherUnit(codes: taken) }
        // A commune's first import has no stored versions to subtract: nothing to read.
        if hasStoredDossiers {
            let codes = batch.map(\.code)
            var stored = try await DossierSQLitePrepared.stored(unitCode: unitCode, codes: codes, on: sql)
            if stored == nil { stored = try await DossierDayCounts.stored(unitCode: unitCode, codes: codes, on: sql) }
            counts.add(stored ?? [], sign: -1)
        }
        // COPY on PostgreSQL; on SQLite one prepared statement stepped per run of rows on the thread
        // pool (multi-row VALUES if the driver's handle cannot be reached), the batch's counts added
        // meanwhile; JSON rows for any other SQL database.
        async let stored = Self.copyOrStep(batch, unitCode: unitCode, allNew: !hasStoredDossiers, on: sql)
        counts.add(batch, sign: 1)
        var written = try await stored
        if !written { written = try await DossierSQLiteBinds.write(batch, unitCode: unitCode, on: sql) }
        if !written { try await DossierRows.bulk.upsert(batch, on: sql) { DossierRows.cells($0, unitCode: unitCode) } }
        // Years of a ledger reach tens of thousands of (day, procedure) rows: bounded memory.
        if counts.keyCount > 50_000 { try await applyCounts() }
        rows += batch.count
    }

    private static func copyOrStep(_ batch: [Dossier], unitCode: String, allNew: Bool, on sql: any SQLDatabase) async throws -> Bool {
        if try await DossierCopy.write(batch, unitCode: unitCode, on: sql) { return true }
        return try await DossierSQLitePrepared.write(batch, unitCode: unitCode, allNew: allNew, on: sql)
    }

    /// Applies the day counts still held; the import calls it once every batch is written.
    func finish() async throws { try await applyCounts() }

    private func applyCounts() async throws {
        try await counts.apply(unitCode: unitCode, on: sql)
        counts = DossierDayCounts()
    }
}

