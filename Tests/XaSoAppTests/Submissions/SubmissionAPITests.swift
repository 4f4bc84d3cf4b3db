import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoDocuments
@testable import XaSoPersistence

extension DatabaseTests {
    /// A commune submits its period, the province sees it late or on time with its completeness,
    /// returns it (only with a reason) and approves it; bad input stores nothing.
    @Suite struct SubmissionAPI {
        static let gp = Ref.giaPhuc, nd = Ref.nghiDuong, hp = Ref.haiPhong
        /// Children of 31 in units.json: every one a commune, ward or special zone.
        static let haiPhongCommunes = 114

        func get<T: Decodable>(_ app: Application, _ path: String, token: String, as: T.Type) async throws -> T {
            var out: T?
            try await app.testing().test(.GET, "/api/v1/" + path, headers: .bearer(token)) { res in
                #expect(res.status == .ok, "\(path): \(res.body.string)")
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .iso8601
                out = try decoder.decode(T.self, from: Data(res.body.readableBytesView))
            }
            return try #require(out)
        }

        func post(_ app: Application, _ path: String, token: String, body: [String: String]? = nil,
                  expect status: HTTPStatus, code: String? = nil) async throws {
            try await app.testing().test(.POST, "/api/v1/" + path, headers: .bearer(token), beforeRequest: { req in
                if let body { try req.content.encode(body) }
            }, afterResponse: { res in
                #expect(res.status == status, "\(path): \(res.body.string)")
                if let code { #expect((try? res.content.decode(ErrorBody.self))?.error.code == code, "\(res.body.string)") }
            })
        }

        @Test func submitListReturnApproveExportAndRemind() async throws {
            try await withApp { app in
                let communeAdmin = try await app.token("s-xa", role: .communeAdmin, unit: Self.gp)
                let officer = try await app.token("s-tinh", role: .provinceOfficer, unit: Self.hp)
                let otherOfficer = try await app.token("s-hanoi", role: .provinceOfficer, unit: Ref.haNoi)

                // Three of the ten CL411 figures.
                try await app.testing().test(.PUT, "/api/v1/units/\(Self.gp)/values", headers: .bearer(communeAdmin), beforeRequest: { req in
                    try req.content.encode(["CL411.01", "CL411.02", "CL411.03"].map {
                        ["indicator_code": $0, "period": "2025-Q3", "value": "50%"]
                    })
                }, afterResponse: { res in #expect(res.status == .ok, "\(res.body.string)") })

                // Quarters are due on the cut-off end (14/9/2025 for 2025-Q3): any submission now is late.
                try await app.testing().test(.PUT, "/api/v1/units/\(Self.hp)/deadlines/quarter", headers: .bearer(officer),
                                             beforeRequest: { req in try req.content.encode(["days_after": 0]) },
                                             afterResponse: { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let saved = try? res.content.decode(DeadlineDTO.self)
                    #expect(saved?.province_code == Self.hp && saved?.period_kind == "quarter" && saved?.days_after == 0
                            && saved?.date == nil && saved?.framework == nil)
                })
                // A commune admin does not set the province's deadlines.
                try await app.testing().test(.PUT, "/api/v1/units/\(Self.hp)/deadlines/quarter", headers: .bearer(communeAdmin),
                                             beforeRequest: { req in try req.content.encode(["days_after": 30]) },
                                             afterResponse: { res in #expect(res.status == .forbidden) })

                // Before anything: Gia Phúc has begun, Nghi Dương not.
                var table = try await get(app, "units/\(Self.hp)/submissions?period=2025-Q3", token: officer, as: SubmissionsDTO.self)
                #expect(table.expected == Self.haiPhongCommunes)
                #expect(table.communes.count == Self.haiPhongCommunes)
                #expect((table.submitted, table.on_time) == (0, 0))
                var line = try #require(table.communes.first { $0.unit_code == Self.gp })
                #expect(line.state == "in_progress" && line.completeness == 0.3 && line.submitted_at == nil && line.on_time == nil)
                #expect(line.name == "Xã Gia Phúc")
                #expect(table.communes.first { $0.unit_code == Self.nd }?.state == "not_started")

                // Submitting: only the commune's admin; the province officer may not submit for it.
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3", token: officer, expect: .forbidden)
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3", token: communeAdmin, expect: .ok)
                // Once submitted, not again until returned.
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3", token: communeAdmin, expect: .conflict,
                               code: "submission.state_invalid")

                table = try await get(app, "units/\(Self.hp)/submissions?period=2025-Q3", token: officer, as: SubmissionsDTO.self)
                line = try #require(table.communes.first { $0.unit_code == Self.gp })
                #expect(line.state == "submitted" && line.on_time == false && line.submitted_at != nil)
                #expect((table.submitted, table.on_time) == (1, 0))

                // Another province's officer sees nothing of it, and returns nothing.
                try await app.testing().test(.GET, "/api/v1/units/\(Self.hp)/submissions?period=2025-Q3",
                                             headers: .bearer(otherOfficer)) { res in #expect(res.status == .forbidden) }
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3/return", token: otherOfficer,
                               body: ["reason": "x"], expect: .forbidden)

                // A return without a reason is refused, and the submission stands.
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3/return", token: officer, body: ["reason": "  "],
                               expect: .unprocessableEntity, code: "submission.reason_required")
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3/return", token: officer,
                               expect: .unprocessableEntity, code: "submission.reason_required")
                let stored = try await app.store.submission(unitCode: Self.gp, period: .quarter(3, 2025))
                #expect(stored?.state == .submitted && stored?.reason == nil)
                // The commune admin does not review its own submission.
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3/approve", token: communeAdmin, expect: .forbidden)

                // The CSV, while it stands late.
                try await app.testing().test(.GET, "/api/v1/units/\(Self.hp)/submissions.csv?period=2025-Q3",
                                             headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType?.description.hasPrefix("text/csv") == true)
                    let rows = try CSVReader.read(Data(res.body.readableBytesView)).rows
                    #expect(rows[0] == SubmissionSheet.headings)
                    let row = try #require(rows.first { $0.first == Self.gp })
                    #expect(row[2] == "Nộp muộn" && row[4] == "Không" && row[5] == "30%")
                    #expect(rows.first { $0.first == Self.nd }?[2] == "Chưa bắt đầu")
                    #expect(rows.count == Self.haiPhongCommunes + 1)
                }

                try await post(app, "units/\(Self.gp)/submissions/2025-Q3/return", token: officer,
                               body: ["reason": "Thiếu 7 chỉ tiêu CL411"], expect: .ok)
                #expect(try await app.store.submission(unitCode: Self.gp, period: .quarter(3, 2025))?.reason == "Thiếu 7 chỉ tiêu CL411")

                // Reminders: the returned commune owes seven figures of one department; Nghi Dương all ten.
                let reminders = try await get(app, "units/\(Self.hp)/submission-reminders?period=2025-Q3", token: officer,
                                              as: SubmissionRemindersDTO.self)
                #expect(reminders.deadline == "2025-09-14" && reminders.framework == "CL411")
                #expect(reminders.communes.count == Self.haiPhongCommunes)
                let gpOwes = try #require(reminders.communes.first { $0.unit_code == Self.gp })
                #expect(gpOwes.state == "returned")
                #expect(gpOwes.owed.map(\.department) == ["Phòng Văn hóa - Xã hội"])
                #expect(gpOwes.owed[0].indicators.map(\.code) == (4...10).map { String(format: "CL411.%02d", $0) })
                let ndOwes = try #require(reminders.communes.first { $0.unit_code == Self.nd })
                #expect(ndOwes.owed.map(\.department) == ["Phòng Văn hóa - Xã hội", "Các ngân hàng"])
                #expect(ndOwes.owed.map(\.indicators.count) == [9, 1])

                // Submitted again, then approved; the XLSX reads back.
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3", token: communeAdmin, expect: .ok)
                try await post(app, "units/\(Self.gp)/submissions/2025-Q3/approve", token: officer, expect: .ok)
                try await app.testing().test(.GET, "/api/v1/units/\(Self.hp)/submissions?period=2025-Q3&format=xlsx",
                                             headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                    let rows = try XLSXReader.read(Data(res.body.readableBytesView)).rows
                    let row = try #require(rows.first { $0.first == Self.gp })
                    #expect(row[2] == "Đã duyệt" && row[4] == "Không")
                }
                table = try await get(app, "units/\(Self.hp)/submissions?period=2025-Q3", token: officer, as: SubmissionsDTO.self)
                #expect(table.communes.first { $0.unit_code == Self.gp }?.state == "approved")
                // The commune reads its own line.
                let own = try await get(app, "units/\(Self.gp)/submissions?period=2025-Q3", token: communeAdmin, as: SubmissionsDTO.self)
                #expect(own.communes.map(\.unit_code) == [Self.gp] && own.expected == 1 && own.submitted == 1)
            }
        }

