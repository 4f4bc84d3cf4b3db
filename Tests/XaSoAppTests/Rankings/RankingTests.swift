import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoDocuments
@testable import XaSoPersistence

/// Three Hải Phòng communes' CL411 figures for 2025 (and one for 2024), ranked through the API and
/// the CLI; the indices are worked out by hand in the comments (docs/rankings.md).
///
/// CL411 in the pillars: chính quyền số CL411.07 ("> 50%"); kinh tế số CL411.02 ("80%"); xã hội số
/// CL411.01, .03, .06, .08, .09, .10; hạ tầng và nhân lực CL411.04 ("> 70%"), CL411.05 ("80%").
/// - Gia Phúc: .07 = 50 → 1; .02 = 40 → 0.5; .01 = 80 → 1 and five without figures → 1/6;
///   .04 = 35 → 0.5, .05 = 80 → 1 → 0.75. Standard weights 30/20/20/30:
///   30 + 10 + 3.333 + 22.5 = 65.83. Equal weights: (100 + 50 + 16.67 + 75) ÷ 4 = 60.42.
/// - Nghi Dương and a third commune: .07 = 25 → 0.5, nothing else → 0.3 × 50 = 15 (equal: 12.5); tied second.
/// - In 2024 only Nghi Dương had a figure, so it ranked first: 1 → 2 is a change of −1.
enum RankingFixture {
    static let period = "2025"

    static func figures(third: String) -> [(unit: String, indicator: String, period: String, value: String)] {
        [(Ref.giaPhuc, "CL411.07", "2025", "50%"), (Ref.giaPhuc, "CL411.02", "2025", "40%"),
         (Ref.giaPhuc, "CL411.01", "2025", "80%"), (Ref.giaPhuc, "CL411.04", "2025", "35%"),
         (Ref.giaPhuc, "CL411.05", "2025", "80%"),
         (Ref.nghiDuong, "CL411.07", "2025", "25%"), (third, "CL411.07", "2025", "25%"),
         (Ref.nghiDuong, "CL411.07", "2024", "50%")]
    }

    static let contractKeys: Set<String> = ["rank", "unit_code", "name", "index", "pillars", "achieved", "judged", "rank_change"]
}

