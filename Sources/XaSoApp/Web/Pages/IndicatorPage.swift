import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// One indicator for one commune: its definition, owners, milestone targets, figures over time as a
/// chart, notes, and the history of the selected period's figure.
enum IndicatorPage {
    struct Model {
        var unit: AdministrativeUnit
        var period: ReportingPeriod
        var national: Indicator
        var local: Indicator
        var framework: IndicatorFramework?
        var evaluation: Evaluation?
        var series: [(period: ReportingPeriod, row: XaSoStore.PeriodFigure)]
        var history: [XaSoStore.HistoryEntry]
        var reviewComment: String?
        var warning: EarlyWarning?
        /// The period picker offers periods up to this day.
        var today = LocalDay(date: Date())
    }

    static func handle(_ req: Request) async throws -> Response {
        let code = try req.parameter("code"), indicatorCode = try req.parameter("indicator")
        _ = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        let period = try await req.webPeriodOrLatest(unit: code)
        let model = try await query(unit: unit, indicator: indicatorCode, period: period, store: req.store)
        return WebResponse.page(view(model, ctx: PageContext(req, active: .dashboard)))
    }

    static func query(unit: AdministrativeUnit, indicator indicatorCode: String, period: ReportingPeriod,
                      store: some FrameworkStorage & EvaluationStorage & FigureStorage) async throws -> Model {
        let code = unit.code
        let national = try await store.indicator(indicatorCode)
        let local = try await store.indicator(indicatorCode, unitCode: code)
        let framework = try await store.frameworks().first { $0.code == national.frameworkCode }
        let evaluation = try await store.evaluate(unitCode: code, period: period, framework: national.frameworkCode)
            .first { $0.indicator.code == indicatorCode }
        let series = try await store.figuresOverTime(unit: code, indicator: indicatorCode)
        let history = series.contains { $0.period == period }
            ? try await store.history(unitCode: code, indicator: indicatorCode, period: period) : []
        let comment = try await store.reviewComments(unit: code, period: period)[indicatorCode]
        let warning = try await store.earlyWarnings(unitCodes: [code], period: period, framework: national.frameworkCode)[code]?
            .first { $0.indicatorCode == indicatorCode }
        return Model(unit: unit, period: period, national: national, local: local, framework: framework,
                     evaluation: evaluation, series: series, history: history, reviewComment: comment,
                     warning: warning)
    }

    static func view(_ m: Model, ctx: PageContext) -> Node {
        let ind = m.local
        return Layout.document(title: "\(ind.code) – \(Components.short(ind.name, 60))", ctx: ctx) {
            H.p(.class("muted")) {
                H.a(.href(WebPath.dashboard(m.unit.code, period: m.period))) { L.dashboardTitle(m.unit.fullName) }
            }
            H.h1 { "\(ind.number). \(ind.name)" }
            Components.periodPicker(action: WebPath.indicator(m.unit.code, ind.code), selected: m.period,
                                    frameworks: nil, framework: nil, today: m.today)
            if let e = m.evaluation { current(e, m: m) }
            if let w = m.warning, w.status != .noTarget { forecast(w) }
            H.section(.class("card"), .aria("labelledby", "def-h")) {
                H.h2(.id("def-h")) { L.definition }
                H.dl(.class("def")) {
                    H.dt { L.code }; H.dd { ind.code }
                    if let f = m.framework {
                        H.dt { L.framework }; H.dd { "\(f.code) – \(f.name)" }
                        H.dt { L.legalBasis }; H.dd { f.legalBasis }
                    }
                    if let group = ind.group { H.dt { L.group }; H.dd { group } }
                    H.dt { L.unit }; H.dd { ind.unit }
                    H.dt { L.direction }; H.dd { L.directionText(ind.direction) }
                    H.dt { L.leadBody }; H.dd { ind.leadOwner ?? L.noValue }
                    if ind.owners.count > 1 { H.dt { L.partners }; H.dd { ind.owners.dropFirst().joined(separator: "; ") } }
                    if let output = ind.output { H.dt { L.output }; H.dd { output } }
                    if let note = ind.note { H.dt { L.remark }; H.dd { note } }
                }
            }
            targets(m)
            series(m)
            history(m)
        }
    }