        @Test func onTimeAgainstAPeriodsOwnDateAndPeriodNotOpen() async throws {
            try await withApp { app in
                let communeAdmin = try await app.token("s-xa2", role: .communeAdmin, unit: Self.gp)
                let officer = try await app.token("s-tinh2", role: .provinceOfficer, unit: Self.hp)
                // 2025-Q4 is due on a day far ahead: a submission today is on time.
                try await app.testing().test(.PUT, "/api/v1/units/\(Self.hp)/deadlines/2025-Q4", headers: .bearer(officer),
                                             beforeRequest: { req in try req.content.encode(["date": "2099-12-31"]) },
                                             afterResponse: { res in #expect(res.status == .ok, "\(res.body.string)") })
                // A fixed date for every quarter makes no sense: refused by name, nothing stored.
                try await app.testing().test(.PUT, "/api/v1/units/\(Self.hp)/deadlines/quarter", headers: .bearer(officer),
                                             beforeRequest: { req in try req.content.encode(["date": "2099-12-31"]) },
                                             afterResponse: { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect((try? res.content.decode(ErrorBody.self))?.error.code == "deadline.date_needs_period")
                })
                #expect(try await app.store.deadlines(provinceCode: Self.hp).map(\.key) == [.period(.quarter(4, 2025))])

                try await post(app, "units/\(Self.gp)/submissions/2025-Q4", token: communeAdmin, expect: .ok)
                let table = try await get(app, "units/\(Self.hp)/submissions?period=2025-Q4", token: officer, as: SubmissionsDTO.self)
                let line = try #require(table.communes.first { $0.unit_code == Self.gp })
                #expect(line.state == "submitted" && line.on_time == true && line.completeness == 0)
                #expect((table.submitted, table.on_time) == (1, 1))

                // 2099-Q1 opens on 15/12/2098: refused, nothing stored.
                try await post(app, "units/\(Self.gp)/submissions/2099-Q1", token: communeAdmin, expect: .unprocessableEntity,
                               code: "submission.period_not_open")
                #expect(try await app.store.submission(unitCode: Self.gp, period: .quarter(1, 2099)) == nil)
                // A province does not submit.
                try await post(app, "units/\(Self.hp)/submissions/2025-Q4", token: officer, expect: .forbidden)
            }
        }

        /// The store judges by the day of submission in Vietnam against the default deadline (cut-off end + 5).
        @Test func defaultDeadlineIsFiveDaysAfterTheCutOff() async throws {
            try await withApp { app in
                let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)
                // 19/9/2025 23:30 in Vietnam: on time for 2025-Q3; Nghi Dương on 20/9 00:30: late.
                let base = TimeInterval(LocalDay(2025, 9, 19).dayNumber) * 86_400
                try await app.store.submitPeriod(unitCode: Self.gp, period: .quarter(3, 2025), actor: admin,
                                                 now: Date(timeIntervalSince1970: base + 16.5 * 3600))
                try await app.store.submitPeriod(unitCode: Self.nd, period: .quarter(3, 2025), actor: admin,
                                                 now: Date(timeIntervalSince1970: base + 17.5 * 3600))
                let o = try await app.store.submissionTable(unitCode: Self.hp, period: .quarter(3, 2025), actor: admin).overview
                #expect(o.deadline == LocalDay(2025, 9, 19))
                #expect(o.communes.first { $0.unitCode == Self.gp }?.onTime == true)
                #expect(o.communes.first { $0.unitCode == Self.nd }?.onTime == false)
                #expect((o.submitted, o.onTime) == (2, 1))
                // Before the period opens (2025-Q3 opens 15/6/2025), even the admin cannot submit.
                await #expect { try await app.store.submitPeriod(unitCode: "10507", period: .quarter(3, 2025), actor: admin,
                                                                  now: Date(timeIntervalSince1970: TimeInterval(LocalDay(2025, 6, 14).dayNumber) * 86_400)) }
                    throws: { ($0 as? AppError)?.code == "submission.period_not_open" }
            }
        }
    }
}

