import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoDocuments
@testable import XaSoPersistence

/// Issue #13 item 4 through the API: six Hải Phòng communes' figures for 2025-Q3, with
/// - CL411.07: Gia Phúc 90%, the others 10, 12, 14, 15, 16% → median 14,5, MAD 2,
///   M = 0,6745 × 75,5 / 2 = 25,46: an outlier (DataQualityRulesTests works the same list);
/// - CL411.01 of Nghi Dương: 20% in 2025-Q2, 65% in 2025-Q3: 45 points, beyond 30;
/// - P2.III.20 of Gia Phúc entered as 100% while its ledger holds 8 dossiers received in the
///   cut-off range (15/6–14/9/2025), 7 of them online: 87,5%, 12,5 points apart, beyond 5.
extension DatabaseTests {
    @Suite struct Quality {
        static let period = "2025-Q3"
        static let expected = [
            (Ref.giaPhuc, "CL411.07", "outlier",
             "90% khác xa các xã khác trong tỉnh: trung vị 14,5% của 6 xã có số liệu, điểm z hiệu chỉnh 25,5 (ngưỡng ±3,5)."),
            (Ref.giaPhuc, "P2.III.20", "ledger_mismatch",
             "Nhập 100%, sổ theo dõi hồ sơ cho 87,5% (7/8 hồ sơ); chênh 12,5 điểm phần trăm, quá 5 điểm."),
            (Ref.nghiDuong, "CL411.01", "jump",
             "Tăng 45 điểm phần trăm so với quý II năm 2025 (từ 20% lên 65%), vượt ngưỡng 30 điểm."),
        ]

        static func put(_ app: Application, _ token: String, _ unit: String, _ items: [[String: String]]) async throws {
            try await app.testing().test(.PUT, "/api/v1/units/\(unit)/values", headers: .bearer(token),
                                         beforeRequest: { try $0.content.encode(items) }) { res in
                #expect(res.status == .ok, "\(unit): \(res.body.string)")
            }
        }

        static func flags(_ app: Application, _ token: String, _ unit: String) async throws -> (HTTPStatus, [QualityFlagDTO]) {
            var result: (HTTPStatus, [QualityFlagDTO]) = (.ok, [])
            try await app.testing().test(.GET, "/api/v1/units/\(unit)/quality-flags?period=\(period)", headers: .bearer(token)) { res in
                result = (res.status, res.status == .ok ? try res.content.decode(QualityFlagsDTO.self).flags : [])
            }
            return result
        }

        static func check(_ app: Application, _ token: String, _ unit: String, _ body: [String: String],
                          _ assert: (TestingHTTPResponse) throws -> Void) async throws {
            try await app.testing().test(.POST, "/api/v1/units/\(unit)/quality-flags/check", headers: .bearer(token),
                                         beforeRequest: { try $0.content.encode(body) }, afterResponse: assert)
        }

        static func seed(_ app: Application, _ admin: String) async throws {
            let others = try await app.store.children(of: Ref.haiPhong)
                .filter { $0.level == .commune && ![Ref.giaPhuc, Ref.nghiDuong].contains($0.code) }.prefix(4).map(\.code)
            #expect(others.count == 4)
            try await put(app, admin, Ref.giaPhuc, [["indicator_code": "CL411.07", "period": period, "value": "90%"],
                                                    ["indicator_code": "P2.III.20", "period": period, "value": "100%"]])
            try await put(app, admin, Ref.nghiDuong, [["indicator_code": "CL411.07", "period": period, "value": "10%"],
                                                      ["indicator_code": "CL411.01", "period": "2025-Q2", "value": "20%"],
                                                      ["indicator_code": "CL411.01", "period": period, "value": "65%"]])
            for (unit, x) in zip(others, ["12%", "14%", "15%", "16%"]) {
                try await put(app, admin, unit, [["indicator_code": "CL411.07", "period": period, "value": x]])
            }
            let day = LocalDay(2025, 8, 1)
            let dossiers = (1...8).map { i in
                Dossier(code: "HS-\(i)", procedureCode: "HT01", channel: i <= 7 ? .online : .direct,
                        receivedAt: LocalDateTime(day: day, secondOfDay: 3600 * i), dueAt: LocalDateTime(day: day.adding(days: 5)),
                        resultAt: nil, outcome: .inProgress)
            }
            _ = try await app.store.importDossiers(dossiers, unitCode: Ref.giaPhuc,
                                                   actor: Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil))
        }