extension DatabaseTests {
    @Suite struct Rankings {
        @Test func apiRanksWithTiesRankChangeAndWeightsTheProvinceSets() async throws {
            try await withApp { app in
                let admin = try await app.token("r-admin", role: .admin, unit: nil)
                let officer = try await app.token("r-tinh", role: .provinceOfficer, unit: Ref.haiPhong)
                let communeAdmin = try await app.token("r-xa", role: .communeAdmin, unit: Ref.giaPhuc)
                let third = try #require(try await app.store.children(of: Ref.haiPhong)
                    .first { $0.level == .commune && ![Ref.giaPhuc, Ref.nghiDuong].contains($0.code) }).code
                for (unit, figures) in Dictionary(grouping: RankingFixture.figures(third: third), by: \.unit) {
                    let body = figures.map { ["indicator_code": $0.indicator, "period": $0.period, "value": $0.value] }
                    try await app.testing().test(.PUT, "/api/v1/units/\(unit)/values", headers: .bearer(admin),
                                                 beforeRequest: { try $0.content.encode(body) }) { res in
                        #expect(res.status == .ok)
                    }
                }

                func rankings(_ token: String) async throws -> (status: HTTPStatus, rows: [[String: Any]]) {
                    var result: (HTTPStatus, [[String: Any]]) = (.ok, [])
                    try await app.testing().test(.GET, "/api/v1/units/\(Ref.haiPhong)/rankings?period=2025&framework=CL411",
                                                 headers: .bearer(token)) { res in
                        let rows = (try? JSONSerialization.jsonObject(with: Data(res.body.readableBytesView))) as? [[String: Any]]
                        result = (res.status, rows ?? [])
                    }
                    return result
                }

                let (status, rows) = try await rankings(officer)
                #expect(status == .ok)
                let communes = try await app.store.children(of: Ref.haiPhong).filter { $0.level == .commune }
                #expect(rows.count == communes.count)
                #expect(rows.allSatisfy { Set($0.keys) == RankingFixture.contractKeys })
                // The tie in order of name: Phường … before Xã Nghi Dương when the third is a ward.
                let names = Dictionary(uniqueKeysWithValues: communes.map { ($0.code, VietnameseText.folded($0.fullName)) })
                let tied = [Ref.nghiDuong, third].sorted { (a: String, b: String) in names[a]! < names[b]! }
                let firstThree: [String?] = rows.prefix(3).map { $0["unit_code"] as? String }
                #expect(firstThree == [Ref.giaPhuc] + tied)
                let gp = try #require(rows.first { $0["unit_code"] as? String == Ref.giaPhuc })
                #expect(gp["rank"] as? Int == 1)
                #expect(gp["index"] as? Double == 65.83)
                #expect(gp["name"] as? String == "Xã Gia Phúc")
                let pillars = try #require(gp["pillars"] as? [String: Double])
                #expect(pillars == ["chinh_quyen_so": 100, "kinh_te_so": 50, "xa_hoi_so": 16.67, "ha_tang_nhan_luc": 75])
                // .07 met (50 against "> 50%" counts as met), .01 and .05 met; .02 and .04 short.
                #expect(gp["achieved"] as? Int == 3)
                #expect(gp["judged"] as? Int == 5)
                #expect(gp["rank_change"] is NSNull)
                let nd = try #require(rows.first { $0["unit_code"] as? String == Ref.nghiDuong })
                #expect(nd["rank"] as? Int == 2)
                #expect(nd["index"] as? Double == 15)
                #expect(nd["rank_change"] as? Int == -1)
                #expect(nd["achieved"] as? Int == 0)
                #expect(nd["judged"] as? Int == 1)
                let th = try #require(rows.first { $0["unit_code"] as? String == third })
                #expect(th["rank"] as? Int == 2)
                #expect(th["rank_change"] is NSNull)
                // Every other commune has no figure: listed, not ranked.
                #expect(rows.dropFirst(3).allSatisfy { $0["rank"] is NSNull && $0["index"] as? Double == 0 })

                // A commune's admin may not see the province's table.
                #expect(try await rankings(communeAdmin).status == .forbidden)

                // Weights: standard until set; a sum other than 100 is refused and nothing is stored.
                let equal = ["chinh_quyen_so": 25.0, "kinh_te_so": 25, "xa_hoi_so": 25, "ha_tang_nhan_luc": 25]
                let short = ["chinh_quyen_so": 30.0, "kinh_te_so": 20, "xa_hoi_so": 20, "ha_tang_nhan_luc": 20]
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.haiPhong)/index-weights", headers: .bearer(officer),
                                             beforeRequest: { try $0.content.encode(["weights": short]) }) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(res.body.string.contains("weights.invalid"))
                    #expect(res.body.string.contains("90"))
                }
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.haiPhong)/index-weights", headers: .bearer(communeAdmin),
                                             beforeRequest: { try $0.content.encode(["weights": equal]) }) { res in
                    #expect(res.status == .forbidden)
                }
                #expect(try await IndexWeightsModel.query(on: app.db).count() == 0)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.haiPhong)/index-weights", headers: .bearer(officer)) { res in
                    let w = try res.content.decode(XaSoStore.IndexWeights.self)
                    #expect(w.isDefault)
                    #expect(w.weights == ["chinh_quyen_so": 30, "kinh_te_so": 20, "xa_hoi_so": 20, "ha_tang_nhan_luc": 30])
                }
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.haiPhong)/index-weights", headers: .bearer(officer),
                                             beforeRequest: { try $0.content.encode(["weights": equal]) }) { res in
                    #expect(res.status == .ok)
                    let w = try res.content.decode(XaSoStore.IndexWeights.self)
                    #expect(!w.isDefault)
                    #expect(w.weights == equal)
                    #expect(w.updatedBy == "r-tinh")
                }
                let reweighted = try await rankings(officer).rows
                #expect(reweighted.first { $0["unit_code"] as? String == Ref.giaPhuc }?["index"] as? Double == 60.42)
                #expect(reweighted.first { $0["unit_code"] as? String == Ref.nghiDuong }?["index"] as? Double == 12.5)

                // The same table as CSV and XLSX, with the page's headers.
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.haiPhong)/rankings?period=2025&framework=CL411&format=csv",
                                             headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType?.description.hasPrefix("text/csv") == true)
                    let lines = String(decoding: Data(res.body.readableBytesView).dropFirst(3), as: UTF8.self)
                        .components(separatedBy: "\r\n")
                    #expect(lines[0] == "Hạng,Mã,Tên xã/phường,Chỉ số,Chính quyền số,Kinh tế số,Xã hội số,Hạ tầng và nhân lực số,Số chỉ tiêu đạt,Số chỉ tiêu được đánh giá,Thay đổi hạng")
                    #expect(lines[1] == "1,\(Ref.giaPhuc),Xã Gia Phúc,\"60,42\",100,50,\"16,67\",75,3,5,")
                }
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.haiPhong)/rankings?period=2025&framework=CL411&format=xlsx",
                                             headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                    let sheet = try XLSXReader.read(Data(res.body.readableBytesView))
                    #expect(sheet.cell(row: 1, column: 0) == "Hạng")
                    #expect(sheet.cell(row: 2, column: 1) == Ref.giaPhuc)
                    #expect(sheet.cell(row: 2, column: 3) == "60.42")
                }
                // A commune is not ranked on its own.
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/rankings?period=2025", headers: .bearer(admin)) { res in
                    #expect(res.status == .unprocessableEntity)
                }
            }
        }

        @Test func provincePageShowsTheRanking() async throws {
            try await withApp { app in
                let admin = try await app.token("r-admin", role: .admin, unit: nil)
                for (unit, figures) in Dictionary(grouping: RankingFixture.figures(third: "11737"), by: \.unit) {
                    let body = figures.map { ["indicator_code": $0.indicator, "period": $0.period, "value": $0.value] }
                    try await app.testing().test(.PUT, "/api/v1/units/\(unit)/values", headers: .bearer(admin),
                                                 beforeRequest: { try $0.content.encode(body) }) { res in
                        #expect(res.status == .ok)
                    }
                }
                try await app.makeUser("hp-tinh", role: .provinceOfficer, unit: Ref.haiPhong)
                let web = WebClient(app)
                try await web.login("hp-tinh")
                let page = try await web.get("/provinces/\(Ref.haiPhong)?period=2025&framework=CL411")
                #expect(page.status == .ok)
                #expect(page.body.contains("Xếp hạng chỉ số chuyển đổi số"))
                #expect(page.body.contains("Chính quyền số 30, Kinh tế số 20, Xã hội số 20, Hạ tầng và nhân lực số 30"))
                for header in ["Hạng", "Mã", "Tên xã/phường", "Chỉ số", "Số chỉ tiêu đạt", "Thay đổi hạng"] {
                    #expect(page.body.contains(">\(header)</th>"), "\(header)")
                }
                let row = try #require(page.body.range(of: "<tr id=\"index-\(Ref.giaPhuc)\">"))
                let rowText = String(page.body[row.lowerBound...].prefix(while: { $0 != "\n" }).prefix(600))
                #expect(rowText.contains("<td class=\"num\">1</td><td>\(Ref.giaPhuc)</td>"))
                #expect(rowText.contains("<td class=\"num\">65,83</td>"))
                #expect(page.body.contains("<tr id=\"index-\(Ref.nghiDuong)\"><td class=\"num\">2</td>"))
                #expect(page.body.contains("<tr id=\"index-11737\"><td class=\"num\">2</td>"))
                // The table as a file for the signed-in officer.
                #expect(page.body.contains("/provinces/\(Ref.haiPhong)/rankings?format=xlsx&amp;framework=CL411&amp;period=2025"))
                let file = try await web.get("/provinces/\(Ref.haiPhong)/rankings?format=csv&framework=CL411&period=2025")
                #expect(file.status == .ok)
                #expect(file.body.contains("1,\(Ref.giaPhuc),Xã Gia Phúc,\"65,83\",100,50,\"16,67\",75,3,5,"))
            }
        }
    }
}

