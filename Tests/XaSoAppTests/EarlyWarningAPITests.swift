import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Early warnings end to end: figures saved through the store over several quarters, read back by
    /// the API, the dashboard, the indicator page and the province table.
    @Suite struct EarlyWarnings {
        /// Nghi Dương's CL411 figures as of 2025-Q2 (targets for 2025: .03 "> 50%", .07 "> 50%", .05 "80%"):
        /// - CL411.03: 30, 33, 36 at 2024-Q4 … 2025-Q2: slope 3 a quarter; 2 quarters to 31/12/2025:
        ///   projected 36 + 6 = 42 < 50, at risk; needed (50 − 36) / 2 = 7. The 2023-Q2 figure (90) is
        ///   outside the eight quarters read (Q3/2023 … Q2/2025) and the 2025-Q3 one (10) after the period.
        /// - CL411.07: 40 at 2025-Q1, 46 at 2025-H1 (ends with Q2): slope 6; projected 46 + 12 = 58, on track.
        /// - CL411.05: 85 at 2025-Q2 only: already met. CL411.01: 60 only: not enough history.
        static func seed(_ app: Application) async throws {
            let system = Principal(username: "system", role: .admin, unitCode: nil, provinceCode: nil)
            let figures: [(String, String, Double)] = [
                ("CL411.03", "2023-Q2", 90), ("CL411.03", "2024-Q4", 30), ("CL411.03", "2025-Q1", 33),
                ("CL411.03", "2025-Q2", 36), ("CL411.03", "2025-Q3", 10),
                ("CL411.07", "2025-Q1", 40), ("CL411.07", "2025-H1", 46),
                ("CL411.05", "2025-Q2", 85), ("CL411.01", "2025-Q2", 60),
            ]
            try await app.store.saveValues(figures.map { code, period, value in
                IndicatorValue(unitCode: Ref.nghiDuong, indicatorCode: code, period: try! ReportingPeriod(parsing: period),
                               value: MeasuredValue(number: value), enteredBy: "system")
            }, actor: system)
        }

        func warnings(_ app: Application, token: String) async throws -> [EarlyWarningDTO] {
            var list: [EarlyWarningDTO] = []
            try await app.testing().test(.GET, "/api/v1/units/\(Ref.nghiDuong)/early-warnings?period=2025-Q2&framework=CL411",
                                         headers: .bearer(token)) { res in
                #expect(res.status == .ok, "\(res.body.string)")
                list = try res.content.decode([EarlyWarningDTO].self)
            }
            return list
        }

        @Test func theAPIFlagsTheIndicatorTooSlowForItsMilestone() async throws {
            try await withApp { app in
                try await Self.seed(app)
                let viewer = try await app.token("nd-xem", role: .viewer, unit: Ref.nghiDuong)
                let list = try await warnings(app, token: viewer)
                #expect(list.count == 10)
                let signature = try #require(list.first { $0.indicator_code == "CL411.03" })
                #expect(signature.status == "at_risk")
                #expect(signature.status_text == "Có nguy cơ không đạt")
                #expect(signature.latest == 36)
                #expect(signature.latest_period == "2025-Q2")
                #expect(signature.pace_per_quarter == 3)
                #expect(signature.quarters_left == 2)
                #expect(signature.needed_per_quarter == 7)
                #expect(signature.projected == 42)
                #expect(signature.milestone_year == 2025)
                #expect(signature.target == "> 50%")
                #expect(signature.explanation == "Hiện đạt 36% (quý II/2025), tăng bình quân 3 điểm phần trăm mỗi quý; cần tăng 7 điểm mỗi quý để đạt trên 50% vào 31/12/2025; dự báo đạt 42%.")

                let online = try #require(list.first { $0.indicator_code == "CL411.07" })
                #expect(online.status == "on_track")
                #expect(online.pace_per_quarter == 6)
                #expect(online.projected == 58)
                #expect(list.first { $0.indicator_code == "CL411.05" }?.status == "already_met")
                #expect(list.first { $0.indicator_code == "CL411.01" }?.status == "not_enough_history")
                #expect(list.filter { $0.status == "at_risk" }.map(\.indicator_code) == ["CL411.03"])

                // The commune raises its own target for CL411.07 to ≥ 70%: 58 no longer makes it;
                // needed (70 − 46) / 2 = 12 a quarter.
                let chief = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.nghiDuong)/targets/CL411.07/2025", headers: .bearer(chief),
                                             beforeRequest: { try $0.content.encode(["text": "≥ 70%"]) }) { res in
                    #expect(res.status == .ok)
                }
                let raised = try #require(try await warnings(app, token: viewer).first { $0.indicator_code == "CL411.07" })
                #expect(raised.status == "at_risk")
                #expect(raised.target == "≥ 70%")
                #expect(raised.needed_per_quarter == 12)
            }
        }

        @Test func theAPIRefusesOthersAndBadPeriods() async throws {
            try await withApp { app in
                let stranger = try await app.token("gp-xem", role: .viewer, unit: Ref.giaPhuc)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.nghiDuong)/early-warnings?period=2025-Q2",
                                             headers: .bearer(stranger)) { res in
                    #expect(res.status == .forbidden)
                }
                let viewer = try await app.token("nd-xem", role: .viewer, unit: Ref.nghiDuong)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.nghiDuong)/early-warnings?period=2025-Q5",
                                             headers: .bearer(viewer)) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(res.body.string.contains("period.invalid"))
                }
            }
        }

        @Test func pagesShowTheAtRiskIndicatorWithItsExplanation() async throws {
            try await withApp { app in
                try await Self.seed(app)
                try await app.makeUser("nd-xem", role: .viewer, unit: Ref.nghiDuong)
                try await app.makeUser("hp-tinh", role: .provinceOfficer, unit: Ref.haiPhong)
                let web = WebClient(app)
                try await web.login("nd-xem")
                let dashboard = try await web.get("/units/\(Ref.nghiDuong)?period=2025-Q2&framework=CL411")
                #expect(dashboard.status == .ok)
                let section = try #require(dashboard.body.range(of: "id=\"early-warnings\"").map { String(dashboard.body[$0.lowerBound...].prefix(3000)) })
                #expect(section.contains("Có nguy cơ không đạt"))
                #expect(section.contains("data-indicator=\"CL411.03\""))
                #expect(section.contains("cần tăng 7 điểm mỗi quý để đạt trên 50% vào 31/12/2025; dự báo đạt 42%."))
                #expect(!section.contains("data-indicator=\"CL411.07\""))

                // Gia Phúc has no figures at all: nothing to project, and the page says so rather than "none at risk".
                try await app.makeUser("gp-xem", role: .viewer, unit: Ref.giaPhuc)
                let empty = WebClient(app)
                try await empty.login("gp-xem")
                let none = try await empty.get("/units/\(Ref.giaPhuc)?period=2025-Q2&framework=CL411")
                #expect(none.body.contains("Chưa đủ số liệu của hai kỳ trở lên để dự báo"))

                let indicator = try await web.get("/units/\(Ref.nghiDuong)/indicators/CL411.03?period=2025-Q2")
                #expect(indicator.body.contains("id=\"forecast\" data-status=\"at_risk\""))
                #expect(indicator.body.contains("dự báo đạt 42%."))

                let province = WebClient(app)
                try await province.login("hp-tinh")
                let table = try await province.get("/provinces/\(Ref.haiPhong)?period=2025-Q2&framework=CL411")
                #expect(table.status == .ok)
                let row = try #require(table.body.range(of: "id=\"commune-\(Ref.nghiDuong)\"").map { String(table.body[$0.lowerBound...].prefix(2000)) })
                #expect(row.contains("data-at-risk=\"1\""))
            }
        }
    }
}

