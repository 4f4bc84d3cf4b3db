import Foundation
import XaSoCore

/// A commune's own targets, over the national ones.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol TargetStorage: Sendable {
    func setTarget(indicator code: String, year: Int, text: String, unitCode: String?,
                   actor: Principal) async throws -> Target
    func communeTargets(unitCode: String) async throws -> [String: [Int: Target]]
    func requireTargetWrite(_ actor: Principal, unitCode: String) async throws
    func removeTarget(indicator code: String, year: Int, unitCode: String, actor: Principal) async throws
}

/// One rule for every storage that holds both units and targets: the database and memory refuse alike.
extension TargetStorage where Self: UnitStorage {
    /// Who may set a unit's own targets (`AccessPolicy.canSetTargets`); a province officer naming a unit
    /// outside the province is told so by name.
    public func requireTargetWrite(_ actor: Principal, unitCode: String) async throws {
        let unit = try await requireUnit(unitCode)
        let isProvince = unit.level == .province
        guard AccessPolicy.canSetTargets(actor, unitCode: unitCode, isProvince: isProvince) else {
            if actor.role == .provinceOfficer, try await provinceCode(of: unitCode) != actor.provinceCode {
                throw AppError(.forbidden, code: .targetOutsideProvince,
                               message: "unit \(unitCode) is not in province \(actor.provinceCode ?? "?"); a province sets targets for itself only",
                               vietnamese: "\(unit.fullName) không thuộc tỉnh, thành phố của bạn; chỉ đặt được mục tiêu của tỉnh, thành phố mình.")
            }
            throw AppError.forbidden(isProvince ? "only the province's officers set its targets"
                                                : "only the commune's admin sets its own targets")
        }
    }
}
