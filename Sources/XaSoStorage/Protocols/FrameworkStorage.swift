import Foundation
import XaSoCore

/// Indicator frameworks, their indicators as a unit sees them, and the evaluation thresholds.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol FrameworkStorage: Sendable {
    func addFigure(_ figure: NewFigure, actor: Principal) async throws -> Indicator

    func updateIndicator(_ code: String, _ changes: IndicatorChanges, actor: Principal) async throws -> Indicator

    func frameworks() async throws -> [IndicatorFramework]
    func indicators(framework: String?, unitCode: String?) async throws -> [Indicator]
    func indicator(_ code: String, unitCode: String?) async throws -> Indicator

    func indicatorUnitKinds() async throws -> [String: UnitKind]
    func knownIndicatorCodes() async throws -> Set<String>

    func evaluationRules() async throws -> EvaluationRules
    func setEvaluationRules(_ rules: EvaluationRules, actor: Principal) async throws
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension FrameworkStorage {
    func indicators(framework: String? = nil, unitCode: String? = nil) async throws -> [Indicator] {
        try await indicators(framework: framework, unitCode: unitCode)
    }

    func indicator(_ code: String, unitCode: String? = nil) async throws -> Indicator {
        try await indicator(code, unitCode: unitCode)
    }
}
