import Foundation
import Testing
@testable import XaSoCore

/// The commune index worked out by hand (docs/rankings.md): scores against targets, pillars,
/// weights, competition ranking, rank change and "Top N" targets judged from the rank.
@Suite struct CommuneIndexTests {
    static let period = ReportingPeriod.year(2025)

    static func indicator(_ code: String, target: String, kind: UnitKind = .percent, direction: Direction = .higher) -> Indicator {
        Indicator(code: code, frameworkCode: "T", number: code, name: code, unit: "%", unitKind: kind, direction: direction,
                  owners: [], targets: [2025: Target(parsing: target)])
    }

    static func eval(_ indicator: Indicator, _ value: Double?) -> Evaluation {
        Evaluator.evaluate(indicator: indicator, period: period, value: value.map { MeasuredValue(number: $0) })
    }

    static let equal = try! PillarWeights(codes: ["chinh_quyen_so": 25, "kinh_te_so": 25, "xa_hoi_so": 25, "ha_tang_nhan_luc": 25])

    @Test func normalisedAgainstTheTarget() {
        func score(_ value: Double?, _ target: String, _ direction: Direction = .higher) -> Double? {
            IndexScore.normalised(value: value, comparison: Target(parsing: target).comparison, direction: direction)
        }
        #expect(score(60, "> 80%") == 0.75)
        #expect(score(120, "80%") == 1)            // beating the target earns no more than meeting it
        #expect(score(140, "< 70", .lower) == 0.5) // a rank: 70 ÷ 140
        #expect(score(35, "< 70", .lower) == 1)
        #expect(score(100, "Phấn đấu top 50 của TP") == 0.5)  // a Top N is lower-is-better whatever the direction says
        #expect(score(40, "80-90%") == 0.5)        // the near end of the range
        #expect(score(180, "80-90", .lower) == 0.5)
        #expect(score(nil, "80%") == 0)            // no figure counts as nothing done
        #expect(score(50, "-") == nil)             // nothing to score against
        #expect(score(50, "Đạt mức cao của TP") == nil)
    }

    @Test func pillarsAveragedAndWeighted() throws {
        let evaluations = [
            Self.eval(Self.indicator("NQ71.7.1", target: "> 80%"), 60),                        // government 0.75
            Self.eval(Self.indicator("NQ71.7.2", target: "100%"), 100),                        // government 1
            Self.eval(Self.indicator("NQ71.17", target: "< 70", kind: .rank, direction: .lower), 140), // government 0.5
            Self.eval(Self.indicator("NQ71.8", target: "> 85%"), 85),                          // economy 1
            Self.eval(Self.indicator("CL411.01", target: "80%"), nil),                         // society 0
            Self.eval(Self.indicator("CL411.03", target: "> 50%"), 25),                        // society 0.5
            Self.eval(Self.indicator("P2.I.1", target: "> 60%"), 90),                          // infrastructure 1
            Self.eval(Self.indicator("P2.III.14", target: "> 0,77", kind: .index), 0.1),       // outside the index
        ]
        let standard = IndexScore.compute(evaluations, weights: .standard)
        #expect(standard.pillars == [.government: 75, .economy: 100, .society: 25, .infrastructure: 100])
        // 0.30 × 75 + 0.20 × 100 + 0.20 × 25 + 0.30 × 100 = 22.5 + 20 + 5 + 30
        #expect(standard.index == 77.5)
        #expect(IndexScore.compute(evaluations, weights: Self.equal).index == 75)  // (75 + 100 + 25 + 100) ÷ 4
    }

    @Test func aPillarWithNothingScoredIsLeftOut() {
        let evaluations = [
            Self.eval(Self.indicator("NQ71.7.1", target: "> 80%"), 60),  // government 75
            Self.eval(Self.indicator("CL411.03", target: "> 50%"), 12.5), // society 25
        ]
        let score = IndexScore.compute(evaluations, weights: .standard)
        // (30 × 75 + 20 × 25) ÷ (30 + 20)
        #expect(score.index == 55)
        #expect(score.pillars[.economy] == nil)
        #expect(PillarScores(score.pillars).economy == nil)
    }

