import Foundation
import XaSoCore

/// The national targets form of one indicator: its milestone years and those it already has a target for.
struct NationalTargetsModel: Sendable {
    var indicator: Indicator
    var years: [Int]
}

/// A unit's own targets over the national ones, for one framework's indicators and milestones.
struct UnitTargetsModel: Sendable {
    var unit: AdministrativeUnit
    var frameworks: [IndicatorFramework]
    /// The framework shown (a code; empty when there is none).
    var framework: String
    /// The framework's indicators with their national targets.
    var national: [Indicator]
    /// Indicator code → year → the unit's own target.
    var own: [String: [Int: Target]]

    var years: [Int] { frameworks.first { $0.code == framework }?.milestones ?? [] }
}
