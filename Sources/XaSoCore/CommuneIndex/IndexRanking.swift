import Foundation

/// Pillar → score, every pillar named (null when nothing in it was scored).
public struct PillarScores: Sendable, Equatable, Codable {
    public var government: Double?
    public var economy: Double?
    public var society: Double?
    public var infrastructure: Double?

    public init(_ scores: [IndexPillar: Double]) {
        government = scores[.government]
        economy = scores[.economy]
        society = scores[.society]
        infrastructure = scores[.infrastructure]
    }

    public subscript(_ pillar: IndexPillar) -> Double? {
        switch pillar {
        case .government: return government
        case .economy: return economy
        case .society: return society
        case .infrastructure: return infrastructure
        }
    }

    enum CodingKeys: String, CodingKey {
        case government = "chinh_quyen_so", economy = "kinh_te_so", society = "xa_hoi_so", infrastructure = "ha_tang_nhan_luc"
    }

    // Written out so an empty pillar reads as null rather than vanishing from the object.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(government, forKey: .government)
        try c.encode(economy, forKey: .economy)
        try c.encode(society, forKey: .society)
        try c.encode(infrastructure, forKey: .infrastructure)
    }
}

/// One commune's line of a province's ranking.
public struct RankingRow: Sendable, Equatable, Codable {
    /// Nil for a commune with no figure for the period: it is listed, after the others, not ranked.
    public var rank: Int?
    public var unitCode: String
    public var name: String
    public var index: Double
    public var pillars: PillarScores
    /// Indicators met or exceeded, and indicators judged at all (`VerdictCounts`).
    public var achieved: Int
    public var judged: Int
    /// Places moved up since the previous period (negative: down); nil when unranked in either.
    public var rankChange: Int?

    enum CodingKeys: String, CodingKey {
        case rank, name, index, pillars, achieved, judged
        case unitCode = "unit_code", rankChange = "rank_change"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rank, forKey: .rank)
        try c.encode(unitCode, forKey: .unitCode)
        try c.encode(name, forKey: .name)
        try c.encode(index, forKey: .index)
        try c.encode(pillars, forKey: .pillars)
        try c.encode(achieved, forKey: .achieved)
        try c.encode(judged, forKey: .judged)
        try c.encode(rankChange, forKey: .rankChange)
    }
}

public enum IndexRanking {
    /// Competition ranking ("1, 2, 2, 4"): equal values share a rank and the next rank skips.
    public static func competitionRanks(_ values: [(key: String, value: Double)]) -> [String: Int] {
        let sorted = values.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var ranks: [String: Int] = [:]
        for (position, item) in sorted.enumerated() {
            ranks[item.key] = position > 0 && sorted[position - 1].value == item.value
                ? ranks[sorted[position - 1].key] : position + 1
        }
        return ranks
    }

    /// Positive when the commune moved up (from 5th to 2nd is +3).
    public static func rankChange(previous: Int?, current: Int?) -> Int? {
        guard let previous, let current else { return nil }
        return previous - current
    }

    /// Ranks a province's communes for a period. The previous period is ranked with the same weights,
    /// so that editing the weights does not show up as communes moving. "Top N" targets of the
    /// indicators this index ranks (`IndexRole.judgedFromRank`) are judged from the commune's rank
    /// when it has no figure of its own for them; a figure entered (the city's published rank) wins.
    public static func rank(communes: [AdministrativeUnit], current: [String: [Evaluation]],
                            previous: [String: [Evaluation]], weights: PillarWeights,
                            rules: EvaluationRules = .standard) -> [RankingRow] {
        func ranks(_ evaluations: [String: [Evaluation]]) -> (scores: [String: CommuneScore], ranks: [String: Int]) {
            let scores = Dictionary(uniqueKeysWithValues: communes.map {
                ($0.code, IndexScore.compute(evaluations[$0.code] ?? [], weights: weights))
            })
            let ranked = scores.filter(\.value.hasData).map { (key: $0.key, value: $0.value.index) }
            return (scores, competitionRanks(ranked))
        }
        let now = ranks(current)
        let before = ranks(previous)
        let rows = communes.map { unit -> RankingRow in
            let score = now.scores[unit.code]!
            let rank = now.ranks[unit.code]
            let judged = (current[unit.code] ?? []).map { judgedFromRank($0, rank: rank, rules: rules) }
            let counts = VerdictCounts(judged)
            return RankingRow(rank: rank, unitCode: unit.code, name: unit.fullName, index: score.index,
                              pillars: PillarScores(score.pillars), achieved: counts.achieved, judged: counts.judged,
                              rankChange: rankChange(previous: before.ranks[unit.code], current: rank))
        }
        return rows.sorted { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default:
                let (fa, fb) = (VietnameseText.folded(a.name), VietnameseText.folded(b.name))
                return fa != fb ? fa < fb : a.unitCode < b.unitCode
            }
        }
    }

    /// The evaluation with a rank target judged from the commune's place, when it has no figure.
    static func judgedFromRank(_ e: Evaluation, rank: Int?, rules: EvaluationRules) -> Evaluation {
        guard e.value == nil, let rank, IndexPillars.role(of: e.indicator) == .judgedFromRank,
              let target = e.target, target.comparison.bound != nil else { return e }
        var judged = e
        judged.verdict = Evaluator.verdict(value: Double(rank), target: target, direction: e.indicator.direction, rules: rules)
        return judged
    }
}
