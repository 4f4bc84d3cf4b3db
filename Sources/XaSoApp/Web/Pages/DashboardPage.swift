import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// A commune's figures for a period at a glance: every indicator coloured by verdict, counts per
/// verdict and per framework, and what moved since the previous period.
enum DashboardPage {
    static func handle(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        if unit.level == .province { return req.redirect(to: WebPath.province(code)) }
        let framework = req.query[String.self, at: "framework"].flatMap { $0.isEmpty ? nil : $0 }
        let period = try await req.webPeriodOrLatest(unit: code)
        let content = try await content(unit: unit, period: period, framework: framework, store: req.store)
        let ctx = PageContext(req, active: .dashboard, notice: notice(req))
        return WebResponse.page(Layout.document(title: L.dashboardTitle(unit.fullName), ctx: ctx) { content })
    }

    /// What the dashboard's content is made of: the stored inputs of the evaluation, the unit, and the
    /// day (the period picker offers periods up to today).
    struct ContentKey: Hashable, Sendable {
        var inputs: EvaluationInputs
        /// Warnings read older periods than the inputs do, so they are part of the key themselves.
        var atRisk: [EarlyWarning]
        var forecastable: Int
        var unitName: String
        var today: LocalDay
    }

    /// The most-viewed page is rendered once per distinct figures: a commune's officers reload it far
    /// more often than anyone changes a figure. Two queries read the inputs either way.
    static let contentCache = RenderedPageCache<ContentKey>(capacity: 512)

    static func content(unit: AdministrativeUnit, period: ReportingPeriod, framework: String?,
                        store: some EvaluationStorage & FrameworkStorage) async throws -> Node {
        let inputs = try await store.evaluationInputs(unitCodes: [unit.code], period: period, framework: framework)
        let warnings = try await store.earlyWarnings(unitCodes: [unit.code], period: period, framework: framework)[unit.code] ?? []
        let atRisk = warnings.filter { $0.status == .atRisk }
        let forecastable = warnings.filter { $0.projected != nil }.count
        let key = ContentKey(inputs: inputs, atRisk: atRisk, forecastable: forecastable, unitName: unit.fullName,
                             today: LocalDay(date: Date()))
        if inputs.isComplete, let cached = contentCache.fragment(key) { return .rendered(cached) }
        var model = try await query(unit: unit, period: period, framework: framework, inputs: inputs, store: store)
        model.atRisk = atRisk
        model.forecastable = forecastable
        let fragment = RenderedFragment(body(model))
        if inputs.isComplete { contentCache.store(fragment, for: key) }
        return .rendered(fragment)
    }

    static func query(unit: AdministrativeUnit, period: ReportingPeriod, framework: String?, inputs: EvaluationInputs,
                      store: some EvaluationStorage & FrameworkStorage) async throws -> DashboardModel {
        let judged = try await store.judge(inputs)
        return DashboardModel.build(unit: unit, period: period, framework: framework, frameworks: try await store.frameworks(),
                                    evaluations: judged.evaluations[unit.code] ?? [], values: judged.values)
    }

    static func notice(_ req: Request) -> String? {
        req.query[Int.self, at: "imported"].map(L.imported)
    }

    @NodeBuilder
    static func body(_ m: DashboardModel) -> [Node] {
        H.h1 { L.dashboardTitle(m.unit.fullName) }
        H.p(.class("muted")) { "\(L.periodTitle(m.period)) · \(L.countOf(m.counts.counts.values.reduce(0, +)))" }
        Components.periodPicker(action: WebPath.dashboard(m.unit.code), selected: m.period, frameworks: m.frameworks,
                                framework: m.framework)
        H.p(.class("no-print"), .id("related")) {
            H.a(.href(WebPath.dossiers(m.unit.code))) { L.navDossiers }
            " · "
            H.a(.href(WebPath.tasks(m.unit.code))) { L.navTasks }
            " · "
            H.a(.href(WebPath.reports(m.unit.code, period: m.period))) { L.navReports }
        }
        H.section(.aria("labelledby", "summary-h")) {
            H.h2(.id("summary-h")) { L.verdictSummary }
            H.ul(.class("summary"), .id("verdict-counts")) {
                for v in Verdict.allCases {
                    H.li(.class("v-\(v.rawValue)"), .data("verdict", v.rawValue)) {
                        H.span(.class("n")) { String(m.counts[v]) }
                        v.vietnamese
                    }
                }
            }
            H.p { H.strong { L.achievedRate(L.percent(m.counts.achievedRate)) } }
            H.figure { verdictChart(m.counts) }
        }
        if m.groups.count > 1 { frameworkTable(m) }
        changes(m)
        warnings(m)
        for g in m.groups { indicatorTable(g, m: m) }
        H.p(.class("no-print")) { H.button(.type("button"), .class("secondary"), .data("print", "1"), .hidden) { L.print } }
    }

    /// The report's verdict chart: "Chưa có mục tiêu" counts with "Chưa có số liệu" there.
    static func verdictChart(_ counts: VerdictCounts) -> Node {
        var byCategory: [ChartVerdictCategory: Int] = [:]
        for v in Verdict.allCases { byCategory[ChartVerdictCategory(v), default: 0] += counts[v] }
        return .drawing(VerdictCountChart.drawing(id: "verdict-chart", caption: L.verdictChartTitle, counts: byCategory))
    }

