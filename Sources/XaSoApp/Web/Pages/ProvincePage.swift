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
        let store = req.store
        let communes = try await store.children(of: code).filter { $0.level == .commune }
        let frameworks = try await store.frameworks()
        let framework: String? = req.query[String.self, at: "framework"].map { $0.isEmpty ? nil : $0 }
            ?? frameworks.first?.code
        let period: ReportingPeriod
        if let asked = try req.webPeriod() {
            period = asked
        } else {
            period = try await DefaultPeriod.latest(units: communes.map(\.code), on: req.db)
        }
        let indicators = try await store.indicators(framework: framework)
        let reporting = try await req.store.unitsWithFigures(communes.map(\.code), period: period)
        let evaluations = try await store.evaluate(unitCodes: communes.map(\.code).filter(reporting.contains),
                                                   period: period, framework: framework)
        // Warnings only for the communes that reported this period: the others show no figures at all.
        let warnings = try await store.earlyWarnings(unitCodes: communes.map(\.code).filter(reporting.contains),
                                                     period: period, framework: framework)
        let model = ProvinceModel.build(
            province: province, communes: communes, period: period, framework: framework, frameworks: frameworks,
            indicators: indicators, evaluations: evaluations,
            atRisk: warnings.mapValues { $0.filter { $0.status == .atRisk }.count },
            openFlags: QualityModel.openCounts(try await store.qualityFlags(unitCode: code, period: period, actor: actor)),
            sort: req.query[String.self, at: "sort"].flatMap(ProvinceModel.Sort.init(rawValue:)) ?? .rank,
            query: req.query[String.self, at: "q"] ?? "", withDataOnly: req.query[String.self, at: "data"] == "1")
        if let format = req.query[String.self, at: "format"], !format.isEmpty {
            return try ProvinceSheet.sheet(model).response(TableFormat(parsing: format)) {
                req.redirect(to: WebPath.province(code, period: period, framework: framework))
            }
        }
        let ranking = try await store.provinceRanking(provinceCode: code, period: period, framework: framework, actor: actor)
        let weights = try await store.indexWeights(provinceCode: code, actor: actor).weights
        let reportKind = try await req.reportService.kinds(for: province).first { $0.periodKinds.contains(period.kind) }?.code
        return WebResponse.page(render(model, ranking: ProvinceRankingSection.render(
            ranking, provinceCode: code, weights: WeightsSentence(weights), period: period, framework: framework),
            reportKind: reportKind, ctx: PageContext(req, active: .province)))
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
                                    frameworks: m.frameworks, framework: m.framework)
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
        let columns: [(ProvinceModel.Sort, Verdict)] = [(.exceeded, .exceeded), (.met, .met), (.approaching, .approaching),
                                                         (.notMet, .notMet), (.noTarget, .noTarget), (.noData, .noData)]
        return Components.tableWrap(label: L.provinceTitle(m.province.fullName)) {
            H.table(.id("communes")) {
                H.thead {
                    H.tr {
                        H.th(.scope("col"), .class("num")) { sortLink(.rank, m) }
                        H.th(.scope("col")) { sortLink(.name, m) }
                        for (s, _) in columns { H.th(.scope("col"), .class("num")) { sortLink(s, m) } }
                        H.th(.scope("col"), .class("num")) { sortLink(.rate, m) }
                        H.th(.scope("col"), .class("num")) { L.atRiskColumn }
                        H.th(.scope("col"), .class("num")) { L.qualityColumn }
                    }
                }
                H.tbody {
                    for row in m.shown {
                        H.tr(.id("commune-\(row.unit.code)"), .data("name", row.unit.fullName)) {
                            H.td(.class("num")) { row.rank.map(String.init) ?? L.noValue }
                            H.th(.scope("row")) {
                                H.a(.href(WebPath.dashboard(row.unit.code, period: m.period, framework: m.framework))) { row.unit.fullName }
                            }
                            for (_, v) in columns { H.td(.class("num")) { String(row.counts[v]) } }
                            H.td(.class("num")) { row.hasData ? L.percent(row.counts.achievedRate) : L.noValue }
                            H.td(.class("num"), .data("at-risk", row.atRisk.map(String.init) ?? "")) {
                                row.atRisk.map(String.init) ?? L.noValue
                            }
                            H.td(.class("num"), .data("open-flags", String(row.openFlags))) {
                                if row.openFlags > 0 {
                                    H.a(.href(WebPath.quality(row.unit.code, period: m.period))) { String(row.openFlags) }
                                } else {
                                    "0"
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func missing(_ m: ProvinceModel) -> Node {
        H.section(.aria("labelledby", "miss-h")) {
            H.h2(.id("miss-h")) { L.missingTitle }
            Components.tableWrap(label: L.missingTitle) {
                H.table(.id("missing")) {
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { L.indicatorColumn }
                            H.th(.scope("col")) { L.communeColumn }
                        }
                    }
                    H.tbody {
                        for (ind, communes) in m.missingByIndicator {
                            H.tr(.id("missing-\(ind.code)")) {
                                H.th(.scope("row")) { "\(ind.code) – \(Components.short(ind.name, 80))" }
                                H.td {
                                    if communes.isEmpty {
                                        L.allHaveData
                                    } else {
                                        H.details {
                                            H.summary { L.missingCount(communes.count, of: m.all.count) }
                                            communes.map(\.name).joined(separator: ", ")
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
