import Foundation
import XaSoCore

/// Figures judged against their targets, and the early warnings drawn from their trend.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol EvaluationStorage: Sendable {
    func earlyWarnings(unitCode: String, period: ReportingPeriod, framework: String?) async throws -> [EarlyWarning]
    func earlyWarnings(unitCodes: [String], period: ReportingPeriod,
                       framework: String?) async throws -> [String: [EarlyWarning]]

    func evaluate(unitCode: String, period: ReportingPeriod, framework: String?) async throws -> [Evaluation]
    func evaluateWithValues(unitCode: String, period: ReportingPeriod,
                            framework: String?) async throws -> (evaluations: [Evaluation], values: [IndicatorValue])
    func evaluate(unitCodes: [String], period: ReportingPeriod,
                  framework: String?) async throws -> [String: [Evaluation]]
    func evaluationInputs(unitCodes: [String], period: ReportingPeriod,
                          framework: String?) async throws -> EvaluationInputs
    func judge(_ inputs: EvaluationInputs) async throws -> (evaluations: [String: [Evaluation]],
               values: [IndicatorValue])
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension EvaluationStorage {
    func earlyWarnings(unitCode: String, period: ReportingPeriod,
                       framework: String? = nil) async throws -> [EarlyWarning] {
        try await earlyWarnings(unitCode: unitCode, period: period, framework: framework)
    }

    func earlyWarnings(unitCodes: [String], period: ReportingPeriod,
                       framework: String? = nil) async throws -> [String: [EarlyWarning]] {
        try await earlyWarnings(unitCodes: unitCodes, period: period, framework: framework)
    }

    func evaluate(unitCode: String, period: ReportingPeriod, framework: String? = nil) async throws -> [Evaluation] {
        try await evaluate(unitCode: unitCode, period: period, framework: framework)
    }

    func evaluateWithValues(unitCode: String, period: ReportingPeriod,
                            framework: String? = nil) async throws -> (evaluations: [Evaluation],
                            values: [IndicatorValue]) {
        try await evaluateWithValues(unitCode: unitCode, period: period, framework: framework)
    }

    func evaluate(unitCodes: [String], period: ReportingPeriod,
                  framework: String? = nil) async throws -> [String: [Evaluation]] {
        try await evaluate(unitCodes: unitCodes, period: period, framework: framework)
    }

    func evaluationInputs(unitCodes: [String], period: ReportingPeriod,
                          framework: String? = nil) async throws -> EvaluationInputs {
        try await evaluationInputs(unitCodes: unitCodes, period: period, framework: framework)
    }
}
