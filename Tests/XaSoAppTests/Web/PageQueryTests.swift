import Foundation
import Testing
@testable import XaSoApp
import XaSoCore
import XaSoStorage

/// A page's query asks only the storage it names (`some UnitStorage`), so it runs against a few
/// units held in memory: no database, and a call the query should not make fails the test.
@Suite struct PageQueries {
    struct NotForThisPage: Error {}

    /// The units and departments the pages below read; everything else is refused.
    struct UnitsInMemory: UnitStorage {
        var units: [AdministrativeUnit]
        var departmentsOf: [String: [Department]]

        func unit(_ code: String) async throws -> AdministrativeUnit? { units.first { $0.code == code } }
        func requireUnit(_ code: String) async throws -> AdministrativeUnit {
            guard let u = units.first(where: { $0.code == code }) else {
                throw AppError.notFound("unit", code, vietnamese: "Không tìm thấy đơn vị \(code).")
            }
            return u
        }
        func findUnits(_ query: String, limit: Int) async throws -> [AdministrativeUnit] {
            // The page does not search for nothing: an empty query reaching storage is a mistake.
            guard !query.isEmpty else { throw NotForThisPage() }
            return Array(units.filter { VietnameseText.folded($0.fullName).contains(VietnameseText.folded(query)) }.prefix(limit))
        }
        func departments(of unitCode: String) async throws -> [Department] { departmentsOf[unitCode] ?? [] }
        func provinceCode(of code: String) async throws -> String? { throw NotForThisPage() }
        func children(of code: String) async throws -> [AdministrativeUnit] { throw NotForThisPage() }
        func addVillage(commune code: String, name: String, actor: Principal) async throws -> AdministrativeUnit {
            throw NotForThisPage()
        }
        func addDepartment(unitCode: String, name: String, kind: Department.Kind,
                           actor: Principal) async throws -> Department { throw NotForThisPage() }
        func requireRead(_ actor: Principal, unitCode: String) async throws { throw NotForThisPage() }
        func knownUnitCodes() async throws -> Set<String> { throw NotForThisPage() }
    }

    static let store = UnitsInMemory(
        units: [PageSnapshots.commune, PageSnapshots.province,
                AdministrativeUnit(code: "11737", name: "Nghi Dương", fullName: "Xã Nghi Dương", kind: "xa", parentCode: "31")],
        departmentsOf: ["11050": [Department(name: "Văn phòng HĐND và UBND", kind: .department),
                                  Department(name: "Công an xã Gia Phúc", kind: .partner)]])

    @Test func theUnitSearchFindsNamesWithoutDiacriticsAndAsksNothingForAnEmptyBox() async throws {
        let found = try await UnitsPage.query("nghi duong", store: Self.store)
        #expect(found.units.map(\.code) == ["11737"])
        #expect(try await UnitsPage.query("", store: Self.store).units.isEmpty)
        let page = UnitsPage.view(found, ctx: PageSnapshots.ctx).rendered
        #expect(page.contains("<a href=\"/units/11737\">Xã Nghi Dương</a><small class=\"muted\"> · 11737</small>"))
    }

    @Test func theDepartmentsPageListsTheCommunesBodiesFromItsQuery() async throws {
        var model = try await DepartmentsPage.query(unitCode: "11050", store: Self.store)
        #expect(model.unit.fullName == "Xã Gia Phúc")
        #expect(model.departments.map(\.name) == ["Văn phòng HĐND và UBND", "Công an xã Gia Phúc"])
        model.canAdd = false
        let page = DepartmentsPage.view(model, ctx: PageSnapshots.ctx).rendered
        #expect(page.contains("<tr><td>Công an xã Gia Phúc</td><td>\(L.departmentKindText(.partner))</td></tr>"))
        #expect(!page.contains("id=\"dept-name\""))
        await #expect(throws: AppError.self) { try await DepartmentsPage.query(unitCode: "99999", store: Self.store) }
    }
}
