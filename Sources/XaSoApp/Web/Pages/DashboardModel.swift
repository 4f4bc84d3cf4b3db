import Foundation
import XaSoCore

/// What the commune dashboard shows, worked out without HTTP or HTML so tests can check it directly.
struct DashboardModel: Sendable {
    struct Row: Sendable {
        var evaluation: Evaluation
        var state: ValueState?
    }

    struct FrameworkGroup: Sendable {
        var framework: IndicatorFramework
        var counts: VerdictCounts
        var rows: [Row]
    }

    struct Changes: Sendable, Equatable {
        var improved = 0
        var worsened = 0
        var unchanged = 0
        var newData = 0
    }

    var unit: AdministrativeUnit
    var period: ReportingPeriod
    var framework: String?
    var frameworks: [IndicatorFramework]
    var counts: VerdictCounts
    var groups: [FrameworkGroup]
    var changes: Changes
    /// Indicators whose projection falls short at their milestone (`EarlyWarning`), in catalogue order.
    var atRisk: [EarlyWarning] = []
    /// Indicators with figures enough (two periods or more) to be projected at all.
    var forecastable = 0

    static func build(unit: AdministrativeUnit, period: ReportingPeriod, framework: String?,
                      frameworks: [IndicatorFramework], evaluations: [Evaluation],
                      values: [IndicatorValue]) -> DashboardModel {
        let states = Dictionary(values.map { ($0.indicatorCode, $0.state) }, uniquingKeysWith: { a, _ in a })
        var groups: [FrameworkGroup] = []
        for f in frameworks {
            let mine = evaluations.filter { $0.indicator.frameworkCode == f.code }
            guard !mine.isEmpty else { continue }
            groups.append(FrameworkGroup(framework: f, counts: VerdictCounts(mine),
                                         rows: mine.map { Row(evaluation: $0, state: states[$0.indicator.code]) }))
        }
        var changes = Changes()
        for e in evaluations where e.value != nil {
            switch e.trend {
            case .improved: changes.improved += 1
            case .worsened: changes.worsened += 1
            case .unchanged: changes.unchanged += 1
            case nil: changes.newData += 1
            }
        }
        return DashboardModel(unit: unit, period: period, framework: framework, frameworks: frameworks,
                              counts: VerdictCounts(evaluations), groups: groups, changes: changes)
    }
}
