import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

/// The national view's stored roll-ups (docs/national.md), on figures of two provinces for 2025-Q3.
/// CL411 targets for 2025 (frameworks.json): .01 "80%", .02 "80%", .04 "> 70%", .05 "80%", .07 "> 50%";
/// default rules: above the bound exceeds, equal meets, ≥ 85% of it approaches, less is not met.
/// - Gia Phúc (Hải Phòng): .01 = 90 → exceeded; .02 = 70 (87.5% of 80) → approaching; .07 = 50 → met.
/// - Nghi Dương (Hải Phòng): .04 = 35 (50% of 70) → not met.
/// - A Hà Nội commune: .01 = 80 → met; .05 = 40 against its own target "30%" → exceeded (against the
///   national 80% it would be not met: the commune's target is the one that counts).
/// Every other indicator of every commune of the two provinces is "no data".
extension DatabaseTests {
    @Suite struct National {
        static let q3 = ReportingPeriod.quarter(3, 2025)

        static func value(_ unit: String, _ indicator: String, _ number: Double) -> IndicatorValue {
            IndicatorValue(unitCode: unit, indicatorCode: indicator, period: q3, value: MeasuredValue(number: number), enteredBy: "t")
        }

        static func decode(_ body: Data) throws -> NationalDTO {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(NationalDTO.self, from: body)
        }

        static func national(_ app: Application, _ token: String, format: String? = nil) async throws -> (HTTPStatus, ByteBuffer) {
            var result: (HTTPStatus, ByteBuffer) = (.ok, ByteBuffer())
            let query = "period=2025-Q3" + (format.map { "&format=\($0)" } ?? "")
            try await app.testing().test(.GET, "/api/v1/national?\(query)", headers: .bearer(token)) { res in
                result = (res.status, res.body)
            }
            return result
        }

