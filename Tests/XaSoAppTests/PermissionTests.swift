import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Every denial is a 403 with code "forbidden", and stored data is exactly as it was.
    @Suite struct Permissions {
        @Test func departmentOfficerCannotWriteAnotherDepartmentsIndicator() async throws {
            try await withApp(sample: true) { app in
                // CL411.02 (bank accounts) is reported by the banks, not the culture-society office.
                let officer = try await app.token("vhxh-gp", role: .departmentOfficer, unit: Ref.giaPhuc,
                                                  department: "Phòng Văn hóa - Xã hội")
                let before = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                let body = [["indicator_code": "CL411.01", "period": "2025-Q3", "value": "90%"],
                            ["indicator_code": "CL411.02", "period": "2025-Q3", "value": "99%"]]
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.giaPhuc)/values", headers: .bearer(officer),
                                             beforeRequest: { try $0.content.encode(body) }) { res in
                    #expect(res.status == .forbidden)
                    let error = try res.content.decode(ErrorBody.self).error
                    #expect(error.code == "forbidden")
                    // The second item of the request is "Mục 2" in every message (it was numbered as a file's row 3).
                    #expect(error.issues?.map(\.row) == [2])
                    #expect(error.issues?.first?.value == "CL411.02")
                }
                // The allowed row of the same batch was not stored either.
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025)) == before)
            }
        }

        @Test func communeUsersCannotReadOrWriteAnotherCommune() async throws {
            try await withApp(sample: true) { app in
                let other = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/evaluations?period=2025-Q3",
                                             headers: .bearer(other)) { res in
                    #expect(res.status == .forbidden)
                    let decoded1 = try res.content.decode(ErrorBody.self).error.code
                    #expect(decoded1 == "forbidden")
                }
                let before = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.giaPhuc)/values", headers: .bearer(other),
                                             beforeRequest: {
                                                 try $0.content.encode([["indicator_code": "CL411.01", "period": "2025-Q3", "value": "1%"]])
                                             }) { res in
                    #expect(res.status == .forbidden)
                }
                try await app.testing().test(.POST, "/api/v1/units/\(Ref.giaPhuc)/values/CL411.01/2025-Q3/return",
                                             headers: .bearer(other),
                                             beforeRequest: { try $0.content.encode(["comment": "sai"]) }) { res in
                    #expect(res.status == .forbidden)
                }
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025)) == before)
            }
        }

        @Test func provinceOfficersReadTheirProvinceOnly() async throws {
            try await withApp(sample: true) { app in
                let haiPhong = try await app.token("sokhcn-hp", role: .provinceOfficer, unit: Ref.haiPhong)
                let haNoi = try await app.token("sokhcn-hn", role: .provinceOfficer, unit: Ref.haNoi)
                let path = "/api/v1/units/\(Ref.giaPhuc)/values?period=2025-Q3"
                try await app.testing().test(.GET, path, headers: .bearer(haiPhong)) { res in
                    #expect(res.status == .ok)
                    // The sample's 10 table figures and 8 it states in sentences (SampleData.sentenceFigures).
                    let decoded2 = try res.content.decode([ValueDTO].self).count
                    #expect(decoded2 == 18)
                }
                try await app.testing().test(.GET, path, headers: .bearer(haNoi)) { res in
                    #expect(res.status == .forbidden)
                }
                // Reading is not writing: a province officer enters nothing for a commune.
                try await app.testing().test(.PUT, "/api/v1/units/\(Ref.giaPhuc)/values", headers: .bearer(haiPhong),
                                             beforeRequest: {
                                                 try $0.content.encode([["indicator_code": "CL411.01", "period": "2025-Q3", "value": "1%"]])
                                             }) { res in
                    #expect(res.status == .forbidden)
                }
            }
        }

        @Test func onlyAdminsEditNationalTargetsAndCommuneAdminsCreateTheirOwnUsers() async throws {
            try await withApp { app in
                let chief = try await app.token("giaphuc", role: .communeAdmin, unit: Ref.giaPhuc)
                try await app.testing().test(.PUT, "/api/v1/indicators/CL411.03/targets/2025", headers: .bearer(chief),
                                             beforeRequest: { try $0.content.encode(["text": "> 10%"]) }) { res in
                    #expect(res.status == .forbidden)
                }
                #expect(try await app.store.indicator("CL411.03").targets[2025]?.text == "> 50%")
                let newUser: [String: String] = ["username": "tinh-moi", "password": "mat-khau-123",
                                                 "role": "province_officer", "unit_code": Ref.haiPhong]
                try await app.testing().test(.POST, "/api/v1/users", headers: .bearer(chief),
                                             beforeRequest: { try $0.content.encode(newUser) }) { res in
                    #expect(res.status == .forbidden)
                }
                #expect(try await app.store.user(named: "tinh-moi") == nil)
                let officer: [String: String] = ["username": "ktế", "password": "mat-khau-123",
                                                 "role": "viewer", "unit_code": Ref.giaPhuc]
                try await app.testing().test(.POST, "/api/v1/users", headers: .bearer(chief),
                                             beforeRequest: { try $0.content.encode(officer) }) { res in
                    #expect(res.status == .unprocessableEntity)
                    let decoded3 = try res.content.decode(ErrorBody.self).error.code
                    #expect(decoded3 == "user.username_invalid")
                }
            }
        }
    }
}
