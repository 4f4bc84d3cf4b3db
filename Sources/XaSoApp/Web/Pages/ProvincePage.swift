import Fluent
import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// All communes of a province for a period: verdict counts, ranking, who is missing which indicator,
/// sortable and filterable without JavaScript, with a ranking chart; each commune links to its dashboard.
enum ProvincePage {
    static func handle(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let actor = try await req.requireRead(unitCode: code)
        let province = try await req.store.requireUnit(code)
        guard province.level == .province else { return req.redirect(to: WebPath.dashboard(code)) }
        let model = try await query(
            province: province, framework: req.query[String.self, at: "framework"], period: try req.webPeriod(),
            sort: req.query[String.self, at: "sort"].flatMap(ProvinceModel.Sort.init(rawValue:)) ?? .rank,
            search: req.query[String.self, at: "q"] ?? "", withDataOnly: req.query[String.self, at: "data"] == "1",
            actor: actor, store: req.store)
        if let format = req.query[String.self, at: "format"], !format.isEmpty {
            return try ProvinceSheet.sheet(model).response(TableFormat(parsing: format)) {
                req.redirect(to: WebPath.province(code, period: model.period, framework: model.framework))
            }
        }
        let page = try await pageQuery(model, actor: actor, store: req.store, reports: req.reportService)
        return WebResponse.page(view(page, ctx: PageContext(req, active: .province)))
    }

    /// The communes' table (what the page and its CSV/XLSX show). `framework`: as asked for, empty for
    /// all, nil for the first; `period` nil: the latest with figures of any of the communes.
    static func query(province: AdministrativeUnit, framework asked: String?, period askedPeriod: ReportingPeriod?,
                      sort: ProvinceModel.Sort, search: String, withDataOnly: Bool, actor: Principal,
                      store: some UnitStorage & FrameworkStorage & FigureStorage & EvaluationStorage & QualityStorage)
        async throws -> ProvinceModel {
        let code = province.code
        let communes = try await store.children(of: code).filter { $0.level == .commune }
        let frameworks = try await store.frameworks()
        let framework: String? = asked.map { $0.isEmpty ? nil : $0 } ?? frameworks.first?.code
        let period: ReportingPeriod
        if let askedPeriod {
            period = askedPeriod
        } else {
            period = try await DefaultPeriod.latest(units: communes.map(\.code), store: store)
        }
        let indicators = try await store.indicators(framework: framework)
        let reporting = try await store.unitsWithFigures(communes.map(\.code), period: period)
        let evaluations = try await store.evaluate(unitCodes: communes.map(\.code).filter(reporting.contains),
                                                   period: period, framework: framework)
        // Warnings only for the communes that reported this period: the others show no figures at all.
        let warnings = try await store.earlyWarnings(unitCodes: communes.map(\.code).filter(reporting.contains),
                                                     period: period, framework: framework)
        return ProvinceModel.build(
            province: province, communes: communes, period: period, framework: framework, frameworks: frameworks,
            indicators: indicators, evaluations: evaluations,
            atRisk: warnings.mapValues { $0.filter { $0.status == .atRisk }.count },
            openFlags: QualityModel.openCounts(try await store.qualityFlags(unitCode: code, period: period, actor: actor)),
            sort: sort, query: search, withDataOnly: withDataOnly)
    }

    /// What the page shows beside the table: the index ranking, its weights, and the report of the period's length.
    static func pageQuery(_ m: ProvinceModel, actor: Principal, store: some RankingStorage,
                          reports: ReportService) async throws -> ProvinceModel.Page {
        let code = m.province.code
        let ranking = try await store.provinceRanking(provinceCode: code, period: m.period, framework: m.framework, actor: actor)
        let weights = try await store.indexWeights(provinceCode: code, actor: actor).weights
        let reportKind = try await reports.kinds(for: m.province).first { $0.periodKinds.contains(m.period.kind) }?.code
        return ProvinceModel.Page(table: m, ranking: ranking, weights: WeightsSentence(weights), reportKind: reportKind)
    }

    static func view(_ p: ProvinceModel.Page, ctx: PageContext) -> Node {
        render(p.table, ranking: ProvinceRankingSection.render(p.ranking, provinceCode: p.table.province.code,
                                                               weights: p.weights, period: p.table.period,
                                                               framework: p.table.framework),
               reportKind: p.reportKind, ctx: ctx)
    }

    /// `reportKind`: the province's report of the period's length, opened on the period shown.
    static func render(_ m: ProvinceModel, ranking: Node, reportKind: String? = nil, ctx: PageContext) -> Node {
        let withData = m.all.filter(\.hasData).count
        return Layout.document(title: L.provinceTitle(m.province.fullName), ctx: ctx) {
            H.h1 { L.provinceTitle(m.province.fullName) }
            H.p {
                H.a(.href(WebPath.submissions(m.province.code, period: m.period))) { L.submissionsLink }
                " · "
                H.a(.href(WebPath.reports(m.province.code, kind: reportKind, period: reportKind == nil ? nil : m.period)),
                    .id("province-report-link")) { L.provinceReportLink }
            }
            H.p {
                H.a(.href(WebPath.quality(m.province.code, period: m.period)), .id("quality-link")) { L.qualityProvinceLink }
                " · "
                H.a(.href(WebPath.communeTargets(m.province.code)), .id("province-targets-link")) { L.provinceTargetsLink }
            }
            H.p {
                H.a(.href(WebPath.province(m.province.code, period: m.period, framework: m.framework, sort: m.sort.rawValue,
                                           query: m.query, withData: m.withDataOnly, format: "csv")), .id("province-csv")) { "Tải CSV" }
                " · "
                H.a(.href(WebPath.province(m.province.code, period: m.period, framework: m.framework, sort: m.sort.rawValue,
                                           query: m.query, withData: m.withDataOnly, format: "xlsx"))) { "Tải Excel (XLSX)" }
            }
            Components.periodPicker(action: WebPath.province(m.province.code), selected: m.period,
                                    frameworks: m.frameworks, framework: m.framework, today: m.today)
            filters(m)
            H.p(.class("muted"), .id("shown-count")) { L.communesShown(m.shown.count, m.all.count) }
            if withData == 0 {
                H.p(.class("muted")) { L.noCommunesWithData }
            } else {
                H.figure {
                    Node.drawing(RankingChart.drawing(
                        id: "ranking-chart", caption: L.rankingChartTitle,
                        items: m.ranked.prefix(40).enumerated().map { i, row in
                            RankingChart.Item(label: "\(i + 1). \(row.unit.name)", value: row.counts.achievedRate ?? 0)
                        }))
                }
            }
            table(m)
            ranking
            missing(m)
        }
    }