        @Test func rollupsAreStoredRefreshedOnWriteAndReadByNationalOfficersOnly() async throws {
            try await withApp { app in
                let store = app.store
                let system = Principal(username: "system", role: .admin, unitCode: nil, provinceCode: nil)
                let hanoiCommune = try #require(try await store.children(of: Ref.haNoi).first { $0.level == .commune }).code
                _ = try await store.setTarget(indicator: "CL411.05", year: 2025, text: "30%", unitCode: hanoiCommune, actor: system)
                try await store.saveValues([
                    Self.value(Ref.giaPhuc, "CL411.01", 90), Self.value(Ref.giaPhuc, "CL411.02", 70),
                    Self.value(Ref.giaPhuc, "CL411.07", 50), Self.value(Ref.nghiDuong, "CL411.04", 35),
                    Self.value(hanoiCommune, "CL411.01", 80), Self.value(hanoiCommune, "CL411.05", 40),
                ], actor: system)
                try await store.submitPeriod(unitCode: Ref.giaPhuc, period: Self.q3, actor: system)

                // Indicators a commune is judged on (the whole national catalogue), and communes per province.
                let perCommune = try await store.evaluate(unitCode: Ref.giaPhuc, period: Self.q3).count
                #expect(perCommune >= 69)
                let hpCommunes = try await store.children(of: Ref.haiPhong).filter { $0.level == .commune }.count
                let hnCommunes = try await store.children(of: Ref.haNoi).filter { $0.level == .commune }.count
                #expect(hpCommunes == 114)

                let officer = try await app.token("n-tw", role: .nationalOfficer, unit: Ref.haiPhong)
                let (status, body) = try await Self.national(app, officer)
                #expect(status == .ok)
                let dto = try Self.decode(Data(buffer: body))
                #expect(dto.period == "2025-Q3")
                #expect(dto.provinces.count == 34)
                let hp = try #require(dto.provinces.first { $0.province_code == Ref.haiPhong })
                #expect(hp.name == "Thành phố Hải Phòng")
                #expect(hp.communes == 114 && hp.communes_with_figures == 2)
                #expect(hp.expected_figures == 114 * perCommune && hp.entered_figures == 4)
                #expect(hp.completeness == (4.0 * 1000 / Double(114 * perCommune)).rounded() / 10)
                #expect(hp.verdicts == NationalDTO.Verdicts(exceeded: 1, met: 1, approaching: 1, not_met: 1, no_target: 0,
                                                           no_data: 114 * perCommune - 4))
                #expect(hp.submitted == 1)
                #expect(hp.refreshed_at != nil)
                let hn = try #require(dto.provinces.first { $0.province_code == Ref.haNoi })
                #expect(hn.communes == hnCommunes && hn.communes_with_figures == 1 && hn.entered_figures == 2)
                #expect(hn.verdicts == NationalDTO.Verdicts(exceeded: 1, met: 1, approaching: 0, not_met: 0, no_target: 0,
                                                           no_data: hnCommunes * perCommune - 2))
                #expect(hn.submitted == 0)
                // A province without a figure this period has no row: listed, empty.
                let empty = try #require(dto.provinces.first { ![Ref.haiPhong, Ref.haNoi].contains($0.province_code) })
                #expect(empty.communes == 0 && empty.completeness == nil && empty.index == nil && empty.refreshed_at == nil)

                // The index average is the mean of the province ranking's indexes of its communes with figures.
                let ranking = try await store.provinceRanking(provinceCode: Ref.haiPhong, period: Self.q3, actor: system)
                let ranked = ranking.filter { $0.rank != nil }.map(\.index)
                #expect(ranked.count == 2)
                #expect(hp.index == ((ranked[0] + ranked[1]) / 2 * 100).rounded() / 100)

                // Saving changes the row: Nghi Dương's .04 becomes 75 (> 70: exceeded), and .05 = 80 is new (met).
                let communeAdmin = try await app.token("n-xa", role: .communeAdmin, unit: Ref.nghiDuong)
                let items = [["indicator_code": "CL411.04", "period": "2025-Q3", "value": "75%"],
                             ["indicator_code": "CL411.05", "period": "2025-Q3", "value": "80%"]]
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.nghiDuong)/values", headers: .bearer(communeAdmin),
                                             beforeRequest: { try $0.content.encode(items) }) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                let after = try Self.decode(Data(buffer: try await Self.national(app, officer).1))
                let hp2 = try #require(after.provinces.first { $0.province_code == Ref.haiPhong })
                #expect(hp2.entered_figures == 5)
                #expect(hp2.verdicts == NationalDTO.Verdicts(exceeded: 2, met: 2, approaching: 1, not_met: 0, no_target: 0,
                                                            no_data: 114 * perCommune - 5))
                #expect(try #require(hp2.refreshed_at) >= hp.refreshed_at!)

                // Deleting Hà Nội's figures empties its row.
                try await store.deleteValues(unitCode: hanoiCommune, period: Self.q3, actor: system)
                let deleted = try await store.nationalRollups(period: Self.q3, actor: system).first { $0.provinceCode == Ref.haNoi }
                #expect(deleted?.rollup?.enteredFigures == 0)
                #expect(deleted?.rollup?.communesWithFigures == 0)
                #expect(deleted?.rollup?.indexAverage == nil)

                // CSV: the header and one line per province, Hải Phòng's as stored.
                let (csvStatus, csvBody) = try await Self.national(app, officer, format: "csv")
                #expect(csvStatus == .ok)
                let lines = String(buffer: csvBody).split(whereSeparator: \.isNewline).map(String.init)
                #expect(lines.count == 35)
                #expect(lines[0].contains("Mã,\"Tỉnh, thành phố\",\"Số xã, phường\""))
                let hpLine = try #require(lines.first { $0.hasPrefix("\(Ref.haiPhong),") })
                #expect(hpLine.hasSuffix(",2,2,1,0,0,\(114 * perCommune - 5),1"))
                #expect(hpLine.contains(",114,2,\(114 * perCommune),5,"))
                let (xlsxStatus, xlsxBody) = try await Self.national(app, officer, format: "xlsx")
                #expect(xlsxStatus == .ok && xlsxBody.readableBytes > 0)

                // A commune admin may not read the national view; the national officer writes nothing.
                #expect(try await Self.national(app, communeAdmin).0 == .forbidden)
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.giaPhuc)/values", headers: .bearer(officer),
                                             beforeRequest: { try $0.content.encode(items) }) { res in
                    #expect(res.status == .forbidden)
                }
                #expect(try await store.values(unitCode: Ref.giaPhuc, period: Self.q3).count == 3)
                // …but drills down into any province and commune.
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.haiPhong)/rankings?period=2025-Q3",
                                             headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                }
                try await app.testing().test(.GET, "/api/v1/units/\(hanoiCommune)/evaluations?period=2025-Q3",
                                             headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                }
                // The national officer was created without a unit even though one was given.
                #expect(try await store.user(named: "n-tw")?.unitCode == nil)
            }
        }

        @Test func nationalPageListsProvincesWithLinksForNationalOfficersOnly() async throws {
            try await withApp { app in
                let system = Principal(username: "system", role: .admin, unitCode: nil, provinceCode: nil)
                try await app.store.saveValues([Self.value(Ref.giaPhuc, "CL411.01", 90)], actor: system)
                try await app.makeUser("np-tw", role: .nationalOfficer, unit: nil)
                let web = WebClient(app)
                try await web.login("np-tw")
                let page = try await web.get("/national?period=2025-Q3")
                #expect(page.status == .ok)
                #expect(page.body.contains("<h1>Tổng hợp toàn quốc theo tỉnh, thành phố</h1>"))
                #expect(page.body.contains("href=\"/provinces/\(Ref.haiPhong)?period=2025-Q3\""))
                #expect(page.body.contains("<tr id=\"province-\(Ref.haiPhong)\">"))
                // Hà Nội has no roll-up for the period: said so, not "0 communes".
                let hanoi = try #require(page.body.range(of: "<tr id=\"province-01\">"))
                let hanoiRow = page.body[hanoi.lowerBound...].prefix { $0 != "\n" }.split(separator: "</tr>").first ?? ""
                #expect(hanoiRow.contains("Chưa có số liệu tổng hợp kỳ này"))
                #expect(!(page.body[page.body.range(of: "<tr id=\"province-\(Ref.haiPhong)\">")!.lowerBound...]
                    .split(separator: "</tr>").first ?? "").contains("Chưa có số liệu tổng hợp"))
                #expect(page.body.contains("href=\"/national?format=csv&amp;period=2025-Q3\"")
                        || page.body.contains("href=\"/national?format=csv&period=2025-Q3\""))
                // In the menu, and the drill-down page opens.
                #expect(page.body.contains(">Toàn quốc</a>"))
                #expect(try await web.get("/provinces/\(Ref.haiPhong)?period=2025-Q3").status == .ok)
                let csv = try await web.get("/national?period=2025-Q3&format=csv")
                #expect(csv.status == .ok && csv.body.split(whereSeparator: \.isNewline).count == 35)

                try await app.makeUser("np-xa", role: .communeAdmin, unit: Ref.giaPhuc)
                let commune = WebClient(app)
                try await commune.login("np-xa")
                #expect(try await commune.get("/national?period=2025-Q3").status == .forbidden)
            }
        }
    }
}
