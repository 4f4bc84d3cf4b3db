import Foundation
import Testing
@testable import XaSoCore

@Suite struct StatisticsTests {
    let march = DayRange(from: LocalDay(2026, 2, 15), to: LocalDay(2026, 3, 14))

    /// A hand-counted month: every row's place in the figures is in its comment.
    func handLedger() throws -> (procedures: [Procedure], dossiers: [Dossier]) {
        let procedures = try smallCatalogue()
        let rows = [
            ledgerHeader,
            // received 10/02, still open, due 20/02: carried over, in progress, late at 14/03
            ledgerRow("1", "DD-01", "Trực tiếp", "10/02/2026", "20/02/2026", "", "Đang xử lý"),
            // received 16/02 online, done 18/02, due 19/02: early; fee procedure paid online
            ledgerRow("2", "CT-01", "Trực tuyến", "16/02/2026 09:00", "19/02/2026", "18/02/2026", "Đã trả kết quả", "Có"),
            // received 20/02 by post, done on the due day: on time; fee procedure not paid online
            ledgerRow("3", "CT-01", "Bưu chính công ích", "20/02/2026", "25/02/2026", "25/02/2026 16:00", "Đã trả kết quả", "Không"),
            // received 01/03 online, done 05/03, due 03/03: late, Hộ tịch; keyed in on 02/03
            ledgerRow("4", "HT-01", "Trực tuyến", "01/03/2026", "03/03/2026", "05/03/2026", "Đã trả kết quả", "", "02/03/2026"),
            // received 02/03 at the counter, refused 03/03
            ledgerRow("5", "HT-02", "Trực tiếp", "02/03/2026", "04/03/2026", "03/03/2026", "Từ chối", "Không"),
            // received 02/03 online, withdrawn 02/03
            ledgerRow("6", "HT-01", "Trực tuyến", "02/03/2026", "04/03/2026", "02/03/2026", "Rút hồ sơ"),
            // received 13/03, due 20/03, still open: in progress within deadline
            ledgerRow("7", "HT-01", "Trực tuyến", "13/03/2026", "20/03/2026", "", "Đang xử lý"),
            // received 14/03, no due date, finished 16/03 (after the range): in progress within deadline
            ledgerRow("8", "HT-01", "Trực tuyến", "14/03/2026 16:59", "", "16/03/2026", "Đã trả kết quả"),
            // finished 10/02, before the range: not counted
            ledgerRow("9", "HT-01", "Trực tuyến", "01/02/2026", "05/02/2026", "10/02/2026", "Đã trả kết quả"),
            // received 15/03, after the range: not counted
            ledgerRow("10", "HT-01", "Trực tuyến", "15/03/2026", "18/03/2026", "", "Đang xử lý"),
        ]
        return (procedures, try DossierLedgerParser.parse(rows: rows, knownProcedures: procedures))
    }

