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
