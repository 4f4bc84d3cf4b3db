import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoFixtures
@testable import XaSoPersistence

extension DatabaseTests {
    @Suite struct Dossiers {
        static func post(_ app: Application, _ path: String, _ body: String, token: String,
                         _ check: @escaping (TestingHTTPResponse) throws -> Void) async throws {
            try await app.testing().test(.POST, path, headers: .bearer(token),
                                         beforeRequest: { $0.body = ByteBuffer(string: body) }, afterResponse: check)
        }

        @Test func theSixMonthReportsFiguresComeBackFromTheLedger() async throws {
            try await withApp { app in
                let token = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                let base = "/api/v1/units/\(Ref.nghiDuong)"
                try await Self.post(app, base + "/procedures/import", SixMonthLedger.catalogue, token: token) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                try await Self.post(app, base + "/dossiers/import", SixMonthLedger.ledger, token: token) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let summary = try res.content.decode(XaSoStore.DossierImportSummary.self)
                    #expect(summary.rows == 5892)
                    #expect(summary.inserted == 5892)
                }
                var stats = DossierStatistics()
                try await app.testing().test(.GET, base + "/dossiers/stats?period=2026-H1", headers: .bearer(token)) { res in
                    #expect(res.status == .ok)
                    stats = try res.content.decode(DossierStatistics.self)
                    let keys = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any]).keys
                    for key in ["received_total", "received_in_period", "carried_over", "online", "direct", "online_rate", "resolved",
                                "early", "on_time", "late", "on_time_rate", "late_by_field", "rejected", "withdrawn", "in_progress",
                                "in_progress_late", "late_entry", "by_level", "online_payment"] {
                        #expect(keys.contains(key), "missing \(key)")
                    }
                }
                #expect(stats.receivedTotal == 5892)
                #expect(stats.receivedInPeriod == 5805)
                #expect(stats.carriedOver == 87)
                #expect(stats.online == 5805)
                #expect(stats.direct == 0)
                #expect(stats.resolved == 5839)
                #expect(stats.earlyOrOnTime == 5792)
                #expect(stats.onTime == 714)  // every 8th of the 5,705: 0, 8, …, 5,704
                #expect(stats.late == 5)
                #expect(stats.lateByField == ["Đất đai": 2, "Bảo trợ xã hội": 1, "Hộ tịch": 2])
                #expect(stats.rejected == 13)
                #expect(stats.withdrawn == 29)
                #expect(stats.inProgress == 53)
                #expect(stats.inProgressLate == 0)
                #expect(VietnameseFormat.number(Double(stats.earlyOrOnTime) / Double(stats.resolved) * 100) == "99,2")
                #expect(stats.onlinePayment.feeProcedures == 10)
                #expect(stats.onlinePayment.feeProceduresWithOnlinePayment == 10)
                #expect(stats.byLevel.toanTrinh.procedures == 11)
                #expect(stats.byLevel.trucTiep.procedures == 1)
                #expect(stats.byLevel.trucTiep.proceduresWithDossiers == 0)