        @Test func flagsReasonsChecksAndBadInput() async throws {
            try await withApp { app in
                let admin = try await app.token("q-admin", role: .admin, unit: nil)
                let officer = try await app.token("q-tinh", role: .provinceOfficer, unit: Ref.haiPhong)
                let gpAdmin = try await app.token("q-xa", role: .communeAdmin, unit: Ref.giaPhuc)
                try await Self.seed(app, admin)

                // The province: every commune's flags, exact kinds and reasons, none checked.
                let (status, all) = try await Self.flags(app, officer, Ref.haiPhong)
                #expect(status == .ok)
                #expect(all.map { "\($0.unit_code) \($0.indicator_code) \($0.kind)" } == Self.expected.map { "\($0.0) \($0.1) \($0.2)" })
                #expect(all.map(\.reason) == Self.expected.map(\.3))
                #expect(all.allSatisfy { !$0.checked && $0.checked_by == nil })
                #expect(all[1].detail == ["ledger": 87.5, "numerator": 7, "denominator": 8])
                #expect(all[2].detail == ["previous": 20, "change": 45])
                // The commune: its own two, the outlier still judged among the province's six.
                let (_, own) = try await Self.flags(app, gpAdmin, Ref.giaPhuc)
                #expect(own.map(\.kind) == ["outlier", "ledger_mismatch"])
                #expect(try await Self.flags(app, gpAdmin, Ref.haiPhong).0 == .forbidden)

                // Bad input: named, nothing stored.
                let bad: [([String: String], HTTPStatus, String)] = [
                    (["indicator_code": "CL411.07", "period": Self.period, "kind": "typo"], .unprocessableEntity, "quality.kind_invalid"),
                    (["indicator_code": "CL411.07", "period": "2025-Q9", "kind": "outlier"], .unprocessableEntity, "period.invalid"),
                    (["indicator_code": "CL411.07", "period": Self.period, "kind": "jump"], .notFound, "quality.flag_not_found"),
                    (["indicator_code": "CL411.99", "period": Self.period, "kind": "outlier"], .notFound, "quality.flag_not_found"),
                ]
                for (body, status, code) in bad {
                    try await Self.check(app, gpAdmin, Ref.giaPhuc, body) { res in
                        #expect(res.status == status, "\(body)")
                        #expect(res.body.string.contains(code), "\(body): \(res.body.string)")
                    }
                }
                // Another commune's flag: not for this commune's admin.
                try await Self.check(app, gpAdmin, Ref.nghiDuong, ["indicator_code": "CL411.01", "period": Self.period, "kind": "jump"]) {
                    #expect($0.status == .forbidden)
                }
                #expect(try await QualityCheckModel.query(on: app.db).count() == 0)

                // Marked checked by the commune's admin and by the province's officer: still listed, marked.
                try await Self.check(app, gpAdmin, Ref.giaPhuc, ["indicator_code": "CL411.07", "period": Self.period,
                                                                 "kind": "outlier", "note": "Đã xác minh với bưu điện"]) { res in
                    #expect(res.status == .ok)
                    let f = try res.content.decode(QualityFlagDTO.self)
                    #expect(f.checked && f.checked_by == "q-xa" && f.check_note == "Đã xác minh với bưu điện")
                }
                try await Self.check(app, officer, Ref.nghiDuong, ["indicator_code": "CL411.01", "period": Self.period, "kind": "jump"]) {
                    #expect($0.status == .ok)
                }
                let (_, after) = try await Self.flags(app, officer, Ref.haiPhong)
                #expect(after.map(\.checked) == [true, false, true])
                #expect(after.map(\.checked_by) == ["q-xa", nil, "q-tinh"])
                #expect(after.count == 3)
                #expect(try await QualityCheckModel.query(on: app.db).count() == 2)

                // A changed figure is looked at again: the mark was for 90%.
                try await Self.put(app, admin, Ref.giaPhuc, [["indicator_code": "CL411.07", "period": Self.period, "value": "95%"]])
                let (_, changed) = try await Self.flags(app, gpAdmin, Ref.giaPhuc)
                #expect(changed.first { $0.kind == "outlier" }?.checked == false)
            }
        }

