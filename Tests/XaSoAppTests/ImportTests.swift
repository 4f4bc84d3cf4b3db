import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    @Suite struct ValueImport {
        static let good = """
        unit_code,indicator_code,period,value,note
        11713,CL411.01,2026-H1,85%,
        11713,CL411.03,2026-H1,~15%,do người dân chưa phổ cập sử dụng
        11713,CL411.07,2026-H1,"36,7%",
        11713,CL411.09,2026-H1,36.7,
        """

        @Test func figuresAsOfficialsWriteThemAreUnderstood() async throws {
            try await withApp { app in
                let token = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.nghiDuong)/values/import", headers: .bearer(token),
                                             beforeRequest: { $0.body = ByteBuffer(string: Self.good) }) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    let decoded1 = try res.content.decode(XaSoStore.ImportSummary.self)
                    #expect(decoded1 == .init(inserted: 4, updated: 0))
                }
                let values = try await app.store.values(unitCode: Ref.nghiDuong, period: .half(1, 2026))
                let byCode = Dictionary(uniqueKeysWithValues: values.map { ($0.indicatorCode, $0) })
                #expect(byCode["CL411.01"]?.value == MeasuredValue(number: 85, approximate: false))
                #expect(byCode["CL411.03"]?.value == MeasuredValue(number: 15, approximate: true))
                #expect(byCode["CL411.03"]?.note == "do người dân chưa phổ cập sử dụng")
                #expect(byCode["CL411.07"]?.value.number == 36.7)
                #expect(byCode["CL411.09"]?.value.number == 36.7)
            }
        }

        @Test func oneBadRowStoresNothingAndIsNamed() async throws {
            try await withApp { app in
                let token = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                let bad = Self.good + "\n11713,CL411.05,2026-H1,khoảng chín mươi,\n"
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.nghiDuong)/values/import", headers: .bearer(token),
                                             beforeRequest: { $0.body = ByteBuffer(string: bad) }) { res in
                    #expect(res.status == .unprocessableEntity)
                    let error = try res.content.decode(ErrorBody.self).error
                    #expect(error.code == "import.invalid")
                    #expect(error.issues?.count == 1)
                    #expect(error.issues?.first?.row == 6)
                    #expect(error.issues?.first?.field == "value")
                    #expect(error.issues?.first?.value == "khoảng chín mươi")
                }
                #expect(try await app.store.values(unitCode: Ref.nghiDuong, period: .half(1, 2026)).isEmpty)
                #expect(try await ValueModel.query(on: app.db).count() == 0)
            }
        }

        @Test func unknownCodesAndPeriodsAreEachNamed() async throws {
            try await withApp { app in
                let token = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                let bad = """
                unit_code,indicator_code,period,value,note
                11713,CL411.99,2026-H1,10%,
                11713,CL411.01,2026-H3,10%,
                99999,CL411.01,2026-H1,10%,
                """
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.nghiDuong)/values/import", headers: .bearer(token),
                                             beforeRequest: { $0.body = ByteBuffer(string: bad) }) { res in
                    let issues = try res.content.decode(ErrorBody.self).error.issues ?? []
                    #expect(issues.map(\.row) == [2, 3, 4])
                    #expect(issues.map(\.field) == ["indicator_code", "period", "unit_code"])
                }
                #expect(try await ValueModel.query(on: app.db).count() == 0)
            }
        }

        @Test func wrongHeaderIsRefused() async throws {
            try await withApp { app in
                let token = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.nghiDuong)/values/import", headers: .bearer(token),
                                             beforeRequest: { $0.body = ByteBuffer(string: "ma,gia tri\n1,2\n") }) { res in
                    #expect(res.status == .unprocessableEntity)
                    let issues = try res.content.decode(ErrorBody.self).error.issues ?? []
                    #expect(issues.allSatisfy { $0.row == 1 && $0.code == "header.missing" })
                    #expect(Set(issues.map(\.field)) == ["unit_code", "indicator_code", "period", "value"])
                }
            }
        }
    }

    @Suite struct OpenAPI {
        /// Every route the app serves under /api/v1 is documented, and nothing documented is missing.
        @Test func documentMatchesTheRoutes() async throws {
            try await withApp { app in
                let served = Set(app.routes.all.map { route in
                    route.method.rawValue.lowercased() + " /" + route.path.map { component -> String in
                        if case .parameter(let name) = component { return "{\(name)}" }
                        return component.description
                    }.joined(separator: "/")
                }.filter { $0.contains(" /api/v1/") })
                var documented = Set<String>()
                try await app.testing().test(.GET, "/api/v1/openapi.json") { res in
                    #expect(res.status == .ok)
                    let doc = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any]
                    let paths = doc?["paths"] as? [String: [String: Any]] ?? [:]
                    for (path, ops) in paths { for method in ops.keys { documented.insert("\(method) \(path)") } }
                }
                #expect(served == documented)
                #expect(served.count >= 20)
            }
        }
    }
}
