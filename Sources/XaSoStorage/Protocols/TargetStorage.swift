import Foundation
import XaSoCore

/// A commune's own targets, over the national ones.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol TargetStorage: Sendable {
    func setTarget(indicator code: String, year: Int, text: String, unitCode: String?,
                   actor: Principal) async throws -> Target
    func communeTargets(unitCode: String) async throws -> [String: [Int: Target]]
    func requireTargetWrite(_ actor: Principal, unitCode: String) async throws
    func removeTarget(indicator code: String, year: Int, unitCode: String, actor: Principal) async throws
}