/// `xaso warnings` prints the same list the API answers, from a scratch SQLite file.
@Suite struct EarlyWarningCLITests {
    @Test func warningsCommandProjectsImportedFigures() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        // CL411.07 "> 50%": 40 then 42 (Q1, Q2 2025): slope 2, 2 quarters left, projected 46: at risk;
        // needed (50 − 42) / 2 = 4 a quarter.
        let csv = try CLITests.write("unit_code,indicator_code,period,value,note\n11050,CL411.07,2025-Q1,40%,\n11050,CL411.07,2025-Q2,42%,\n")
        let importer = try #require(try XaSoCommand.parseAsRoot(["values", "import", csv, "--database", db.url]) as? ValuesCommand.Import)
        _ = try await importer.result()
        let command = try #require(try XaSoCommand.parseAsRoot(
            ["warnings", "--unit", "11050", "--period", "2025-Q2", "--framework", "CL411", "--database", db.url]) as? WarningsCommand)
        let list = try await command.result()
        #expect(list.count == 10)
        let w = try #require(list.first { $0.indicator_code == "CL411.07" })
        #expect(w.status == "at_risk")
        #expect(w.pace_per_quarter == 2)
        #expect(w.needed_per_quarter == 4)
        #expect(w.projected == 46)
        #expect(w.explanation.hasSuffix("cần tăng 4 điểm mỗi quý để đạt trên 50% vào 31/12/2025; dự báo đạt 46%."))
        #expect(throws: (any Error).self) { try XaSoCommand.parseAsRoot(["warnings", "--unit", "11050"]) }
    }
}
