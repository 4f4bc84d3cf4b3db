import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence
import SQLKit

extension DatabaseTests {
    /// Issue #13 item 1: national → province → commune targets. The reference plan's appendix targets
    /// ("Top 50 của thành phố") are Hải Phòng's (31), never a Quảng Ngãi commune's.
    @Suite struct TargetLevels {
        static let baDinh = "21499"  // Xã Ba Dinh, Quảng Ngãi (51)
        static let quangNgai = "51"

        @Test func aProvincePlansTargetsStayInTheProvince() async throws {
            try await withApp { app in
                // Hải Phòng's commune: the appendix target, as the province's.
                let hp = try await app.store.evaluate(unitCode: Ref.nghiDuong, period: .quarter(1, 2026), framework: "NQ71")
                let hpTop = try #require(hp.first { $0.indicator.code == "NQ71.1" })
                #expect(hpTop.target?.text == "Top 50 của thành phố về phát triển KHCN và ĐMST")
                #expect(hpTop.targetLevel == .province)
                // Quảng Ngãi's commune: no target until its province sets one; the national strategy's still apply.
                let qn = try await app.store.evaluate(unitCode: Self.baDinh, period: .quarter(1, 2026), framework: "NQ71")
                #expect(qn.first { $0.indicator.code == "NQ71.1" }?.target == nil)
                let national = try await app.store.evaluate(unitCode: Self.baDinh, period: .quarter(3, 2025), framework: "CL411")
                let cl = try #require(national.first { $0.indicator.code == "CL411.03" })
                #expect(cl.target?.text == "> 50%" && cl.targetLevel == .national)

                // Quảng Ngãi's officer sets the province's target; its commune is judged against it.
                let qnOfficer = try await app.token("qn-skhcn", role: .provinceOfficer, unit: Self.quangNgai)
                try await app.call(.PUT, "/api/v1/units/\(Self.quangNgai)/targets/NQ71.1/2030", token: qnOfficer,
                                   json: ["text": "Top 20 của tỉnh"]) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                try await app.call(.GET, "/api/v1/units/\(Self.baDinh)/evaluations?period=2026-Q1&framework=NQ71", token: qnOfficer) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let list = try res.content.decode([EvaluationDTO].self)
                    let e = try #require(list.first { $0.indicator_code == "NQ71.1" })
                    #expect(e.target == "Top 20 của tỉnh")
                    #expect(e.target_level == "province")
                }
                // Hải Phòng still has its own.
                #expect(try await app.store.indicator("NQ71.1", unitCode: Ref.nghiDuong).targets[2030]?.text
                        == "Top 50 của thành phố về phát triển KHCN và ĐMST")

                // A province target for a commune outside the province: named, nothing stored.
                try await app.call(.PUT, "/api/v1/units/\(Ref.nghiDuong)/targets/NQ71.1/2030", token: qnOfficer,
                                   json: ["text": "Top 5"]) { res in
                    #expect(res.status == .forbidden)
                    #expect(ReportTestSupport.code(res) == "target.outside_province")
                }
                #expect(try await app.store.communeTargets(unitCode: Ref.nghiDuong).isEmpty)
                // An absurd target for a share (CL411.03 is a percent): named, nothing stored.
                for text in ["99999999999999999999999%", "150%", "80-120%"] {
                    try await app.call(.PUT, "/api/v1/units/\(Self.quangNgai)/targets/CL411.03/2025", token: qnOfficer,
                                       json: ["text": text]) { res in
                        #expect(res.status == .unprocessableEntity, "\(text): \(res.body.string)")
                        #expect(ReportTestSupport.code(res) == "target.out_of_range")
                    }
                }
                #expect(try await app.store.communeTargets(unitCode: Self.quangNgai)["CL411.03"] == nil)
                #expect(try await app.store.communeTargets(unitCode: Self.quangNgai)["NQ71.1"]?[2030]?.text == "Top 20 của tỉnh")

