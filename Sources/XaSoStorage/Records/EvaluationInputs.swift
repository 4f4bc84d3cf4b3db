import Foundation
import XaSoCore

/// What an evaluation of some units for a period is computed from: the catalogue (by its stored
/// version), the thresholds, and the stored figures of the period and the one before. Two equal
/// inputs give equal evaluations, which lets a page keep its rendering keyed by them — content-
/// addressed, so nothing has to be invalidated when figures change.
public struct EvaluationInputs: Sendable, Hashable {
    public var unitCodes: [String]
    public var period: ReportingPeriod
    public var framework: String?
    package var catalogueVersion: String?
    package var rules: EvaluationRules
    package var values: [StoredValue]

    package init(unitCodes: [String], period: ReportingPeriod, framework: String?, catalogueVersion: String?,
                 rules: EvaluationRules, values: [StoredValue]) {
        self.unitCodes = unitCodes
        self.period = period
        self.framework = framework
        self.catalogueVersion = catalogueVersion
        self.rules = rules
        self.values = values
    }

    /// False when the database has no catalogue version yet (an old database before its first seed):
    /// then the inputs do not pin down the targets and must not be used as a key.
    public var isComplete: Bool { catalogueVersion != nil }
}

extension EvaluationInputs {
    /// Every indicator judged for every unit of the inputs: the period's stored figure (and its
    /// manual verdict) against the targets that apply to the unit, the period before for the trend.
    /// `indicators` gives a unit's indicators with its targets applied; the stores differ only in
    /// where those come from (the database's catalogue cache, or memory).
    package func judge(indicators: (String) async throws -> [Indicator]) async rethrows
        -> (evaluations: [String: [Evaluation]], values: [IndicatorValue]) {
        var now: [String: [String: StoredValue]] = [:], before: [String: [String: StoredValue]] = [:]
        var periodValues: [IndicatorValue] = []
        for row in values {
            if row.value.period == period {
                now[row.value.unitCode, default: [:]][row.value.indicatorCode] = row
                periodValues.append(row.value)
            } else {
                before[row.value.unitCode, default: [:]][row.value.indicatorCode] = row
            }
        }
        var result: [String: [Evaluation]] = [:]
        for unitCode in unitCodes {
            result[unitCode] = try await indicators(unitCode).map { ind in
                let row = now[unitCode]?[ind.code]
                return Evaluator.evaluate(indicator: ind, period: period, value: row?.value.value, note: row?.value.note,
                                          previous: before[unitCode]?[ind.code]?.value.value,
                                          manual: row?.manualVerdict, rules: rules)
            }
        }
        return (result, periodValues)
    }
}
