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
    var catalogueVersion: String?
    var rules: EvaluationRules
    var values: [StoredValue]

    /// False when the database has no catalogue version yet (an old database before its first seed):
    /// then the inputs do not pin down the targets and must not be used as a key.
    public var isComplete: Bool { catalogueVersion != nil }
}