                try await app.testing().test(.GET, base + "/dossiers/late?period=2026-H1", headers: .bearer(token)) { res in
                    let late = try res.content.decode([LateDossier].self)
                    #expect(late.count == 5)
                    #expect(late.allSatisfy { $0.daysLate == 5 && $0.kind == .resolvedLate })
                }
                // The annual report states the commune's service index (Decision 766) as the index route computes it.
                var total = -1.0
                try await app.testing().test(.GET, base + "/dossiers/service-index?period=2026", headers: .bearer(token)) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let index = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
                    total = try #require((index["index"] as? [String: Any])?["total"] as? Double)
                }
                try await app.testing().test(.GET, base + "/reports/annual-cds/2026", headers: .bearer(token)) { res in
                    #expect(res.status == .ok)
                    #expect(res.body.string.contains("(theo Quyết định số 766/QĐ-TTg) năm 2026 của xã đạt \(VietnameseFormat.number(total, maxFractionDigits: 2)) điểm"))
                }
                // Re-importing the same export updates by code: no duplicates.
                try await Self.post(app, base + "/dossiers/import", SixMonthLedger.ledger, token: token) { res in
                    let summary = try res.content.decode(XaSoStore.DossierImportSummary.self)
                    #expect(summary.inserted == 0)
                    #expect(summary.updated == 5892)
                }
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 5892)
            }
        }

        @Test func badRowsAreNamedAndNothingIsStored() async throws {
            try await withApp { app in
                let token = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                let base = "/api/v1/units/\(Ref.nghiDuong)"
                try await Self.post(app, base + "/dossiers/import", SixMonthLedger.ledger, token: token) { res in
                    #expect(res.status == .unprocessableEntity)
                    let code = try res.content.decode(ErrorBody.self).error.code
                    #expect(code == "dossier.catalogue_missing")
                }
                try await Self.post(app, base + "/procedures/import", SixMonthLedger.catalogue, token: token) { _ in }
                let header = SixMonthLedger.ledgerHeader
                let cases: [(String, String, String)] = [
                    ("HS1,XX9,Trực tuyến,10/01/2026,20/01/2026,15/01/2026,Đã trả kết quả,,10/01/2026", "procedure.unknown", "Mã thủ tục"),
                    ("HS1,HT99,Trực tuyến,31/02/2026,20/03/2026,,Đang xử lý,,", "date.invalid", "Ngày tiếp nhận"),
                    ("HS1,HT99,Trực tuyến,10/01/2026,05/01/2026,,Đang xử lý,,", "date.due_before_receipt", "Hạn xử lý"),
                ]
                for (row, code, column) in cases {
                    let file = header + "\nHS0,HT99,Trực tuyến,10/01/2026,20/01/2026,,Đang xử lý,,\n" + row + "\n"
                    try await Self.post(app, base + "/dossiers/import", file, token: token) { res in
                        #expect(res.status == .unprocessableEntity)
                        let issue = try res.content.decode(ErrorBody.self).error.issues?.first
                        #expect(issue?.code.rawValue == code)
                        #expect(issue?.row == 3)
                        #expect(issue?.field == column)
                    }
                }
                let duplicate = header + "\nHS1,HT99,Trực tuyến,10/01/2026,20/01/2026,,Đang xử lý,,\nHS1,HT99,Trực tuyến,11/01/2026,20/01/2026,,Đang xử lý,,\n"
                try await Self.post(app, base + "/dossiers/import", duplicate, token: token) { res in
                    let issue = try res.content.decode(ErrorBody.self).error.issues?.first
                    #expect(issue?.code == "code.duplicate")
                    #expect(issue?.row == 3)
                }
                try await Self.post(app, base + "/dossiers/import", "Mã hồ sơ,Ngày\nHS1,10/01/2026\n", token: token) { res in
                    let issues = try res.content.decode(ErrorBody.self).error.issues ?? []
                    #expect(issues.contains { $0.code == "header.missing" && $0.row == 1 })
                }
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 0)
            }
        }

        @Test func onlyTheCommuneAndItsServiceCentreImport() async throws {
            try await withApp { app in
                let other = try await app.token("giaphuc", role: .communeAdmin, unit: Ref.giaPhuc)
                let centre = try await app.token("pvhcc", role: .departmentOfficer, unit: Ref.nghiDuong,
                                                 department: "Trung tâm Phục vụ hành chính công")
                let culture = try await app.token("vhxh", role: .departmentOfficer, unit: Ref.nghiDuong,
                                                  department: "Phòng Văn hóa - Xã hội")
                let path = "/api/v1/units/\(Ref.nghiDuong)/procedures/import"
                try await Self.post(app, path, SixMonthLedger.catalogue, token: other) { #expect($0.status == .forbidden) }
                try await Self.post(app, path, SixMonthLedger.catalogue, token: culture) { #expect($0.status == .forbidden) }
                #expect(try await app.store.procedures(unitCode: Ref.nghiDuong).isEmpty)
                try await Self.post(app, path, SixMonthLedger.catalogue, token: centre) { #expect($0.status == .ok) }
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.nghiDuong)/dossiers/stats?period=2026-H1",
                                             headers: .bearer(other)) { #expect($0.status == .forbidden) }
            }
        }

        /// The SQL aggregation must give exactly what the core's definition gives, commune by commune,
        /// and the province total must be the sum.
        @Test func sqlStatisticsEqualTheCoreDefinition() async throws {
            try await withApp { app in
                let communes = Array(try await app.store.children(of: Ref.haiPhong).filter { $0.level == .commune }.prefix(3))
                let ledger = SyntheticLedger(seed: 42, range: ReportingPeriod.half(1, 2026).cutOffRange)
                let procedures = ledger.procedures()
                var ledgers: [UnitLedger] = []
                for (i, unit) in communes.enumerated() {
                    let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)
                    _ = try await app.store.importProcedures(procedures, unitCode: unit.code, actor: admin)
                    let dossiers = try DossierLedgerParser.parse(rows: ledger.dossierRows(commune: i + 1, count: 1500),
                                                                 knownProcedures: procedures)
                    _ = try await app.store.importDossiers(dossiers, unitCode: unit.code, actor: admin)
                    ledgers.append(UnitLedger(unitCode: unit.code, procedures: procedures, dossiers: dossiers))
                }
                let ranges = [ReportingPeriod.half(1, 2026).cutOffRange, ReportingPeriod.quarter(1, 2026).cutOffRange,
                              DayRange(from: LocalDay(2026, 3, 1), to: LocalDay(2026, 3, 31)),
                              DayRange(from: LocalDay(2020, 1, 1), to: LocalDay(2020, 12, 31))]
                for range in ranges {
                    let sql = try await app.store.dossierStatistics(unitCodes: communes.map(\.code), range: range)
                    for l in ledgers {
                        let core = DossierStatistics.compute(procedures: l.procedures, dossiers: l.dossiers, range: range)
                        #expect(sql[l.unitCode] == core, "\(l.unitCode) \(range)")
                    }
                }
                let range = ReportingPeriod.half(1, 2026).cutOffRange
                let province = try await app.store.provinceDossierStatistics(provinceCode: Ref.haiPhong, range: range)
                #expect(province.total == DossierRollUp.compute(ledgers, range: range).total)
                #expect(province.total.receivedTotal > 0)
                #expect(province.units.count == (try await app.store.children(of: Ref.haiPhong)).filter { $0.level == .commune }.count)
            }
        }

        /// The bulk upsert sends rows as JSON: codes with quotes, backslashes, line breaks and Vietnamese
        /// letters come back as they went in, across statement boundaries, and a second pass updates.
        @Test func bulkRowsKeepEveryCharacterAcrossChunks() async throws {
            try await withApp { app in
                let day = LocalDay(2026, 3, 2)
                let codes = ["HS\"1\"", "HS\\2", "HS\n3\tx", "HỒ SƠ 4 – đặc biệt", "HS5"]
                let dossiers = codes.map {
                    Dossier(code: $0, procedureCode: "HT99", channel: .online, receivedAt: LocalDateTime(day: day, secondOfDay: 3600),
                            dueAt: LocalDateTime(day: day.adding(days: 5)), resultAt: nil, outcome: .inProgress)
                }
                var bulk = DossierRows.bulk
                bulk.rowsPerStatement = 2
                let sql = try #require(app.db as? any SQLDatabase)
                try await bulk.upsert(dossiers, on: sql) { DossierRows.cells($0, unitCode: Ref.nghiDuong) }
                let range = DayRange(from: day, to: day)
                #expect(try await app.store.dossiers(unitCode: Ref.nghiDuong, range: range).map(\.code) == codes.sorted())
                var finished = dossiers[3]
                finished.outcome = .resolved
                finished.resultAt = LocalDateTime(day: day.adding(days: 1))
                try await bulk.upsert([finished], on: sql) { DossierRows.cells($0, unitCode: Ref.nghiDuong) }
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 5)
                let stored = try await app.store.dossiers(unitCode: Ref.nghiDuong, range: DayRange(from: day, to: day.adding(days: 9)))
                #expect(stored.first { $0.code == "HỒ SƠ 4 – đặc biệt" } == finished)
            }
        }

        @Test func dossierFiguresFeedTheirIndicators() async throws {
            try await withApp { app in
                let token = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                let base = "/api/v1/units/\(Ref.nghiDuong)"
                try await Self.post(app, base + "/procedures/import", SixMonthLedger.catalogue, token: token) { _ in }
                try await Self.post(app, base + "/dossiers/import", SixMonthLedger.ledger, token: token) { _ in }
                try await app.testing().test(.POST, base + "/dossiers/indicators?period=2026-H1", headers: .bearer(token)) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                let values = try await app.store.values(unitCode: Ref.nghiDuong, period: .half(1, 2026))
                #expect(!values.isEmpty)
                #expect(values.allSatisfy { $0.source == DossierStatistics.indicatorSource })
                // Every dossier of the period was received online.
                let online = try #require(values.first { $0.indicatorCode == "NQ71.7.1" })
                #expect(online.value.number == 100)
                #expect(online.numerator == 5805)
            }
        }
    }
}
