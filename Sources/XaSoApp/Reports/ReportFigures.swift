import XaSoCore
import XaSoPersistence

extension ReportService {
    /// The codes a kind's outline states in sentences, in outline order, each once.
    static func figureCodes(of kind: ReportKindDefinition) -> [String] {
        var seen = Set<String>()
        return kind.sections.flatMap { $0.content.flatMap { $0.figures ?? [] } }.filter { seen.insert($0).inserted }
    }

    /// The figures `codes` names for the unit and period, with the previous period's value for the
    /// change; a code the catalogue does not know (a province's kind naming a figure since removed)
    /// is left out rather than failing the report.
    func figures(unitCode: String, period: ReportingPeriod, codes: [String]) async throws -> [ReportFigure] {
        guard !codes.isEmpty else { return [] }
        let indicators = Dictionary(try await store.indicators(unitCode: unitCode).map { ($0.code, $0) },
                                    uniquingKeysWith: { first, _ in first })
        let values = try await store.values(unitCode: unitCode, periods: [period, period.previous])
        var byKey: [String: IndicatorValue] = [:]
        for v in values { byKey["\(v.indicatorCode)|\(v.period)"] = v }
        return codes.compactMap { code in
            indicators[code].map { indicator in
                ReportFigure(indicator: indicator, value: byKey["\(code)|\(period)"],
                             previous: byKey["\(code)|\(period.previous)"])
            }
        }
    }
}