    static func frameworkTable(_ m: DashboardModel) -> Node {
        typealias Column = DataTable<DashboardModel.FrameworkGroup>.Column
        let columns: [Column] = [Column(L.framework, rowHeader: true) { g in H.a(.href("#fw-\(g.framework.code)")) { g.framework.code } }]
            + Verdict.allCases.map { v in Column(v.vietnamese, .numeric) { g in String(g.counts[v]) } }
            + [Column(L.rateColumn, .numeric) { g in L.percent(g.counts.achievedRate) }]
        return H.section(.aria("labelledby", "fw-h")) {
            H.h2(.id("fw-h")) { L.byFramework }
            DataTable(rows: m.groups, columns: columns, label: L.byFramework).node
        }
    }

    static func changes(_ m: DashboardModel) -> Node {
        H.section(.aria("labelledby", "chg-h")) {
            H.h2(.id("chg-h")) { L.changes }
            let c = m.changes
            if c.improved + c.worsened + c.unchanged == 0 {
                H.p(.class("muted")) { L.noChanges }
            } else {
                H.p {
                    L.changesIntro(m.period.previous) + " "
                    H.span(.class("trend-improved")) { "\(L.improved): \(c.improved)" }
                    " · "
                    H.span(.class("trend-worsened")) { "\(L.worsened): \(c.worsened)" }
                    " · \(L.unchanged): \(c.unchanged) · \(L.newData): \(c.newData)"
                }
            }
        }
    }

    /// The indicators projected to miss their milestone, each with the sentence that says why.
    static func warnings(_ m: DashboardModel) -> Node {
        H.section(.id("early-warnings"), .aria("labelledby", "ew-h")) {
            H.h2(.id("ew-h")) { L.atRiskTitle }
            H.p(.class("muted")) { L.atRiskIntro }
            if m.atRisk.isEmpty {
                H.p(.class("muted")) { m.forecastable == 0 ? L.notEnoughHistory : L.noAtRisk }
            } else {
                H.ul {
                    for w in m.atRisk {
                        H.li(.data("indicator", w.indicatorCode)) {
                            H.a(.href(WebPath.indicator(m.unit.code, w.indicatorCode, period: m.period))) { w.indicatorName }
                            ": " + w.explanation
                        }
                    }
                }
            }
        }
    }

    static func indicatorTable(_ g: DashboardModel.FrameworkGroup, m: DashboardModel) -> Node {
        H.section(.id("fw-\(g.framework.code)"), .aria("labelledby", "h-\(g.framework.code)")) {
            H.h2(.id("h-\(g.framework.code)")) { "\(g.framework.code) – \(g.framework.name)" }
            DataTable(rows: g.rows, columns: indicatorColumns(m), class: "indicators stack", label: g.framework.code,
                      rowAttributes: { row in [.id("row-\(row.evaluation.indicator.code)"),
                                               .data("verdict", row.evaluation.verdict.rawValue)] }).node
        }
    }

    static func indicatorColumns(_ m: DashboardModel) -> [DataTable<DashboardModel.Row>.Column] {
        typealias Column = DataTable<DashboardModel.Row>.Column
        typealias Cell = DataTable<DashboardModel.Row>.Cell
        return [
            Column(L.numberColumn, cellClass: "tt") { $0.evaluation.indicator.number },
            Column(L.indicatorColumn, cellClass: "lead") { row in
                let e = row.evaluation
                H.a(.href(WebPath.indicator(m.unit.code, e.indicator.code, period: m.period))) { e.indicator.name }
                if let note = e.note, !note.isEmpty { H.small(.class("muted note")) { H.br(); note } }
            },
            Column(L.targetColumn, label: true) { $0.evaluation.target?.text ?? L.noValue },
            Column(L.resultColumn, .numeric, label: true) { row in
                row.evaluation.value?.formatted(unitKind: row.evaluation.indicator.unitKind) ?? L.noValue
            },
            // On a phone, rows are cards: an empty "previous" line is left out there.
            Column(header: [.text(L.previousColumn)], headerAttributes: [.class("num")]) { row in
                let e = row.evaluation
                return Cell(attributes: [.class(e.previousValue == nil ? "num opt" : "num"), .data("label", L.previousColumn)],
                            content: [.text(e.previousValue?.formatted(unitKind: e.indicator.unitKind) ?? L.noValue)])
            },
            Column(header: [.text(L.changeColumn)], headerAttributes: [.class("num")]) { row in
                let e = row.evaluation
                return Cell(attributes: [.class("num \(e.trend.map { "trend-\($0.rawValue)" } ?? "opt")"), .data("label", L.changeColumn)],
                            content: [.text(e.change.map { Components.signed($0, unitKind: e.indicator.unitKind) } ?? L.noValue)])
            },
            Column(L.verdictColumn, label: true) { Components.verdictBadge($0.evaluation.verdict) },
            Column(L.stateColumn, label: true) { row in row.state.map(Components.stateBadge) ?? Node.text(L.noValue) },
        ]
    }
}
