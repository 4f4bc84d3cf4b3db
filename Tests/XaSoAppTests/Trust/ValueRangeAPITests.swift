import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

/// Issue #15 items 1, 2 and 6 through HTTP: what once crashed the server is refused by name, and
/// nothing is stored.
extension DatabaseTests {
    @Suite struct ValueRanges {
        func put(_ app: Application, _ token: String, _ items: [[String: String]],
                 _ check: @escaping (TestingHTTPResponse) throws -> Void) async throws {
            try await app.testing().test(.PUT, "/api/v1/units/\(Ref.nghiDuong)/values", headers: .bearer(token),
                                         beforeRequest: { try $0.content.encode(items) }, afterResponse: { try check($0) })
        }

        @Test func aFigureOfTwentyDigitsIsRefusedAndPagesStillAnswer() async throws {
            try await withApp { app in
                let officer = try await app.token("vhxh", role: .departmentOfficer, unit: Ref.nghiDuong,
                                                  department: "phong van hoa - xa hoi")
                try await put(app, officer, [["indicator_code": "CL411.01", "period": "2026-H1", "value": "85%"],
                                             ["indicator_code": "CL411.03", "period": "2026-H1",
                                              "value": "99999999999999999999"]]) { res in
                    #expect(res.status == .unprocessableEntity)
                    let error = try res.content.decode(ErrorBody.self).error
                    #expect(error.code == "import.invalid")
                    #expect(error.issues?.map(\.row) == [2])
                    #expect(error.issues?.first?.field == "value")
                    #expect(error.issues?.first?.code == "value.out_of_range")
                    #expect(error.issues?.first?.message.hasPrefix("Mục 2:") == true)
                }
                try await put(app, officer, [["indicator_code": "CL411.03", "period": "2026-H1",
                                              "value": String(repeating: "9", count: 400)]]) { res in
                    #expect(res.status == .unprocessableEntity)
                    let code = try res.content.decode(ErrorBody.self).error.issues?.first?.code
                    #expect(code == "value.invalid")
                }
                try await put(app, officer, [["indicator_code": "CL411.03", "period": "2026-H1", "value": "150%"],
                                             ["indicator_code": "CL411.01", "period": "2026-H1", "value": "-5"]]) { res in
                    #expect(res.status == .unprocessableEntity)
                    let issues = try res.content.decode(ErrorBody.self).error.issues ?? []
                    #expect(issues.map(\.code) == ["value.out_of_range", "value.out_of_range"])
                    #expect(issues.map(\.row) == [1, 2])
                }
                #expect(try await ValueModel.query(on: app.db).count() == 0)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.nghiDuong)/values?period=2026-H1",
                                             headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                }
            }
        }

        @Test func aRowStoredBeforeTheRulesIsRemovedAndAudited() async throws {
            try await withApp { app in
                let chief = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                try await put(app, chief, [["indicator_code": "CL411.03", "period": "2026-H1", "value": "15%"],
                                           ["indicator_code": "CL411.01", "period": "2026-H1", "value": "85%"]]) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                // What the old code let in: put it back by hand, as an old database holds it.
                let sql = app.db as! any SQLDatabase
                try await sql.update("indicator_values").set("value", to: SQLLiteral.numeric("1e20"))
                    .where("indicator_code", .equal, SQLBind("CL411.03")).run()
                // Formatting it no longer traps, and the data fix takes it out with an audit entry.
                let stored = try await app.store.values(unitCode: Ref.nghiDuong, period: .half(1, 2026))
                #expect(stored.contains { $0.value.formatted(unitKind: .percent) == "100.000.000.000.000.000.000%" })
                try await RemoveFiguresOutOfRange().prepare(on: app.db)
                let left = try await app.store.values(unitCode: Ref.nghiDuong, period: .half(1, 2026))
                #expect(left.map(\.indicatorCode) == ["CL411.01"])
                let audit = try await app.store.auditLog(entity: "indicator_values", limit: 10)
                #expect(audit.contains { $0.action == "remove_out_of_range" && $0.entityKey == "\(Ref.nghiDuong)/CL411.03/2026-H1" })
            }
        }

        @Test func aDecimalCommaOutsideQuotesIsNamed() async throws {
            try await withApp { app in
                let chief = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                let file = "unit_code,indicator_code,period,value,note\n11713,CL411.07,2026-H1,36,7\n"
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.nghiDuong)/values/import", headers: .bearer(chief),
                                             beforeRequest: { $0.body = ByteBuffer(string: file) }) { res in
                    #expect(res.status == .unprocessableEntity)
                    let issue = try res.content.decode(ErrorBody.self).error.issues?.first
                    #expect(issue?.row == 2 && issue?.code == "value.decimal_comma" && issue?.value == "36,7")
                }
                let semicolons = "unit_code;indicator_code;period;value;note\n11713;CL411.07;2026-H1;36,7;\n"
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.nghiDuong)/values/import", headers: .bearer(chief),
                                             beforeRequest: { $0.body = ByteBuffer(string: semicolons) }) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                }
                #expect(try await app.store.values(unitCode: Ref.nghiDuong, period: .half(1, 2026)).first?.value.number == 36.7)
            }
        }

        @Test func listLimitsOutsideTheirRangeAreRefused() async throws {
            try await withApp { app in
                let admin = try await app.token("quantri", role: .admin, unit: nil)
                for bad in ["-1", "0", "501", "abc", "99999999999999999999"] {
                    try await app.testing().test(.GET, "/api/v1/units?q=a&limit=\(bad)", headers: .bearer(admin)) { res in
                        #expect(res.status == .unprocessableEntity, "limit=\(bad)")
                        let code = try res.content.decode(ErrorBody.self).error.code
                        #expect(code == "query.limit_invalid")
                    }
                }
                try await app.testing().test(.GET, "/api/v1/units?q=nghi&limit=3", headers: .bearer(admin)) { res in
                    #expect(res.status == .ok)
                    let units = try res.content.decode([UnitDTO].self)
                    #expect(units.count == 3)
                }
                try await app.testing().test(.GET, "/api/v1/audit?limit=-5", headers: .bearer(admin)) { res in
                    #expect(res.status == .unprocessableEntity)
                }
            }
        }
    }
}
