import Foundation
import XaSoCore
import XaSoPersistence

/// Everything a province's report states about its communes, gathered from the functions the
/// province's pages already use, each called once for all communes: the submission table, the
/// evaluations, the ranking, the dossier roll-up and the early warnings. The wording is the core's
/// (`province_*` generators); this only reads.
enum ProvinceReportSource {
    /// `framework` is the indicators' (the report's choice); the submissions keep the framework the
    /// province expects for the period. `dossierRange` nil: the dossier part says it has no data.
    /// The submission table and the ranking check that `actor` may review the province.
    static func gather(store: any AppStorage, province: AdministrativeUnit, period: ReportingPeriod, framework: String,
                       dossierRange: DayRange?, actor: Principal) async throws -> ReportProvince {
        let table = try await store.submissionTable(unitCode: province.code, period: period, actor: actor)
        let communes = table.overview.communes
        let codes = communes.map(\.unitCode)
        let names = Dictionary(uniqueKeysWithValues: communes.map { ($0.unitCode, $0.name) })
        let submissions = ReportSubmissions(deadline: table.overview.deadline, communes: communes.map {
            ReportSubmissionLine(name: $0.name, state: $0.state, onTime: $0.onTime)
        })

        let evaluations = try await store.evaluate(unitCodes: codes, period: period, framework: framework)
        let ranking = try await store.provinceRanking(provinceCode: province.code, period: period, framework: framework,
                                                      actor: actor)

        var figures: ReportDossierFigures?
        var dossierCommunes = 0
        if let range = dossierRange {
            let rollUp = try await store.provinceDossierStatistics(provinceCode: province.code, range: range)
            dossierCommunes = rollUp.units.filter { u in
                let s = u.statistics
                return s.receivedTotal > 0 || s.resolved > 0 || s.inProgress > 0
            }.count
            if dossierCommunes > 0 { figures = ReportDossierFigures(rollUp.total, range: range) }
        }

        let warnings = try await store.earlyWarnings(unitCodes: codes, period: period, framework: framework)
        return ReportProvince(
            communes: communes.map(\.name), submissions: submissions,
            indicators: indicators(evaluations, communes: codes, names: names), ranking: ranking,
            dossiers: figures, dossierCommunes: dossierCommunes,
            warnings: codes.flatMap { code in
                (warnings[code] ?? []).filter { $0.status == .atRisk }.map {
                    ReportProvinceWarning(commune: names[code] ?? code, indicatorCode: $0.indicatorCode,
                                          indicatorName: $0.indicatorName, explanation: $0.explanation)
                }
            }.sorted { ($0.indicatorCode, VietnameseText.folded($0.commune)) < ($1.indicatorCode, VietnameseText.folded($1.commune)) })
    }

    /// Each indicator with every commune's verdict and figure, in catalogue order; the target shown
    /// is the one most communes are judged against (a commune may have its own).
    static func indicators(_ evaluations: [String: [Evaluation]], communes: [String],
                           names: [String: String]) -> [ReportProvinceIndicator] {
        var order: [String] = []
        var byCode: [String: (row: ReportIndicatorRow, verdicts: [ReportCommuneVerdict], targets: [String: Int])] = [:]
        for code in communes {
            for e in evaluations[code] ?? [] {
                let row = ReportIndicatorRow(evaluation: e, reportingBody: "")
                if byCode[row.code] == nil {
                    order.append(row.code)
                    byCode[row.code] = (row, [], [:])
                }
                byCode[row.code]!.verdicts.append(ReportCommuneVerdict(commune: names[code] ?? code, verdict: row.verdict,
                                                                       result: row.value == nil ? nil : row.resultText))
                if row.target != nil { byCode[row.code]!.targets[row.targetText, default: 0] += 1 }
            }
        }
        return order.map { code in
            let entry = byCode[code]!
            let target = entry.targets.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            return ReportProvinceIndicator(number: entry.row.number, code: code, name: entry.row.name, target: target,
                                           communes: entry.verdicts)
        }
    }
}
