import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Issue #15 item 9: the right is checked first, so a refusal tells nothing about what exists
    /// or what another commune holds.
    @Suite struct PermissionOrder {
        /// 403 for someone without the right whether the figure exists or not; 404 only for those
        /// who may move it.
        @Test func figureTransitionsAnswerTheSameWhetherOrNotTheFigureExists() async throws {
            try await withApp(sample: true) { app in
                let viewer = try await app.token("xem-gp", role: .viewer, unit: Ref.giaPhuc)
                let officer = try await app.token("vhxh-gp", role: .departmentOfficer, unit: Ref.giaPhuc,
                                                  department: "Phòng Văn hóa - Xã hội")
                let admin = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                let stored = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                #expect(stored.contains { $0.indicatorCode == "CL411.01" })
                let none = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(1, 2024))
                #expect(none.isEmpty)
                let base = "/api/v1/units/\(Ref.giaPhuc)/values"
                for period in ["2025-Q3", "2024-Q1"] {
                    for action in ["approve", "return"] {
                        let res = try await app.send(.POST, "\(base)/CL411.01/\(period)/\(action)", token: viewer,
                                                     body: Data("{\"comment\": \"x\"}".utf8), contentType: .json)
                        #expect(res.status == .forbidden, "viewer \(action) \(period)")
                    }
                    // CL411.02 is the banks' figure: not the culture-society office's to submit.
                    let submit = try await app.send(.POST, "\(base)/CL411.02/\(period)/submit", token: officer)
                    #expect(submit.status == .forbidden, "officer submit \(period)")
                    #expect(submit.apiError?.code == "forbidden")
                }
                let missing = try await app.send(.POST, "\(base)/CL411.01/2024-Q1/approve", token: admin)
                #expect(missing.status == .notFound)
                let after = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                #expect(after == stored)
            }
        }

        /// Storing the dossier-based figures: those who keep the ledger, for a commune.
        @Test func dossierIndicatorsNeedTheLedgerRight() async throws {
            try await withApp { app in
                let path = "/api/v1/units/\(Ref.nghiDuong)/dossiers/indicators?period=2025-Q3"
                let denied: [(String, Role, String?, String?)] = [
                    ("xem-nd", .viewer, Ref.nghiDuong, nil),
                    ("vhxh-nd", .departmentOfficer, Ref.nghiDuong, "Phòng Văn hóa - Xã hội"),
                    ("so-hp", .provinceOfficer, Ref.haiPhong, nil),
                    ("ubnd-gp", .communeAdmin, Ref.giaPhuc, nil),
                ]
                for (name, role, unit, department) in denied {
                    let token = try await app.token(name, role: role, unit: unit, department: department)
                    let res = try await app.send(.POST, path, token: token)
                    #expect(res.status == .forbidden, "\(name)")
                }
                let centre = try await app.token("tthcc-nd", role: .departmentOfficer, unit: Ref.nghiDuong,
                                                 department: "Trung tâm Phục vụ hành chính công")
                let byCentre = try await app.send(.POST, path, token: centre)
                #expect(byCentre.status == .ok)
                let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
                let byAdmin = try await app.send(.POST, path, token: admin)
                #expect(byAdmin.status == .ok)
                // A province holds no ledger of its own.
                let root = try await app.token("quan-tri", role: .admin, unit: nil)
                let province = try await app.send(.POST, "/api/v1/units/\(Ref.haiPhong)/dossiers/indicators?period=2025-Q3",
                                                  token: root)
                #expect(province.status == .unprocessableEntity)
                #expect(province.apiError?.code == "dossier.unit_not_commune")
            }
        }

        /// Another commune's admin learns nothing of this commune's catalogue (not even that it has
        /// none): 403 through the API and through the service the pages and CLI use.
        @Test func dossierImportChecksTheRightBeforeTheCatalogue() async throws {
            try await withApp { app in
                let stranger = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
                let csv = Data("Mã hồ sơ,Mã thủ tục\nX-1,1.001\n".utf8)
                let res = try await app.send(.POST, "/api/v1/units/\(Ref.giaPhuc)/dossiers/import", token: stranger,
                                             body: csv, contentType: .plainText)
                #expect(res.status == .forbidden)
                let viewer = Principal(username: "xem-gp", role: .viewer, unitCode: Ref.giaPhuc, provinceCode: Ref.haiPhong)
                await #expect(throws: AppError.forbidden("you may not import dossiers for unit \(Ref.giaPhuc)")) {
                    _ = try await DossierService.importDossiers(csv, unitCode: Ref.giaPhuc, actor: viewer, store: app.store)
                }
                await #expect(throws: AppError.forbidden("you may not import dossiers for unit \(Ref.giaPhuc)")) {
                    _ = try await DossierService.importProcedures(Data("rác".utf8), unitCode: Ref.giaPhuc, actor: viewer,
                                                                  store: app.store)
                }
                // The commune's own admin gets the catalogue message.
                let owner = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                let own = try await app.send(.POST, "/api/v1/units/\(Ref.giaPhuc)/dossiers/import", token: owner,
                                             body: csv, contentType: .plainText)
                #expect(own.apiError?.code == "dossier.catalogue_missing")
            }
        }

        /// A CSV in a legacy code page: the API's message names the line and the guessed encoding,
        /// and the Vietnamese text comes back as the row's issue.
        @Test func csvEncodingErrorsKeepTheirLineAndGuess() async throws {
            try await withApp { app in
                let admin = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                var bytes = Array("unit_code,indicator_code,period,value,note\n".utf8)
                // "Đạt" in Windows-1258: Ð (0xD0), a (0x61) with combining dot below (0xF2), t.
                bytes += Array("\(Ref.giaPhuc),CL411.01,2025-Q3,90%,".utf8) + [0xD0, 0x61, 0xF2, 0x74, 0x0A]
                let res = try await app.send(.POST, "/api/v1/units/\(Ref.giaPhuc)/values/import", token: admin,
                                             body: Data(bytes), contentType: .plainText)
                #expect(res.status == .unprocessableEntity)
                let error = try #require(res.apiError)
                #expect(error.code == "csv.encoding")
                #expect(error.message.hasPrefix("the CSV file is not UTF-8: line 2 has the invalid byte 0xD0; "))
                #expect(error.issues?.first?.row == 2)
                #expect(error.issues?.first?.message.hasPrefix("Tệp CSV không đúng mã UTF-8: ") == true)
                #expect(error.issues?.first?.message.contains("dòng 2 có byte không hợp lệ (0xD0)") == true)
            }
        }
    }
}
