import Foundation
import XaSoCore
import XaSoStorage

extension InMemoryStorage: EvaluationStorage {
    public func evaluate(unitCode: String, period: ReportingPeriod, framework: String?) async throws -> [Evaluation] {
        try await evaluateWithValues(unitCode: unitCode, period: period, framework: framework).evaluations
    }

    public func evaluateWithValues(unitCode: String, period: ReportingPeriod,
                                   framework: String?) async throws -> (evaluations: [Evaluation], values: [IndicatorValue]) {
        _ = try await requireUnit(unitCode)
        let judged = try await judge(evaluationInputs(unitCodes: [unitCode], period: period, framework: framework))
        return (judged.evaluations[unitCode] ?? [], judged.values)
    }

    public func evaluate(unitCodes: [String], period: ReportingPeriod,
                         framework: String?) async throws -> [String: [Evaluation]] {
        try await judge(evaluationInputs(unitCodes: unitCodes, period: period, framework: framework)).evaluations
    }

    public func evaluationInputs(unitCodes: [String], period: ReportingPeriod,
                                 framework: String?) async throws -> EvaluationInputs {
        let (version, rules) = read { ("memory-\($0.catalogueVersion)", $0.rules) }
        return EvaluationInputs(unitCodes: unitCodes, period: period, framework: framework, catalogueVersion: version,
                                rules: rules, values: storedValues(unitCodes: unitCodes, periods: [period, period.previous]))
    }

    /// As `XaSoStore.judge`, on the indicators held now (the inputs' catalogue version is not replayed).
    public func judge(_ inputs: EvaluationInputs) async throws -> (evaluations: [String: [Evaluation]], values: [IndicatorValue]) {
        let national = try await indicators(framework: inputs.framework, unitCode: nil)
        return try await inputs.judge { try await self.targetsApplied(to: national, unitCode: $0) }
    }

    public func earlyWarnings(unitCode: String, period: ReportingPeriod, framework: String?) async throws -> [EarlyWarning] {
        _ = try await requireUnit(unitCode)
        return try await earlyWarnings(unitCodes: [unitCode], period: period, framework: framework)[unitCode] ?? []
    }

    public func earlyWarnings(unitCodes: [String], period: ReportingPeriod,
                              framework: String?) async throws -> [String: [EarlyWarning]] {
        let rules = read { $0.rules }
        let national = try await indicators(framework: framework, unitCode: nil).filter { $0.unitKind.isNumeric }
        var points: [String: [String: [EarlyWarning.Point]]] = [:]
        for row in storedValues(unitCodes: unitCodes, periods: EarlyWarning.window(endingAt: period)) {
            let v = row.value
            points[v.unitCode, default: [:]][v.indicatorCode, default: []]
                .append(EarlyWarning.Point(period: v.period, value: v.value.number, approximate: v.value.approximate))
        }
        var result: [String: [EarlyWarning]] = [:]
        for unitCode in unitCodes {
            result[unitCode] = try await targetsApplied(to: national, unitCode: unitCode).map { ind in
                EarlyWarning.assess(indicator: ind, period: period, points: points[unitCode]?[ind.code] ?? [], rules: rules)
            }
        }
        return result
    }
}
