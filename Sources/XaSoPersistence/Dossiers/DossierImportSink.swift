import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// Where an import hands its dossiers, batch by batch, inside the import's transaction. It keeps
/// the span of days the batches touched (old and new versions), which the day counts are then
/// recounted over.
///
/// Unchecked Sendable: one import task owns it from start to end and calls it in sequence.
public final class DossierImportSink: @unchecked Sendable {
    private let sql: any SQLDatabase
    private let unitCode: String
    private let hasStoredDossiers: Bool
    public private(set) var rows = 0
    private(set) var days: ClosedRange<Int>?

    init(sql: any SQLDatabase, unitCode: String, hasStoredDossiers: Bool) {
        self.sql = sql
        self.unitCode = unitCode
        self.hasStoredDossiers = hasStoredDossiers
    }

    /// Stores a batch (new codes added, known codes updated). Throws `DossierCodesOfOtherUnit`
    /// when a code is already in another commune's ledger (dossier codes are national).
    public func write(_ batch: [Dossier]) async throws {
        guard !batch.isEmpty else { return }
        let taken = try await DossierDayCounts.codesOfOtherUnits(batch.map(\.code), unitCode: unitCode, on: sql)
        if !taken.isEmpty { throw DossierCodesOfOtherUnit(codes: taken) }
        if hasStoredDossiers {
            days = .covering(days, try await DossierDayCounts.storedSpan(unitCode: unitCode, codes: batch.map(\.code), on: sql))
        }
        days = .covering(days, DossierDayCounts.span(of: batch))
        if try await !DossierCopy.write(batch, unitCode: unitCode, on: sql) {
            try await DossierRows.bulk.upsert(batch, on: sql) { DossierRows.cells($0, unitCode: self.unitCode) }
        }
        rows += batch.count
    }
}

/// Codes of a batch that another commune's ledger already holds, each with that commune's code.
public struct DossierCodesOfOtherUnit: Error, Sendable {
    public var codes: [String: String]
}