                // A commune's own target wins over its province's, and says so.
                let baDinhAdmin = try await app.token("badinh", role: .communeAdmin, unit: Self.baDinh)
                try await app.call(.PUT, "/api/v1/units/\(Self.baDinh)/targets/NQ71.1/2030", token: baDinhAdmin,
                                   json: ["text": "Top 10 của tỉnh"]) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                let own = try await app.store.evaluate(unitCode: Self.baDinh, period: .quarter(1, 2026), framework: "NQ71")
                #expect(own.first { $0.indicator.code == "NQ71.1" }?.target?.text == "Top 10 của tỉnh")
                #expect(own.first { $0.indicator.code == "NQ71.1" }?.targetLevel == .commune)
                // A commune admin cannot set the province's.
                try await app.call(.PUT, "/api/v1/units/\(Self.quangNgai)/targets/NQ71.2/2030", token: baDinhAdmin,
                                   json: ["text": "Đạt mức cao"]) { res in
                    #expect(res.status == .forbidden)
                }
            }
        }

        /// The web page: Quảng Ngãi's officer sets the province's target in the same form a commune uses,
        /// from the province page's link; a commune's admin may not open the province's.
        @Test func provinceOfficersSetProvinceTargetsOnTheWeb() async throws {
            try await withApp { app in
                try await app.makeUser("qn-web", role: .provinceOfficer, unit: Self.quangNgai)
                let web = WebClient(app)
                try await web.login("qn-web")
                let province = try await web.get("/provinces/\(Self.quangNgai)")
                #expect(province.body.contains("href=\"/units/\(Self.quangNgai)/targets\""))
                let page = try await web.get("/units/\(Self.quangNgai)/targets?framework=NQ71")
                #expect(page.status == .ok)
                #expect(page.body.contains("<h1>Mục tiêu của tỉnh – Tỉnh Quảng Ngãi</h1>"))
                let saved = try await web.post("/units/\(Self.quangNgai)/targets",
                                               ["_csrf": page.csrf ?? "", "framework": "NQ71", "t-NQ71.1-2030": "Top 20 của tỉnh"])
                #expect(saved.status == .seeOther)
                let baDinh = try await app.store.evaluate(unitCode: Self.baDinh, period: .quarter(1, 2026), framework: "NQ71")
                let e = try #require(baDinh.first { $0.indicator.code == "NQ71.1" })
                #expect(e.target?.text == "Top 20 của tỉnh" && e.targetLevel == .province)

                try await app.makeUser("bd-web", role: .communeAdmin, unit: Self.baDinh)
                let commune = WebClient(app)
                try await commune.login("bd-web")
                #expect(try await commune.get("/units/\(Self.quangNgai)/targets").status == .forbidden)
            }
        }

        /// A database seeded before issue #13 kept the appendix targets as national: the data fix moves them.
        @Test func theDataFixMovesTheAppendixTargetsToHaiPhong() async throws {
            try await withApp { app in
                let sql = app.db as! any SQLDatabase
                try await sql.raw("UPDATE targets SET scope = '' WHERE scope = '31'").run()
                try await MoveProvincePlanTargets().prepare(on: app.db)
                let national = try await sql.raw("SELECT COUNT(*) AS n FROM targets t JOIN indicators i ON i.code = t.indicator_code WHERE t.scope = '' AND i.framework_code IN ('NQ71', 'NQ57-5N')")
                    .first().map { try $0.decode(column: "n", as: Int.self) }
                #expect(national == 0)
                #expect(try await app.store.indicator("NQ71.1", unitCode: Self.baDinh).targets[2030] == nil)
                #expect(try await app.store.indicator("NQ71.1", unitCode: Ref.giaPhuc).targets[2030]?.text
                        == "Top 50 của thành phố về phát triển KHCN và ĐMST")
            }
        }
    }
}
