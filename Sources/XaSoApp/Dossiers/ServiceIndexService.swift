import Foundation
import XaSoCore
import XaSoPersistence

/// Decision 766's index for a commune's period, or every commune of a province ranked.
public enum ServiceIndexService {
    /// One commune's index, with the period it was computed for.
    public struct CommuneIndex: Codable, Sendable {
        public var unitCode: String
        public var period: String
        public var index: ServiceIndexScore

        enum CodingKeys: String, CodingKey { case period, index; case unitCode = "unit_code" }
    }

    /// A province's communes from the highest index down (ties share a rank).
    public struct Ranked: Codable, Sendable {
        public var rank: Int
        public var unitCode: String
        public var name: String
        public var total: Double
        public var attainable: Double

        enum CodingKeys: String, CodingKey { case rank, name, total, attainable; case unitCode = "unit_code" }
    }

    public enum Result: Encodable, Sendable {
        case commune(CommuneIndex)
        case province([Ranked])

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .commune(let c): try c.encode(to: encoder)
            case .province(let list): try list.encode(to: encoder)
            }
        }
    }

    public static func index(unitCode: String, period: ReportingPeriod, store: any AppStorage) async throws -> Result {
        let unit = try await store.requireUnit(unitCode)
        let model = try ServiceIndexModel.official()
        if unit.level == .province {
            let communes = try await store.children(of: unitCode).filter { $0.level == .commune }
            let scores = try await scores(unitCodes: communes.map(\.code), period: period, model: model, store: store)
            let sorted = communes.map { ($0, scores[$0.code]!) }.sorted {
                $0.1.total != $1.1.total ? $0.1.total > $1.1.total : $0.0.code < $1.0.code
            }
            var ranked: [Ranked] = []
            for (i, (commune, score)) in sorted.enumerated() {
                let rank = i > 0 && sorted[i - 1].1.total == score.total ? ranked[i - 1].rank : i + 1
                ranked.append(Ranked(rank: rank, unitCode: commune.code, name: commune.fullName, total: score.total,
                                     attainable: score.attainable))
            }
            return .province(ranked)
        }
        let score = try await scores(unitCodes: [unitCode], period: period, model: model, store: store)[unitCode]!
        return .commune(CommuneIndex(unitCode: unitCode, period: period.description, index: score))
    }

    /// Each commune's score: statistics over the period's cut-off range, figures as entered for the period.
    static func scores(unitCodes: [String], period: ReportingPeriod, model: ServiceIndexModel,
                       store: any AppStorage) async throws -> [String: ServiceIndexScore] {
        let stats = try await store.dossierStatistics(unitCodes: unitCodes, range: period.cutOffRange)
        let wanted = Set(model.figureCodes)
        var result: [String: ServiceIndexScore] = [:]
        for code in unitCodes {
            var figures: [String: Double] = [:]
            for v in try await store.values(unitCode: code, period: period) where wanted.contains(v.indicatorCode) {
                figures[v.indicatorCode] = v.value.number
            }
            result[code] = model.score(statistics: stats[code] ?? DossierStatistics(), figures: figures)
        }
        return result
    }
}