    @Test func handCountedMonth() throws {
        let (procedures, dossiers) = try handLedger()
        let s = DossierStatistics.compute(procedures: procedures, dossiers: dossiers, range: march)
        #expect(s.receivedInPeriod == 7)
        #expect(s.carriedOver == 1)
        #expect(s.receivedTotal == 8)
        #expect((s.online, s.direct, s.post) == (5, 1, 1))
        #expect(s.onlineRate == DossierRate(numerator: 5, denominator: 7))
        #expect((s.early, s.onTime, s.late) == (1, 1, 1))
        #expect((s.rejected, s.withdrawn) == (1, 1))
        #expect(s.resolved == 5)
        #expect(s.onTimeRate == DossierRate(numerator: 2, denominator: 5))
        #expect(s.lateByField == ["Hộ tịch": 1])
        #expect(s.inProgress == 3)
        #expect(s.inProgressLate == 1)
        #expect(s.inProgressWithinDeadline == 2)
        #expect(s.receivedTotal == s.resolved + s.inProgress)
        #expect(s.lateEntry == 1)
        #expect(s.byLevel.toanTrinh == .init(procedures: 2, proceduresWithDossiers: 2, dossiers: 5))
        #expect(s.byLevel.motPhan == .init(procedures: 1, proceduresWithDossiers: 1, dossiers: 2))
        #expect(s.byLevel.trucTiep == .init(procedures: 1, proceduresWithDossiers: 0, dossiers: 0))
        #expect(s.onlinePayment == .init(feeProcedures: 2, feeProceduresWithOnlinePayment: 1,
                                         dossiersPaidOnline: 1, feeDossiers: 3))
        #expect(s.onlinePayment.dossierRate.formatted() == "33,3%")

        let late = DossierStatistics.lateDossiers(procedures: procedures, dossiers: dossiers, range: march)
        #expect(late.map(\.code) == ["4", "1"])
        #expect(late.map(\.kind) == [.resolvedLate, .inProgressLate])
        #expect(late[1].daysLate == 22)
        #expect(late[1].field == "Đất đai")
        #expect(late[1].reason == "Hạn xử lý 20/02/2026, đến hết ngày 14/03/2026 chưa có kết quả: quá hạn 22 ngày.")
    }

    @Test func provinceTotalsAreSumsWithRatesRecomputed() throws {
        // Commune A: 1 of 1 on time (100%). Commune B: 1 of 3 on time (33,3%).
        // Averaging rates would give 66,7%; the province is 2 of 4 = 50%.
        let procedures = try smallCatalogue()
        func ledger(_ rows: [[String]]) throws -> [Dossier] {
            try DossierLedgerParser.parse(rows: [ledgerHeader] + rows, knownProcedures: procedures)
        }
        let a = try ledger([
            ledgerRow("A1", "HT-01", "Trực tuyến", "01/03/2026", "05/03/2026", "02/03/2026", "Đã trả kết quả"),
        ])
        let b = try ledger([
            ledgerRow("B1", "HT-01", "Trực tiếp", "01/03/2026", "05/03/2026", "04/03/2026", "Đã trả kết quả"),
            ledgerRow("B2", "DD-01", "Trực tiếp", "01/03/2026", "02/03/2026", "06/03/2026", "Đã trả kết quả"),
            ledgerRow("B3", "HT-01", "Trực tiếp", "01/03/2026", "02/03/2026", "06/03/2026", "Đã trả kết quả"),
        ])
        let rollUp = DossierRollUp.compute([UnitLedger(unitCode: "90002", procedures: procedures, dossiers: b),
                                            UnitLedger(unitCode: "90001", procedures: procedures, dossiers: a)],
                                           range: march)
        #expect(rollUp.units.map(\.unitCode) == ["90001", "90002"])
        let total = rollUp.total
        #expect(total.onTimeRate == DossierRate(numerator: 2, denominator: 4))
        #expect(total.onTimeRate.formatted() == "50%")
        #expect(total.onlineRate == DossierRate(numerator: 1, denominator: 4))
        #expect(total.lateByField == ["Đất đai": 1, "Hộ tịch": 1])
        // Catalogue counts add up per commune: the same 4 procedures offered by 2 communes.
        #expect(total.byLevel.procedures == 8)
        #expect(total == rollUp.units[0].statistics + rollUp.units[1].statistics)
        // The JSON round trip keeps the range and recomputes the total.
        let data = try JSONEncoder().encode(rollUp)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"from\":\"2026-02-15\""))
        #expect(text.contains("\"unit_code\":\"90001\""))
        #expect(try JSONDecoder().decode(DossierRollUp.self, from: data) == rollUp)
    }

    @Test func fieldsMergeIgnoringCaseAndDiacritics() {
        var a = DossierStatistics(late: 2, lateByField: ["Đất đai": 2])
        let b = DossierStatistics(late: 3, lateByField: ["đất đai": 1, "Hộ tịch": 2])
        a.add(b)
        #expect(a.late == 5)
        #expect(a.lateByField == ["Đất đai": 3, "Hộ tịch": 2])
    }

    @Test func lateDossierOfAProcedureMissingFromTheCatalogue() throws {
        let procedures = try smallCatalogue()
        let d = Dossier(code: "x", procedureCode: "GONE", channel: .online, receivedAt: at(2026, 3, 1),
                        dueAt: at(2026, 3, 2), resultAt: at(2026, 3, 3), outcome: .resolved)
        let s = DossierStatistics.compute(procedures: procedures, dossiers: [d], range: march)
        #expect(s.lateByField == [DossierStatistics.unknownField: 1])
        #expect(s.byLevel.toanTrinh.dossiers + s.byLevel.motPhan.dossiers + s.byLevel.trucTiep.dossiers == 0)
    }

    @Test func emptyRatesAreUndefinedNotZero() {
        let s = DossierStatistics.zero
        #expect(s.onTimeRate.percent == nil)
        #expect(s.onTimeRate.formatted() == "—")
        #expect(s.indicatorValues(unitCode: "90001", period: .half(1, 2026)).isEmpty)
    }

    @Test func reversedRangeCountsNoDossier() throws {
        let (procedures, dossiers) = try handLedger()
        let reversed = DayRange(from: march.to, to: march.from)
        let s = DossierStatistics.compute(procedures: procedures, dossiers: dossiers, range: reversed)
        #expect(s.receivedTotal == 0 && s.resolved == 0 && s.inProgress == 0)
        #expect(s.byLevel.procedures == 4)
        #expect(DossierStatistics.lateDossiers(procedures: procedures, dossiers: dossiers, range: reversed).isEmpty)
    }

    @Test func periodDefaultsToTheCutOffRange() throws {
        let (procedures, dossiers) = try handLedger()
        let byPeriod = DossierStatistics.compute(procedures: procedures, dossiers: dossiers, period: .month(3, 2026))
        #expect(byPeriod == DossierStatistics.compute(procedures: procedures, dossiers: dossiers, range: march))
    }

    @Test func codedIndicatorsExistInTheFrameworks() throws {
        let catalog = try FrameworkCatalog.official()
        for figure in DossierStatistics.zero.indicatorFigures {
            guard let code = figure.indicatorCode else { continue }
            let indicator = try #require(catalog.indicators.first { $0.code == code })
            #expect(indicator.unit == "%")
            #expect(VietnameseText.folded(indicator.name) == VietnameseText.folded(figure.name))
        }
    }
}