    static func filters(_ m: ProvinceModel) -> Node {
        H.form(.method("get"), .action(WebPath.province(m.province.code)), .class("filters")) {
            H.input(.type("hidden"), .name("period"), .value(m.period.description))
            H.input(.type("hidden"), .name("framework"), .value(m.framework ?? ""))
            H.label(.for("q")) { L.searchCommune }
            H.input(.type("search"), .id("q"), .name("q"), .value(m.query), .data("filter", "communes"), .autocomplete("off"))
            H.label(.class("check")) {
                H.input(.type("checkbox"), .name("data"), .value("1"), .when(m.withDataOnly, .checked))
                " " + L.onlyWithData
            }
            H.label(.for("sort")) { L.sortBy }
            H.select(.id("sort"), .name("sort")) {
                for s in ProvinceModel.Sort.allCases {
                    H.option(.value(s.rawValue), .when(s == m.sort, .selected)) { sortLabel(s) }
                }
            }
            H.button(.type("submit")) { L.filter }
        }
    }

    static func sortLabel(_ s: ProvinceModel.Sort) -> String {
        switch s {
        case .rank: return L.rankColumn
        case .name: return L.communeColumn
        case .rate: return L.rateColumn
        case .exceeded: return Verdict.exceeded.vietnamese
        case .met: return Verdict.met.vietnamese
        case .approaching: return Verdict.approaching.vietnamese
        case .notMet: return Verdict.notMet.vietnamese
        case .noTarget: return Verdict.noTarget.vietnamese
        case .noData: return Verdict.noData.vietnamese
        }
    }

    static func sortLink(_ s: ProvinceModel.Sort, _ m: ProvinceModel) -> Node {
        H.a(.href(WebPath.province(m.province.code, period: m.period, framework: m.framework ?? "", sort: s.rawValue,
                                   query: m.query, withData: m.withDataOnly)),
            s == m.sort ? .aria("sort", "descending") : nil) { sortLabel(s) + (s == m.sort ? " ▾" : "") }
    }

    static func table(_ m: ProvinceModel) -> Node {
        typealias Column = DataTable<ProvinceModel.CommuneRow>.Column
        let verdicts: [(ProvinceModel.Sort, Verdict)] = [(.exceeded, .exceeded), (.met, .met), (.approaching, .approaching),
                                                          (.notMet, .notMet), (.noTarget, .noTarget), (.noData, .noData)]
        let columns: [Column] = [
            Column(header: [sortLink(.rank, m)], .numeric) { $0.rank.map(String.init) ?? L.noValue },
            Column(header: [sortLink(.name, m)], rowHeader: true) { row in
                H.a(.href(WebPath.dashboard(row.unit.code, period: m.period, framework: m.framework))) { row.unit.fullName }
            },
        ] + verdicts.map { s, v in
            Column(header: [sortLink(s, m)], .numeric) { String($0.counts[v]) }
        } + [
            Column(header: [sortLink(.rate, m)], .numeric) { $0.hasData ? L.percent($0.counts.achievedRate) : L.noValue },
            Column(L.atRiskColumn, .numeric, attributes: { [.data("at-risk", $0.atRisk.map(String.init) ?? "")] }) {
                $0.atRisk.map(String.init) ?? L.noValue
            },
            Column(L.qualityColumn, .numeric, attributes: { [.data("open-flags", String($0.openFlags))] }) { row in
                if row.openFlags > 0 {
                    H.a(.href(WebPath.quality(row.unit.code, period: m.period))) { String(row.openFlags) }
                } else {
                    "0"
                }
            },
        ]
        return DataTable(rows: m.shown, columns: columns, id: "communes", label: L.provinceTitle(m.province.fullName),
                         rowAttributes: { [.id("commune-\($0.unit.code)"), .data("name", $0.unit.fullName)] }).node
    }

    static func missing(_ m: ProvinceModel) -> Node {
        H.section(.aria("labelledby", "miss-h")) {
            H.h2(.id("miss-h")) { L.missingTitle }
            DataTable(rows: m.missingByIndicator, columns: [
                .init(L.indicatorColumn, rowHeader: true) { "\($0.indicator.code) – \(Components.short($0.indicator.name, 80))" },
                .init(L.communeColumn) { item in
                    if item.communes.isEmpty {
                        L.allHaveData
                    } else {
                        H.details {
                            H.summary { L.missingCount(item.communes.count, of: m.all.count) }
                            item.communes.map(\.name).joined(separator: ", ")
                        }
                    }
                },
            ], id: "missing", label: L.missingTitle, rowAttributes: { [.id("missing-\($0.indicator.code)")] }).node
        }
    }
}