/// `xaso deadlines set`, `xaso submit`, `xaso submissions`, from their documented command lines.
@Suite struct SubmissionCLITests {
    @Test func commandsPrintTheDocumentedJSON() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        let set = try #require(try XaSoCommand.parseAsRoot(
            ["deadlines", "set", "--unit", "31", "--period-kind", "quarter", "--days-after", "10", "--database", db.url])
            as? DeadlinesCommand.Set)
        let deadline = try await set.result()
        #expect(deadline.days_after == 10 && deadline.period_kind == "quarter" && deadline.date == nil)

        let submit = try #require(try XaSoCommand.parseAsRoot(
            ["submit", "--unit", "11050", "--period", "2025-Q3", "--database", db.url]) as? SubmitCommand)
        let submitted = try await submit.result()
        // 14/9/2025 + 10 days.
        #expect(submitted.state == "submitted" && submitted.deadline == "2025-09-24")

        let list = try #require(try XaSoCommand.parseAsRoot(
            ["submissions", "--unit", "31", "--period", "2025-Q3", "--database", db.url]) as? SubmissionsCommand)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let json = try encoder.encode(try await list.result())
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(Set(object.keys) == ["communes", "expected", "submitted", "on_time"])
        #expect(object["expected"] as? Int == 114 && object["submitted"] as? Int == 1)
        let communes = try #require(object["communes"] as? [[String: Any]])
        for c in communes {
            #expect(Set(c.keys) == ["unit_code", "name", "state", "submitted_at", "on_time", "completeness"])
        }
        let gp = try #require(communes.first { $0["unit_code"] as? String == "11050" })
        #expect(gp["state"] as? String == "submitted" && gp["on_time"] as? Bool == false && gp["submitted_at"] is String)
        let nd = try #require(communes.first { $0["unit_code"] as? String == "11713" })
        #expect(nd["state"] as? String == "not_started" && nd["on_time"] is NSNull && nd["submitted_at"] is NSNull)

        let notOpen = try #require(try XaSoCommand.parseAsRoot(
            ["submit", "--unit", "11050", "--period", "2099-Q1", "--database", db.url]) as? SubmitCommand)
        await #expect { _ = try await notOpen.result() } throws: { ($0 as? AppError)?.code == "submission.period_not_open" }
    }
}
