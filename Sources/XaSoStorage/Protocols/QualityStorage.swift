import Foundation
import XaSoCore

/// Data-quality flags and the checks people mark on them.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol QualityStorage: Sendable {
    func qualityFlags(unitCode: String, period: ReportingPeriod, actor: Principal) async throws -> [DataQualityFlag]
    func requireQualityCheck(_ actor: Principal, unitCode: String) async throws -> AdministrativeUnit
    func markQualityChecked(unitCode: String, indicatorCode: String, period: ReportingPeriod, kind: DataQualityKind,
                            note: String?, actor: Principal, now: Date) async throws -> DataQualityFlag
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension QualityStorage {
    func markQualityChecked(unitCode: String, indicatorCode: String, period: ReportingPeriod, kind: DataQualityKind,
                            note: String?, actor: Principal, now: Date = Date()) async throws -> DataQualityFlag {
        try await markQualityChecked(unitCode: unitCode, indicatorCode: indicatorCode, period: period, kind: kind,
                                     note: note, actor: actor, now: now)
    }
}
