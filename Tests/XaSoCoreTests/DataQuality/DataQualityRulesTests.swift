import Foundation
import Testing
import XaSoCore

/// Issue #13 item 4: each check against numbers worked out by hand (docs/quality.md).
@Suite struct DataQualityRulesTests {
    static let q3 = ReportingPeriod.quarter(3, 2025), q2 = ReportingPeriod.quarter(2, 2025)

    static func value(_ unit: String, _ indicator: String, _ x: Double, period: ReportingPeriod = q3,
                      numerator: Double? = nil, denominator: Double? = nil) -> IndicatorValue {
        IndicatorValue(unitCode: unit, indicatorCode: indicator, period: period, value: MeasuredValue(number: x),
                       numerator: numerator, denominator: denominator)
    }

    /// [10, 12, 14, 15, 16, 90]: median (14 + 15) / 2 = 14,5; deviations 4,5 2,5 0,5 0,5 1,5 75,5,
    /// sorted 0,5 0,5 1,5 2,5 4,5 75,5, so MAD = (1,5 + 2,5) / 2 = 2; M(90) = 0,6745 × 75,5 / 2 = 25,462375.
    @Test func modifiedZScoreByHand() throws {
        let r = try #require(ModifiedZScore.scores([10, 12, 14, 15, 16, 90]))
        #expect(r.median == 14.5)
        #expect(r.mad == 2)
        #expect(abs(r.scores[5] - 25.462375) < 1e-9)
        #expect(abs(r.scores[0] - -1.517625) < 1e-9)   // 0,6745 × −4,5 / 2
        #expect(abs(r.scores[4] - 0.505875) < 1e-9)    // 0,6745 × 1,5 / 2
    }

    /// [50, 50, 50, 50, 60, 80]: median 50, MAD 0 (four deviations of 0). Mean deviation 40 / 6;
    /// M(80) = 30 / (1,253314 × 6,6667) = 3,5905 (an outlier), M(60) = 10 / 8,35543 = 1,1968.
    @Test func zeroMADFallsBackToTheMeanDeviation() throws {
        let r = try #require(ModifiedZScore.scores([50, 50, 50, 50, 60, 80]))
        #expect(r.median == 50)
        #expect(r.mad == 0)
        #expect(abs(r.scores[5] - 3.5905) < 1e-4)
        #expect(abs(r.scores[4] - 1.1968) < 1e-4)
        #expect(r.scores[0] == 0)
        // All equal: nothing stands out; four values: too few to say what is usual.
        #expect(ModifiedZScore.scores([7, 7, 7, 7, 7]) == nil)
        #expect(ModifiedZScore.scores([1, 2, 3, 100]) == nil)
    }

    @Test func outlierAmongTheProvincesCommunes() throws {
        let xs: [Double] = [10, 12, 14, 15, 16, 90]
        let values = xs.enumerated().map { Self.value("X\($0.offset)", "P", $0.element) }
        let flags = DataQualityRules.outlierFlags(values, unitKinds: ["P": .percent])
        #expect(flags.count == 1)
        let f = try #require(flags.first)
        #expect(f.unitCode == "X5" && f.kind == .outlier && f.value == 90)
        #expect(f.reason == "90% khác xa các xã khác trong tỉnh: trung vị 14,5% của 6 xã có số liệu, điểm z hiệu chỉnh 25,5 (ngưỡng ±3,5).")
        #expect(f.detail == ["median": 14.5, "mad": 2, "score": 25.462, "count": 6])
        // The MAD = 0 list flags 80 only; a rank or a yes/no is never compared.
        let flat = [50.0, 50, 50, 50, 60, 80].enumerated().map { Self.value("Y\($0.offset)", "C", $0.element) }
        #expect(DataQualityRules.outlierFlags(flat, unitKinds: ["C": .count]).map(\.unitCode) == ["Y5"])
        #expect(DataQualityRules.outlierFlags(values, unitKinds: ["P": .rank]).isEmpty)
    }