    @Test func weightsMustNameEveryPillarAndSumTo100() throws {
        #expect(PillarWeights.standard.codes == ["chinh_quyen_so": 30, "kinh_te_so": 20, "xa_hoi_so": 20, "ha_tang_nhan_luc": 30])
        #expect(Self.equal[.economy] == 25)
        do {
            _ = try PillarWeights(codes: ["chinh_quyen_so": 30, "kinh_te_so": 20, "xa_hoi_so": 20, "ha_tang_nhan_luc": 20])
            Issue.record("a sum of 90 was accepted")
        } catch let error as AppError {
            #expect(error.code == "weights.invalid")
            #expect(error.message.contains("90"))
            #expect(error.issues.map(\.code) == ["weights.sum"])
            #expect(error.issues.first?.value == "90")
        }
        do {
            _ = try PillarWeights(codes: ["chinh_quyen_so": 50, "kinh_te_so": 50, "xa_hoi_so": -10, "khac": 10])
            Issue.record("an unknown pillar was accepted")
        } catch let error as AppError {
            #expect(Set(error.issues.map(\.code)) == ["weights.unknown_pillar", "weights.negative", "weights.missing", "weights.sum"])
            #expect(error.issues.first { $0.code == "weights.sum" }?.value == "90")  // 50 + 50 − 10; "khac" is no pillar
            #expect(error.issues.contains { $0.field == "weights.khac" })
            #expect(error.issues.contains { $0.field == "weights.ha_tang_nhan_luc" })
        }
        // 33.33 + 33.33 + 33.34 + 0 is 100 to the hundredth.
        #expect(throws: Never.self) {
            try PillarWeights(codes: ["chinh_quyen_so": 33.33, "kinh_te_so": 33.33, "xa_hoi_so": 33.34, "ha_tang_nhan_luc": 0])
        }
    }

    @Test func competitionRankingAndRankChange() {
        let ranks = IndexRanking.competitionRanks([("a", 80), ("c", 70), ("b", 70), ("d", 50)])
        #expect(ranks == ["a": 1, "b": 2, "c": 2, "d": 4])
        #expect(IndexRanking.rankChange(previous: 5, current: 2) == 3)
        #expect(IndexRanking.rankChange(previous: 1, current: 4) == -3)
        #expect(IndexRanking.rankChange(previous: nil, current: 1) == nil)
    }

    @Test func provinceRankedWithTiesRankChangeAndTopTargetsFromTheRank() {
        let g = Self.indicator("NQ71.7.1", target: "80%")
        let r = Self.indicator("NQ71.5", target: "Top 2 của tỉnh", kind: .rank, direction: .lower)
        func unit(_ code: String, _ name: String) -> AdministrativeUnit {
            AdministrativeUnit(code: code, name: name, fullName: "Xã " + name, kind: "xa", parentCode: "01")
        }
        let communes = [unit("00004", "Đông"), unit("00003", "Bình"), unit("00002", "An"), unit("00001", "Xuân")]
        let current: [String: [Evaluation]] = [
            "00001": [Self.eval(g, 80), Self.eval(r, nil)],   // 100, first; Top 2 met from its rank
            "00002": [Self.eval(g, 40), Self.eval(r, nil)],   // 50, second; Top 2 met from its rank
            "00003": [Self.eval(g, 40), Self.eval(r, 5)],     // 50, second too; its own figure 5 is not Top 2
            "00004": [Self.eval(g, nil), Self.eval(r, nil)],  // no figure: not ranked
        ]
        let previous: [String: [Evaluation]] = [
            "00001": [Self.eval(g, 40)],
            "00002": [Self.eval(g, 80)],
        ]
        let rows = IndexRanking.rank(communes: communes, current: current, previous: previous, weights: .standard)
        #expect(rows.map(\.unitCode) == ["00001", "00002", "00003", "00004"])
        #expect(rows.map(\.rank) == [1, 2, 2, nil])
        #expect(rows.map(\.index) == [100, 50, 50, 0])
        #expect(rows.map(\.pillars.government) == [100, 50, 50, 0])
        #expect(rows.map(\.pillars.economy) == [nil, nil, nil, nil])
        #expect(rows.map(\.achieved) == [2, 1, 0, 0])
        #expect(rows.map(\.judged) == [2, 2, 2, 0])
        #expect(rows.map(\.rankChange) == [1, -1, nil, nil])
    }

    @Test func rowEncodesTheContract() throws {
        let row = RankingRow(rank: 1, unitCode: "00001", name: "Xã Xuân", index: 77.5,
                             pillars: PillarScores([.government: 75]), achieved: 3, judged: 4, rankChange: nil)
        let json = String(decoding: try JSONEncoder.sorted.encode(row), as: UTF8.self)
        #expect(json == #"{"achieved":3,"index":77.5,"judged":4,"name":"Xã Xuân","pillars":{"chinh_quyen_so":75,"ha_tang_nhan_luc":null,"kinh_te_so":null,"xa_hoi_so":null},"rank":1,"rank_change":null,"unit_code":"00001"}"#)
    }
}

private extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}
