import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Decision 766's index from the Nghi Dương six-month ledger and one entered figure, through the
    /// API; the province ranks its communes.
    @Suite struct ServiceIndexAPI {
        @Test func theSixMonthLedgerScoresAndTheProvinceRanks() async throws {
            try await withApp { app in
                let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)
                _ = try await DossierService.importProcedures(Data(SixMonthLedger.catalogue.utf8), unitCode: Ref.nghiDuong,
                                                              actor: admin, store: app.store)
                _ = try await DossierService.importDossiers(Data(SixMonthLedger.ledger.utf8), unitCode: Ref.nghiDuong,
                                                            actor: admin, store: app.store)
                try await app.store.saveValues([IndicatorValue(unitCode: Ref.nghiDuong, indicatorCode: "DVC766.01",
                                                               period: .half(1, 2026), value: MeasuredValue(number: 100),
                                                               state: .draft, enteredBy: "t")], actor: admin)
                let token = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.nghiDuong)/dossiers/service-index?period=2026-H1",
                                             headers: .bearer(token)) { res in
                    #expect(res.status == .ok)
                    let body = try res.content.decode(ServiceIndexService.CommuneIndex.self)
                    let parts = Dictionary(uniqueKeysWithValues: body.index.groups.flatMap(\.components).map { ($0.code, $0) })
                    // 5,792 of 5,839 early or on time: 20 × 5792 ÷ 5839 = 19.84.
                    #expect(parts["TDKQ.1"]?.score == 19.84)
                    // Everything online (threshold 50 %): 6. Procedures online 12 of 13 (≥ 80 %): 6. Fee procedures 10 of 10: 5.
                    #expect(parts["DVTT.2"]?.score == 6)
                    #expect(parts["DVTT.1"]?.score == 6)
                    #expect(parts["DVTT.3"]?.score == 5)
                    // Keyed into the system on the day of receipt: 8. The entered 100 %: 4.
                    #expect(parts["CKMB.2"]?.score == 8)
                    #expect(parts["CKMB.1"]?.score == 4)
                    // The ledger has no digitisation columns: nothing scored, nothing invented.
                    #expect(parts["SHHS.1"]?.score == nil && parts["SHHS.1"]?.rate == nil)
                }
                let officer = try await app.token("hp-officer", role: .provinceOfficer, unit: Ref.haiPhong)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.haiPhong)/dossiers/service-index?period=2026-H1",
                                             headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                    let ranked = try res.content.decode([ServiceIndexService.Ranked].self)
                    #expect(ranked.first?.unitCode == Ref.nghiDuong)
                    #expect(ranked.first?.rank == 1)
                    #expect((ranked.first?.total ?? 0) > 40)
                    // Every other commune has no data: all tied at 0, second.
                    #expect(ranked.dropFirst().allSatisfy { $0.rank == 2 && $0.total == 0 })
                }
                // Another commune's admin may not read it.
                let other = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.nghiDuong)/dossiers/service-index?period=2026-H1",
                                             headers: .bearer(other)) { #expect($0.status == .forbidden) }
            }
        }
    }
}
