import Foundation
import Testing
@testable import XaSoCore

/// Decision 766's index, scored by hand from figures shaped like the Nghi Dương six-month report.
@Suite struct ServiceIndexTests {
    static func sixMonthLike() -> DossierStatistics {
        var s = DossierStatistics(receivedInPeriod: 5805, carriedOver: 87, online: 5805, early: 3000, onTime: 2792, late: 5,
                                  rejected: 13, withdrawn: 29)
        s.byLevel = .init(toanTrinh: .init(procedures: 11), motPhan: .init(procedures: 1), trucTiep: .init(procedures: 1))
        s.onlinePayment = .init(feeProcedures: 10, feeProceduresWithOnlinePayment: 10, dossiersPaidOnline: 150, feeDossiers: 200)
        s.digitisation = .init(stated: 100, digitised: 60)
        return s
    }

    @Test func theShippedModelAddsUpAndEveryFigureIsAnIndicator() throws {
        let model = try ServiceIndexModel.official()
        #expect(model.groups.map(\.points) == [18, 20, 22, 22, 18])
        let catalogue = Set(try FrameworkCatalog.official().indicators.map(\.code))
        for code in model.figureCodes { #expect(catalogue.contains(code), "\(code)") }
    }

    @Test func scoresAreLinearUpToTheThreshold() throws {
        let model = try ServiceIndexModel.official()
        let score = model.score(statistics: Self.sixMonthLike(), figures: ["DVC766.01": 100, "DVC766.03": 90])
        func part(_ code: String) -> ServiceIndexScore.ComponentScore? {
            score.groups.flatMap(\.components).first { $0.code == code }
        }
        // 5,792 of 5,839 resolved early or on time: 20 × 0.99195 = 19.84.
        #expect(part("TDKQ.1")?.score == 19.84)
        #expect(part("TDKQ.1")?.numerator == 5792 && part("TDKQ.1")?.denominator == 5839)
        // All online, threshold 50 %: the full 6 points, never more.
        #expect(part("DVTT.2")?.score == 6)
        // 12 of 13 procedures online (92,3 % ≥ 80 %): 6. Fee dossiers 150 of 200 = 75 % of an 80 % threshold: 5 × 0.9375.
        #expect(part("DVTT.1")?.score == 6)
        #expect(part("DVTT.4")?.score == 4.69)
        // 60 of 100 digitised, threshold 80 %: 11 × 0.75 = 8.25. Reuse not stated: no score, named as missing.
        #expect(part("SHHS.1")?.score == 8.25)
        #expect(part("SHHS.2")?.score == nil)
        // Entered figures: 100 % → 4; 90 % of 100 % → 5.4.
        #expect(part("CKMB.1")?.score == 4)
        #expect(part("MDHL.1")?.score == 5.4)
        #expect(score.groups.map(\.score) == [12, 19.84, 8.25, 21.69, 5.4])
        #expect(score.total == 67.18)
        #expect(score.attainable == 71)
        #expect(score.missing.map(\.code) == ["CKMB.3", "SHHS.2", "MDHL.2", "MDHL.3"])
    }

    @Test func noDossierIsNoScoreNotZero() throws {
        let score = try ServiceIndexModel.official().score(statistics: DossierStatistics(), figures: [:])
        let ledgerParts = score.groups.flatMap(\.components).filter { $0.source == "ledger" && $0.code != "DVTT.1" && $0.code != "DVTT.3" }
        #expect(ledgerParts.allSatisfy { $0.score == nil })
        #expect(score.total == 0 && score.attainable == 0)
    }

    @Test func aModelWhoseWeightsDoNotAddUpIsRefused() throws {
        var model = try ServiceIndexModel.official()
        model.groups[0].points = 20
        #expect(throws: AppError.self) { try model.validate() }
        model = try ServiceIndexModel.official()
        model.groups[4].components[0].points = 7
        model.groups[4].points = 19
        model.groups[0].points = 17
        model.groups[0].components[1].points = 7
        #expect(throws: Never.self) { try model.validate() }
        model.groups[2].components[0].threshold = 0
        do {
            try model.validate()
            Issue.record("a zero threshold was accepted")
        } catch let e as AppError {
            #expect(e.code == "service_index.invalid")
            #expect(e.vietnamese.contains("Tỷ lệ hồ sơ được số hóa"))
        }
    }
}