        @Test func flagsAndEarlyWarningsExportToCSVAndXLSX() async throws {
            try await withApp { app in
                let admin = try await app.token("q-admin", role: .admin, unit: nil)
                try await Self.seed(app, admin)
                for path in ["quality-flags.csv?period=\(Self.period)", "quality-flags?period=\(Self.period)&format=csv"] {
                    try await app.testing().test(.GET, "/api/v1/units/\(Ref.haiPhong)/\(path)", headers: .bearer(admin)) { res in
                        #expect(res.status == .ok)
                        #expect(res.headers.contentType?.description.hasPrefix("text/csv") == true)
                        let rows = try CSVReader.read(Data(res.body.readableBytesView)).rows
                        #expect(rows.first == QualitySheet.headers)
                        #expect(rows.count == 4)
                        #expect(Array(rows[2].prefix(8)) == [Ref.giaPhuc, "Xã Gia Phúc", "P2.III.20", "2025-Q3", "Không khớp sổ theo dõi hồ sơ",
                                                             "100", Self.expected[1].3, "Chưa"])
                        #expect(rows[3][0] == Ref.nghiDuong && rows[3][4] == "Thay đổi bất thường so với kỳ trước" && rows[3][5] == "65")
                    }
                }
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/quality-flags.xlsx?period=\(Self.period)",
                                             headers: .bearer(admin)) { res in
                    #expect(res.status == .ok)
                    let rows = try XLSXReader.read(Data(res.body.readableBytesView)).rows
                    #expect(rows.count == 3)
                    #expect(rows[1][2] == "CL411.07" && rows[1][5] == "90")
                }
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/quality-flags?period=\(Self.period)&format=pdf",
                                             headers: .bearer(admin)) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(res.body.string.contains("format.invalid"))
                }
                // Early warnings (item 9): the JSON's rows, one a line, under Vietnamese headers.
                var count = 0
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/early-warnings?period=\(Self.period)",
                                             headers: .bearer(admin)) { res in
                    count = try res.content.decode([EarlyWarningDTO].self).count
                }
                #expect(count > 0)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/early-warnings.csv?period=\(Self.period)",
                                             headers: .bearer(admin)) { res in
                    let rows = try CSVReader.read(Data(res.body.readableBytesView)).rows
                    #expect(rows.first == EarlyWarningSheet.headers)
                    #expect(rows.count == count + 1)
                    #expect(rows.contains { $0.first == "CL411.07" && $0[3] == "90" })
                }
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/early-warnings?period=\(Self.period)&format=xlsx",
                                             headers: .bearer(admin)) { res in
                    let rows = try XLSXReader.read(Data(res.body.readableBytesView)).rows
                    #expect(rows.count == count + 1)
                }
            }
        }
    }
}

extension DatabaseTests {
    /// The same figures on the web: the entry page lists the commune's flags with their reasons and
    /// a "checked" button; the province table counts each commune's open flags and links to them.
    @Suite struct QualityWeb {
        @Test func entryPageShowsFlagsAndMarksThemChecked() async throws {
            try await withApp { app in
                let admin = try await app.token("q-admin", role: .admin, unit: nil)
                try await DatabaseTests.Quality.seed(app, admin)
                try await app.makeUser("w-xa", role: .communeAdmin, unit: Ref.giaPhuc)
                try await app.makeUser("w-tinh", role: .provinceOfficer, unit: Ref.haiPhong)
                let web = WebClient(app)
                try await web.login("w-xa")
                let entry = try await web.get("/units/\(Ref.giaPhuc)/entry?period=2025-Q3&framework=CL411")
                #expect(entry.status == .ok)
                #expect(entry.body.contains("id=\"quality\""))
                #expect(entry.body.contains(DatabaseTests.Quality.expected[0].3))
                #expect(entry.body.contains(DatabaseTests.Quality.expected[1].3))
                #expect(!entry.body.contains(DatabaseTests.Quality.expected[2].3))   // Nghi Dương's
                #expect(entry.body.contains("2 cảnh báo, 2 chưa kiểm tra."))
                #expect(entry.body.contains("Đánh dấu đã kiểm tra"))

                // A kind that does not exist: named, nothing stored.
                let bad = try await web.post("/units/\(Ref.giaPhuc)/quality/check",
                                             ["_csrf": entry.csrf ?? "", "indicator": "CL411.07", "period": "2025-Q3",
                                              "kind": "typo", "back": "entry"])
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.contains("Loại cảnh báo “typo” không hợp lệ."))
                #expect(try await QualityCheckModel.query(on: app.db).count() == 0)

                let done = try await web.post("/units/\(Ref.giaPhuc)/quality/check",
                                              ["_csrf": entry.csrf ?? "", "indicator": "CL411.07", "period": "2025-Q3",
                                               "kind": "outlier", "note": "Số liệu đúng", "back": "entry"])
                #expect(done.status == .seeOther)
                #expect(done.location?.hasPrefix("/units/\(Ref.giaPhuc)/entry?") == true)
                let again = try await web.get(try #require(done.location))
                #expect(again.body.contains("Đã đánh dấu cảnh báo là đã kiểm tra."))
                #expect(again.body.contains("id=\"flag-\(Ref.giaPhuc)-CL411.07-outlier\" data-kind=\"outlier\" data-checked=\"true\""))
                #expect(again.body.contains("Đã kiểm tra: w-xa"))
                #expect(again.body.contains("2 cảnh báo, 1 chưa kiểm tra."))

                // The province: open flags per commune, linked to the commune's list.
                let officer = WebClient(app)
                try await officer.login("w-tinh")
                let table = try await officer.get("/provinces/\(Ref.haiPhong)?period=2025-Q3")
                #expect(table.status == .ok)
                #expect(table.body.contains("data-open-flags=\"1\"><a href=\"/units/\(Ref.giaPhuc)/quality?period=2025-Q3\">1</a>"))
                #expect(table.body.contains("data-open-flags=\"1\"><a href=\"/units/\(Ref.nghiDuong)/quality?period=2025-Q3\">1</a>"))
                let list = try await officer.get("/units/\(Ref.haiPhong)/quality?period=2025-Q3")
                #expect(list.status == .ok)
                #expect(list.body.contains("3 cảnh báo, 2 chưa kiểm tra."))
                #expect(list.body.contains(DatabaseTests.Quality.expected[2].3))
                // The commune's admin may not read the province's list.
                #expect(try await web.get("/units/\(Ref.haiPhong)/quality?period=2025-Q3").status == .forbidden)
            }
        }
    }
}

