import Foundation
import XaSoCore

extension XaSoStore {
    /// Quarters of history a warning reads back from the period asked (`EarlyWarning.historyQuarters`).
    public static let warningHistoryQuarters = EarlyWarning.historyQuarters

    public static func warningWindow(endingAt period: ReportingPeriod,
                                     quarters: Int = warningHistoryQuarters) -> [ReportingPeriod] {
        EarlyWarning.window(endingAt: period, quarters: quarters)
    }

    /// Early warnings for every numeric indicator of the framework(s) for a commune as of `period`,
    /// from its figures over the last `warningHistoryQuarters` quarters, judged against the target
    /// that applies (the commune's own over the national one), in catalogue order.
    public func earlyWarnings(unitCode: String, period: ReportingPeriod,
                              framework: String? = nil) async throws -> [EarlyWarning] {
        _ = try await requireUnit(unitCode)
        return try await earlyWarnings(unitCodes: [unitCode], period: period, framework: framework)[unitCode] ?? []
    }

    /// The same for many communes (a province's table), their figures read in one query.
    public func earlyWarnings(unitCodes: [String], period: ReportingPeriod,
                              framework: String? = nil) async throws -> [String: [EarlyWarning]] {
        let (version, rules) = try await catalogueSettings()
        let national = try await catalogueIndicators(framework: framework, unitCode: nil, version: version)
            .filter { $0.unitKind.isNumeric }
        var points: [String: [String: [EarlyWarning.Point]]] = [:]
        for row in try await storedValues(unitCodes: unitCodes, periods: Self.warningWindow(endingAt: period)) {
            let v = row.value
            points[v.unitCode, default: [:]][v.indicatorCode, default: []]
                .append(EarlyWarning.Point(period: v.period, value: v.value.number, approximate: v.value.approximate))
        }
        var result: [String: [EarlyWarning]] = [:]
        for unitCode in unitCodes {
            result[unitCode] = try await targetsApplied(to: national, unitCode: unitCode, version: version).map { ind in
                EarlyWarning.assess(indicator: ind, period: period, points: points[unitCode]?[ind.code] ?? [], rules: rules)
            }
        }
        return result
    }
}
