import Foundation
import XaSoCore

/// Administrative units (province, commune, village) and a commune's departments.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol UnitStorage: Sendable {
    func unit(_ code: String) async throws -> AdministrativeUnit?
    func requireUnit(_ code: String) async throws -> AdministrativeUnit
    func provinceCode(of code: String) async throws -> String?
    func findUnits(_ query: String, limit: Int) async throws -> [AdministrativeUnit]
    func children(of code: String) async throws -> [AdministrativeUnit]
    func addVillage(commune code: String, name: String, actor: Principal) async throws -> AdministrativeUnit
    func departments(of unitCode: String) async throws -> [Department]
    func addDepartment(unitCode: String, name: String, kind: Department.Kind,
                       actor: Principal) async throws -> Department

    /// 404 for an unknown unit, 403 unless `AccessPolicy.canRead`.
    func requireRead(_ actor: Principal, unitCode: String) async throws
    func knownUnitCodes() async throws -> Set<String>
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension UnitStorage {
    func findUnits(_ query: String, limit: Int = 50) async throws -> [AdministrativeUnit] {
        try await findUnits(query, limit: limit)
    }
}