@Suite struct RankingCLITests {
    @Test func rankingsCommandPrintsTheContract() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        // Phường Nam Đồ Sơn, another commune of Hải Phòng.
        let third = "11737"
        let csv = "unit_code,indicator_code,period,value,note\n"
            + RankingFixture.figures(third: third).map { "\($0.unit),\($0.indicator),\($0.period),\($0.value)," }.joined(separator: "\n") + "\n"
        let file = try CLITests.write(csv)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let importer = try #require(try XaSoCommand.parseAsRoot(["values", "import", file, "--database", db.url]) as? ValuesCommand.Import)
        #expect(try await importer.result() == .init(inserted: 8, updated: 0))

        let command = try #require(try XaSoCommand.parseAsRoot(
            ["rankings", "--unit", Ref.haiPhong, "--period", "2025", "--framework", "CL411", "--database", db.url]) as? RankingsCommand)
        let rows = try await command.result()
        #expect(rows.first?.unitCode == Ref.giaPhuc)
        #expect(rows.first?.index == 65.83)
        #expect(rows.prefix(3).map(\.rank) == [1, 2, 2])
        #expect(rows.first { $0.unitCode == Ref.nghiDuong }?.rankChange == -1)
        // What `printJSON` writes: exactly the contract's keys.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let array = try #require(try JSONSerialization.jsonObject(with: encoder.encode(rows)) as? [[String: Any]])
        #expect(array.allSatisfy { Set($0.keys) == RankingFixture.contractKeys })
    }
}
