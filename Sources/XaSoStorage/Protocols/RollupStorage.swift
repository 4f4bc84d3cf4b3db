import Foundation
import XaSoCore

/// The province roll-ups the national view reads.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol RollupStorage: Sendable {
    @discardableResult func refreshProvinceRollup(provinceCode: String, period: ReportingPeriod,
                                                  now: Date) async throws -> ProvinceRollup
    func nationalRollups(period: ReportingPeriod, actor: Principal) async throws -> [NationalRow]
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension RollupStorage {
    @discardableResult func refreshProvinceRollup(provinceCode: String, period: ReportingPeriod,
                                                  now: Date = Date()) async throws -> ProvinceRollup {
        try await refreshProvinceRollup(provinceCode: provinceCode, period: period, now: now)
    }
}
