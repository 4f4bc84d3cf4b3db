import Foundation
import XaSoCore

/// The province officer's table: every commune's verdict counts for a period, a ranking, and which
/// communes have no figure for each indicator. Pure, so tests check ranking and sorting directly.
struct ProvinceModel: Sendable {
    struct CommuneRow: Sendable {
        var unit: AdministrativeUnit
        var counts: VerdictCounts
        var hasData: Bool
        var rank: Int?
        /// Indicator codes without a figure.
        var missing: Set<String>
        /// Indicators projected to miss their milestone (`EarlyWarning`); nil when not assessed.
        var atRisk: Int? = nil
        /// Data-quality flags not yet marked checked (`QualityModel.openCounts`).
        var openFlags: Int = 0
    }

    enum Sort: String, CaseIterable, Sendable {
        case rank, name, exceeded, met, approaching
        case notMet = "not_met"
        case noTarget = "no_target"
        case noData = "no_data"
        case rate
    }

    var province: AdministrativeUnit
    var period: ReportingPeriod
    var framework: String?
    var frameworks: [IndicatorFramework]
    var indicators: [Indicator]
    /// Every commune, ranked, before filtering.
    var all: [CommuneRow]
    /// What the table shows: filtered and sorted.
    var shown: [CommuneRow]
    var sort: Sort
    var query: String
    var withDataOnly: Bool
    /// The period picker offers periods up to this day.
    var today = LocalDay(date: Date())

    /// The whole page: the table, the commune index ranking with its weights, and the province's report
    /// of the period's length (nil when it has none).
    struct Page: Sendable {
        var table: ProvinceModel
        var ranking: [RankingRow]
        var weights: WeightsSentence
        var reportKind: String?
    }

    /// `evaluations` holds the communes that have figures; the others count every indicator as "no data".
    static func build(province: AdministrativeUnit, communes: [AdministrativeUnit], period: ReportingPeriod,
                      framework: String?, frameworks: [IndicatorFramework], indicators: [Indicator],
                      evaluations: [String: [Evaluation]], atRisk: [String: Int] = [:], openFlags: [String: Int] = [:],
                      sort: Sort, query: String, withDataOnly: Bool) -> ProvinceModel {
        var rows: [CommuneRow] = communes.map { unit in
            if let list = evaluations[unit.code] {
                return CommuneRow(unit: unit, counts: VerdictCounts(list), hasData: list.contains { $0.value != nil },
                                  rank: nil, missing: Set(list.filter { $0.value == nil }.map(\.indicator.code)))
            }
            var counts = VerdictCounts([])
            counts.counts[.noData] = indicators.count
            return CommuneRow(unit: unit, counts: counts, hasData: false, rank: nil, missing: Set(indicators.map(\.code)))
        }
        for i in rows.indices {
            rows[i].atRisk = atRisk[rows[i].unit.code]
            rows[i].openFlags = openFlags[rows[i].unit.code] ?? 0
        }
        // Competition ranking ("1, 2, 2, 4") by share met, then number met; communes without figures are unranked.
        let ranked = rows.indices.filter { rows[$0].hasData }.sorted { a, b in
            let x = rows[a], y = rows[b]
            if (x.counts.achievedRate ?? 0) != (y.counts.achievedRate ?? 0) { return (x.counts.achievedRate ?? 0) > (y.counts.achievedRate ?? 0) }
            if x.counts.achieved != y.counts.achieved { return x.counts.achieved > y.counts.achieved }
            return x.unit.name < y.unit.name
        }
        var previous: (Double, Int)?
        var rank = 0
        for (position, i) in ranked.enumerated() {
            let key = (rows[i].counts.achievedRate ?? 0, rows[i].counts.achieved)
            if previous.map({ $0 != key }) ?? true { rank = position + 1 }
            rows[i].rank = rank
            previous = key
        }
        let folded = VietnameseText.folded(query)
        let filtered = rows.filter { row in
            (!withDataOnly || row.hasData) && (folded.isEmpty || VietnameseText.folded(row.unit.fullName).contains(folded))
        }
        return ProvinceModel(province: province, period: period, framework: framework, frameworks: frameworks,
                             indicators: indicators, all: rows, shown: sorted(filtered, by: sort), sort: sort,
                             query: query, withDataOnly: withDataOnly)
    }

    static func sorted(_ rows: [CommuneRow], by sort: Sort) -> [CommuneRow] {
        func count(_ v: Verdict) -> (CommuneRow, CommuneRow) -> Bool {
            { a, b in a.counts[v] != b.counts[v] ? a.counts[v] > b.counts[v] : byRank(a, b) }
        }
        func byRank(_ a: CommuneRow, _ b: CommuneRow) -> Bool {
            switch (a.rank, b.rank) {
            case let (x?, y?): return x != y ? x < y : a.unit.name < b.unit.name
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.unit.name < b.unit.name
            }
        }
        switch sort {
        case .rank, .rate: return rows.sorted(by: byRank)
        case .name: return rows.sorted { a, b in
            VietnameseText.folded(a.unit.name) != VietnameseText.folded(b.unit.name)
                ? VietnameseText.folded(a.unit.name) < VietnameseText.folded(b.unit.name) : a.unit.code < b.unit.code
        }
        case .exceeded: return rows.sorted(by: count(.exceeded))
        case .met: return rows.sorted(by: count(.met))
        case .approaching: return rows.sorted(by: count(.approaching))
        case .notMet: return rows.sorted(by: count(.notMet))
        case .noTarget: return rows.sorted(by: count(.noTarget))
        case .noData: return rows.sorted(by: count(.noData))
        }
    }

    /// For each indicator, the communes (of all, not just those shown) that have no figure for it.
    var missingByIndicator: [(indicator: Indicator, communes: [AdministrativeUnit])] {
        indicators.map { ind in (ind, all.filter { $0.missing.contains(ind.code) }.map(\.unit)) }
    }

    var ranked: [CommuneRow] { all.filter { $0.rank != nil }.sorted { ($0.rank ?? 0, $0.unit.name) < ($1.rank ?? 0, $1.unit.name) } }
}
