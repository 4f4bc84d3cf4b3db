import Foundation
import XaSoCore

/// A province's index weights and its ranking of communes.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol RankingStorage: Sendable {
    func indexWeights(provinceCode: String, actor: Principal) async throws -> IndexWeights
    func requireIndexWeightsEdit(_ actor: Principal, provinceCode: String) async throws
    @discardableResult func saveIndexWeights(_ codes: [String: Double], provinceCode: String,
                                             actor: Principal) async throws -> IndexWeights
    func provinceRanking(provinceCode: String, period: ReportingPeriod, framework: String?,
                         actor: Principal) async throws -> [RankingRow]
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension RankingStorage {
    func provinceRanking(provinceCode: String, period: ReportingPeriod, framework: String? = nil,
                         actor: Principal) async throws -> [RankingRow] {
        try await provinceRanking(provinceCode: provinceCode, period: period, framework: framework, actor: actor)
    }
}