    static func current(_ e: Evaluation, m: Model) -> Node {
        H.section(.class("card"), .aria("labelledby", "cur-h")) {
            H.h2(.id("cur-h")) { L.periodTitle(m.period) }
            H.dl(.class("def")) {
                H.dt { L.resultColumn }; H.dd(.id("current-value")) { e.value?.formatted(unitKind: e.indicator.unitKind) ?? L.noValue }
                H.dt { L.targetColumn }; H.dd { e.target.map { "\($0.text) (\(e.targetYear.map(String.init) ?? ""))" } ?? L.noValue }
                H.dt { L.verdictColumn }; H.dd(.id("current-verdict"), .data("verdict", e.verdict.rawValue)) { Components.verdictBadge(e.verdict) }
                if let note = e.note { H.dt { L.noteColumn }; H.dd(.id("current-note")) { note } }
                if let c = m.reviewComment { H.dt { L.reviewComment }; H.dd(.class("s-returned")) { c } }
            }
        }
    }

    /// Where the figure is heading at its pace: on track, at risk, and the sentence that says why.
    static func forecast(_ w: EarlyWarning) -> Node {
        H.section(.class("card"), .id("forecast"), .data("status", w.status.rawValue), .aria("labelledby", "fc-h")) {
            H.h2(.id("fc-h")) { L.forecastTitle }
            H.p {
                // The verdict colours: at risk as "not met", on track or met as "met", the rest as "no data".
                let colour: Verdict = w.status == .atRisk ? .notMet : [.onTrack, .alreadyMet].contains(w.status) ? .met : .noData
                H.span(.class("badge v-\(colour.rawValue)"), .id("forecast-status")) { w.status.vietnamese }
                " " + w.explanation
            }
        }
    }

    static func targets(_ m: Model) -> Node {
        let years = Set(m.national.targets.keys).union(m.local.targets.keys).sorted()
        return H.section(.aria("labelledby", "tg-h")) {
            H.h2(.id("tg-h")) { L.milestoneTargets }
            DataTable(rows: years, columns: [
                .init(L.year, rowHeader: true) { String($0) },
                .init(L.nationalTarget) { m.national.targets[$0]?.text ?? L.noValue },
                .init(L.communeTarget) { y in
                    let national = m.national.targets[y]?.text, local = m.local.targets[y]?.text
                    local != national ? (local ?? L.noValue) : L.noValue
                },
            ], label: L.milestoneTargets).node
        }
    }

    /// The report's trend chart: the figures and, per period, the milestone target that applies.
    static func trendChart(_ m: Model) -> Node {
        .drawing(TrendChart.drawing(
            id: "trend-chart", caption: L.trendChartTitle,
            periods: m.series.map { ReportWording.capitalizedFirst(ReportWording.periodShortName($0.period)) },
            values: m.series.map { $0.row.value }, targets: m.series.map { m.local.target(forYear: $0.period.year)?.comparison.bound },
            approximate: m.series.map { $0.row.approximate },
            format: m.local.unitKind == .percent ? .percent : .count))
    }

    static func series(_ m: Model) -> Node {
        let kind = m.local.unitKind
        return H.section(.aria("labelledby", "ts-h")) {
            H.h2(.id("ts-h")) { L.valuesOverTime }
            if m.series.isEmpty {
                H.p(.class("muted")) { L.noValuesYet }
            } else {
                H.figure {
                    trendChart(m)
                }
                DataTable(rows: Array(m.series.reversed()), columns: [
                    .init(L.period, rowHeader: true) { f in
                        H.a(.href(WebPath.indicator(m.unit.code, m.local.code, period: f.period))) { L.periodTitle(f.period) }
                    },
                    .init(L.valueColumn, .numeric) { f in
                        MeasuredValue(number: f.row.value, approximate: f.row.approximate).formatted(unitKind: kind)
                    },
                    .init(L.noteColumn) { $0.row.note ?? "" },
                    .init(L.stateColumn) { f in (ValueState(rawValue: f.row.state)).map(Components.stateBadge) ?? Node.text(f.row.state) },
                ], label: L.valuesOverTime).node
            }
        }
    }

    static func history(_ m: Model) -> Node {
        H.section(.aria("labelledby", "hi-h")) {
            H.h2(.id("hi-h")) { "\(L.history) – \(L.periodTitle(m.period))" }
            if m.history.isEmpty {
                H.p(.class("muted")) { L.noHistory }
            } else {
                DataTable(rows: Array(m.history.reversed()), columns: [
                    .init(L.when) { L.dateTime($0.changedAt) },
                    .init(L.who) { $0.changedBy },
                    .init(L.whatHappened) { L.historyAction($0.action) },
                    .init(L.valueColumn, .numeric) { $0.value?.value.formatted(unitKind: m.local.unitKind) ?? L.noValue },
                    .init(L.noteColumn) { $0.value?.note ?? "" },
                ], label: L.history).node
            }
        }
    }
}
