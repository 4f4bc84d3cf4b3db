import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Undoing a wrong import: figures, dossiers, plans — permission-checked, all-or-nothing, audited.
    @Suite struct UndoImport {
        @Test func aCommuneAdminDeletesItsFiguresOfAPeriodAndNobodyElseDoes() async throws {
            try await withApp(sample: true) { app in
                let q3 = ReportingPeriod.quarter(3, 2025)
                let before = try await app.store.values(unitCode: Ref.giaPhuc, period: q3)
                #expect(before.count > 1)
                let other = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let viewer = try await app.token("gp-xem", role: .viewer, unit: Ref.giaPhuc)
                let officer = try await app.token("gp-vhxh", role: .departmentOfficer, unit: Ref.giaPhuc,
                                                  department: "Phòng Văn hóa - Xã hội")
                for token in [other, viewer, officer] {
                    let res = try await app.api(.DELETE, "units/\(Ref.giaPhuc)/values?period=2025-Q3", token: token)
                    #expect(res.status == .forbidden)
                }
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: q3) == before)

                let admin = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let bad = try await app.api(.DELETE, "units/\(Ref.giaPhuc)/values?period=quy-3", token: admin)
                #expect(bad.errorCode == "period.invalid")
                // One indicator first, then the rest of the period.
                let one = try await app.api(.DELETE, "units/\(Ref.giaPhuc)/values?period=2025-Q3&indicator=CL411.01", token: admin)
                #expect(try one.decode(ImportUndoController.Deleted.self).deleted == 1)
                let rest = try await app.api(.DELETE, "units/\(Ref.giaPhuc)/values?period=2025-Q3", token: admin)
                #expect(try rest.decode(ImportUndoController.Deleted.self).deleted == before.count - 1)
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: q3).isEmpty)
                // Each figure's history ends with its deletion; the audit log names who and how many.
                let deletions = try await (app.db as! any SQLDatabase)
                    .raw("SELECT COUNT(*) AS n FROM value_history WHERE action = 'delete'").first()?.decode(column: "n", as: Int.self)
                #expect(deletions == before.count)
                let audit = try await app.store.auditLog(entity: "indicator_values", key: Ref.giaPhuc, limit: 5)
                #expect(audit.first?.action == "delete")
                #expect(audit.first?.actor == "gp-admin")
                #expect(audit.first?.after?.contains("\"deleted\":\(before.count - 1)") == true)
            }
        }

        static let smallLedger = """
            \(SixMonthLedger.ledgerHeader)
            HS1,HT99,Trực tuyến,01/12/2025 08:00,20/12/2025,18/12/2025 10:00,Đã trả kết quả,,01/12/2025 08:00
            HS2,HT99,Trực tuyến,10/01/2026 09:00,20/01/2026,15/01/2026 15:00,Đã trả kết quả,,10/01/2026 09:00
            HS3,HT99,Trực tuyến,03/03/2026 09:00,13/03/2026,05/03/2026 15:00,Từ chối,,03/03/2026 09:00
            HS4,BT01,Trực tuyến,03/04/2026 09:00,23/04/2026,06/04/2026 15:00,Rút hồ sơ,,03/04/2026 09:00

            """

        @Test func dossiersAreDeletedByRangeOrAllOnlyWhenAskedFor() async throws {
            try await withApp { app in
                let admin = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let base = "units/\(Ref.nghiDuong)"
                #expect(try await app.api(.POST, base + "/procedures/import", token: admin, text: SixMonthLedger.catalogue).status == .ok)
                #expect(try await app.api(.POST, base + "/dossiers/import", token: admin, text: Self.smallLedger).status == .ok)
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 4)

                let other = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                #expect(try await app.api(.DELETE, base + "/dossiers?all=true", token: other).status == .forbidden)
                // No range named: refused rather than emptying the ledger.
                #expect(try await app.api(.DELETE, base + "/dossiers", token: admin).errorCode == "range.missing")
                #expect(try await app.api(.DELETE, base + "/dossiers?all=true&period=2026-Q1", token: admin).errorCode == "range.ambiguous")
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 4)

                // 2026-Q1's cut-off range is 15/12/2025–14/03/2026: HS2 and HS3.
                let q1 = try await app.api(.DELETE, base + "/dossiers?period=2026-Q1", token: admin)
                #expect(try q1.decode(ImportUndoController.Deleted.self).deleted == 2)
                let april = try await app.api(.DELETE, base + "/dossiers?from=01/04/2026&to=30/04/2026", token: admin)
                #expect(try april.decode(ImportUndoController.Deleted.self).deleted == 1)
                let all = try await app.api(.DELETE, base + "/dossiers?all=true", token: admin)
                #expect(try all.decode(ImportUndoController.Deleted.self).deleted == 1)
                #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 0)
                let audit = try await app.store.auditLog(entity: "dossiers", key: Ref.nghiDuong, limit: 10)
                #expect(audit.filter { $0.action == "delete" }.count == 3)
            }
        }

        @Test func aPlanIsDeletedWithItsTasksProgressAndComments() async throws {
            try await withApp { app in
                let admin = try await app.token("nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
                let created = try await app.api(.POST, "units/\(Ref.nghiDuong)/plans", token: admin, json: SmallPlan.input())
                #expect(created.status == .created || created.status == .ok, "\(created.text)")
                let plans = try await app.api(.GET, "units/\(Ref.nghiDuong)/plans", token: admin).decode([PlanListItemDTO].self)
                let plan = try #require(plans.first)
                let sql = app.db as! any SQLDatabase
                func count(_ table: String) async throws -> Int {
                    try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
                }
                #expect(try await count("plan_tasks") == 5)

                let other = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                #expect(try await app.api(.DELETE, "units/\(Ref.giaPhuc)/plans/\(plan.id)", token: other).status == .notFound)
                #expect(try await app.api(.DELETE, "units/\(Ref.nghiDuong)/plans/\(plan.id)", token: other).status == .forbidden)
                #expect(try await count("plans") == 1)

                let deleted = try await app.api(.DELETE, "units/\(Ref.nghiDuong)/plans/\(plan.id)", token: admin)
                #expect(deleted.status == .noContent, "\(deleted.text)")
                #expect(try await app.api(.GET, "units/\(Ref.nghiDuong)/plans/\(plan.id)", token: admin).status == .notFound)
                #expect(try await count("plans") == 0)
                #expect(try await count("plan_tasks") == 0)
                let audit = try await app.store.auditLog(entity: "plan", key: plan.id.uuidString, limit: 5)
                #expect(audit.first?.action == "delete")
                #expect(audit.first?.before?.contains("\"tasks\":5") == true)
            }
        }

        @Test func theConsoleUndoesTooOnAScratchDatabase() async throws {
            let db = CLITests.scratchDatabase()
            defer { try? FileManager.default.removeItem(atPath: db.path) }
            let file = try CLITests.write("unit_code,indicator_code,period,value,note\n11050,CL411.07,2025-Q3,35%,\n11050,CL411.01,2025-Q3,90%,\n")
            let load = try #require(try XaSoCommand.parseAsRoot(["values", "import", file, "--database", db.url]) as? ValuesCommand.Import)
            #expect(try await load.result() == .init(inserted: 2, updated: 0))
            let delete = try #require(try XaSoCommand.parseAsRoot(
                ["delete", "values", "--unit", "11050", "--period", "2025-Q3", "--database", db.url]) as? DeleteCommand.Values)
            try await delete.run()
            let remaining = try await AppRunner.with(AppConfig(databaseURL: db.url, announceAdminPassword: false)) { app in
                try await app.store.values(unitCode: "11050", period: .quarter(3, 2025)).count
            }
            #expect(remaining == 0)
        }
    }
}