    @Test func jumpOfAShareInPercentagePoints() throws {
        func jump(_ p: Double, _ x: Double, previousPeriod: ReportingPeriod = Self.q2) -> DataQualityFlag? {
            DataQualityRules.jumpFlag(Self.value("A", "P", x), previous: Self.value("A", "P", p, period: previousPeriod),
                                      unitKind: .percent)
        }
        let up = try #require(jump(20, 65))
        #expect(up.reason == "Tăng 45 điểm phần trăm so với quý II năm 2025 (từ 20% lên 65%), vượt ngưỡng 30 điểm.")
        #expect(up.detail == ["previous": 20, "change": 45])
        #expect(try #require(jump(80, 40)).reason
                == "Giảm 40 điểm phần trăm so với quý II năm 2025 (từ 80% xuống 40%), vượt ngưỡng 30 điểm.")
        #expect(jump(20, 50) == nil)   // exactly 30 points: not beyond
        #expect(jump(20, 65, previousPeriod: .quarter(1, 2025)) == nil)   // not the period just before
    }

    @Test func jumpOfACountByFactor() throws {
        func jump(_ p: Double, _ x: Double) -> DataQualityFlag? {
            DataQualityRules.jumpFlag(Self.value("A", "N", x), previous: Self.value("A", "N", p, period: Self.q2),
                                      unitKind: .count)
        }
        #expect(try #require(jump(10, 50)).reason
                == "Từ 10 (quý II năm 2025) thành 50, gấp 5 lần; ngưỡng kiểm tra: tăng hoặc giảm quá 3 lần.")
        // 40 → 12: below 40 / 3 = 13,3 and 28 apart; 40 / 12 = 3,33.
        #expect(try #require(jump(40, 12)).reason
                == "Từ 40 (quý II năm 2025) thành 12, giảm còn 1/3,3; ngưỡng kiểm tra: tăng hoặc giảm quá 3 lần.")
        #expect(jump(2, 9) == nil)     // 4,5 times, but only 7 more
        #expect(jump(30, 10) == nil)   // exactly a third
        #expect(jump(0, 50) == nil)    // no base to compare with
        #expect(DataQualityRules.jumpFlag(Self.value("A", "R", 50), previous: Self.value("A", "R", 2, period: Self.q2),
                                          unitKind: .rank) == nil)
    }

    @Test func ledgerContradiction() throws {
        let ledger = DossierIndicatorFigure(indicatorCode: "P2.III.20", name: "Tỷ lệ hồ sơ trực tuyến",
                                            rate: DossierRate(numerator: 87, denominator: 100))
        let f = try #require(DataQualityRules.ledgerFlag(Self.value("A", "P2.III.20", 100), ledger: ledger))
        #expect(f.kind == .ledgerMismatch)
        #expect(f.reason == "Nhập 100%, sổ theo dõi hồ sơ cho 87% (87/100 hồ sơ); chênh 13 điểm phần trăm, quá 5 điểm.")
        #expect(f.detail == ["ledger": 87, "numerator": 87, "denominator": 100])
        #expect(DataQualityRules.ledgerFlag(Self.value("A", "P2.III.20", 92), ledger: ledger) == nil)   // 5 points: within
        let empty = DossierIndicatorFigure(indicatorCode: "P2.III.20", name: "x", rate: DossierRate(numerator: 0, denominator: 0))
        #expect(DataQualityRules.ledgerFlag(Self.value("A", "P2.III.20", 100), ledger: empty) == nil)
    }

    @Test func rangeFlagsOnOldRows() {
        let over = DataQualityRules.rangeFlags(Self.value("A", "P", 120, numerator: 25, denominator: 20), unitKind: .percent)
        #expect(over.map(\.kind) == [.percentOutOfRange, .numeratorAboveDenominator])
        #expect(over.map(\.reason) == ["Tỷ lệ 120% nằm ngoài khoảng 0–100%.", "Tử số (25) lớn hơn mẫu số (20)."])
        #expect(DataQualityRules.rangeFlags(Self.value("A", "N", 120), unitKind: .count).isEmpty)
    }

    /// The whole: only the asked commune's flags, ordered by indicator then kind; the outlier judged
    /// among every commune given.
    @Test func flagsOfOneCommuneAmongItsProvince() {
        let xs: [Double] = [10, 12, 14, 15, 16, 90]
        var values = xs.enumerated().map { Self.value("X\($0.offset)", "P", $0.element) }
        values.append(Self.value("X5", "N", 50))
        let previous = [Self.value("X5", "P", 20, period: Self.q2), Self.value("X5", "N", 10, period: Self.q2)]
        let flags = DataQualityRules.flags(values: values, previous: previous, unitKinds: ["P": .percent, "N": .count],
                                           unitCodes: ["X5"])
        #expect(flags.map { "\($0.indicatorCode) \($0.kind.rawValue)" } == ["N jump", "P jump", "P outlier"])
        #expect(DataQualityRules.flags(values: values, previous: previous, unitKinds: ["P": .percent, "N": .count],
                                       unitCodes: ["X0"]).isEmpty)
    }

    @Test func kindsParseByTheirStableName() {
        #expect(DataQualityKind(parsing: "ledger_mismatch") == .ledgerMismatch)
        #expect(DataQualityKind(parsing: " Outlier") == .outlier)
        #expect(DataQualityKind(parsing: "typo") == nil)
    }
}