/// `xaso quality` over values imported by `xaso values import`: the outlier of the API test, as
/// JSON and as CSV, then `xaso quality check` and an unknown kind refused.
@Suite struct QualityCLITests {
    @Test func qualityCommandListsChecksAndExports() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        let others = ["10507", "10525", "10532", "10537"]
        let rows = [(Ref.giaPhuc, "90%"), (Ref.nghiDuong, "10%")] + zip(others, ["12%", "14%", "15%", "16%"]).map { ($0, $1) }
        let csv = "unit_code,indicator_code,period,value,note\n"
            + rows.map { "\($0.0),CL411.07,2025-Q3,\($0.1)," }.joined(separator: "\n") + "\n"
        let file = try CLITests.write(csv)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let importer = try #require(try XaSoCommand.parseAsRoot(["values", "import", file, "--database", db.url]) as? ValuesCommand.Import)
        #expect(try await importer.result() == .init(inserted: 6, updated: 0))

        let list = try #require(try XaSoCommand.parseAsRoot(
            ["quality", "--unit", Ref.haiPhong, "--period", "2025-Q3", "--database", db.url]) as? QualityCommand.List)
        let flags = try await list.result().flags
        #expect(flags.map { "\($0.unit_code) \($0.indicator_code) \($0.kind) \($0.checked)" } == ["\(Ref.giaPhuc) CL411.07 outlier false"])
        #expect(flags.first?.reason == DatabaseTests.Quality.expected[0].3)
        let sheet = try #require(try await list.output(.csv))
        let table = try CSVReader.read(sheet).rows
        #expect(table.count == 2 && table[1][1] == "Xã Gia Phúc" && table[1][5] == "90")

        let check = try #require(try XaSoCommand.parseAsRoot(
            ["quality", "check", "--unit", Ref.giaPhuc, "--indicator", "CL411.07", "--period", "2025-Q3", "--kind", "outlier",
             "--note", "Đã xác minh", "--database", db.url]) as? QualityCommand.Check)
        let checked = try await check.result()
        #expect(checked.checked && checked.checked_by == "cli" && checked.check_note == "Đã xác minh")
        #expect(try await list.result().flags.map(\.checked) == [true])

        let typo = try #require(try XaSoCommand.parseAsRoot(
            ["quality", "check", "--unit", Ref.giaPhuc, "--indicator", "CL411.07", "--period", "2025-Q3", "--kind", "typo",
             "--database", db.url]) as? QualityCommand.Check)
        await #expect(throws: AppError.self) { try await typo.result() }
    }
}
