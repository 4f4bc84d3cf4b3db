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

    /// What every storage checks before it sets a target (national when `unitCode` is nil, by an
    /// admin; else the unit's own): the right, the year, and the target's form for the indicator's
    /// unit (`FigureRules.targetProblem`). Returns the target parsed from `text`.
    public func checkTargetWrite(_ text: String, indicator: Indicator, year: Int, unitCode: String?,
                                 actor: Principal) async throws -> Target {
        if let unitCode {
            try await requireTargetWrite(actor, unitCode: unitCode)
        } else {
            guard AccessPolicy.canEditFrameworks(actor) else {
                throw AppError.forbidden("only an admin edits national targets")
            }
        }
        guard (1990...2100).contains(year) else {
            throw AppError(.invalid, code: .targetYearInvalid, message: "year \(year) is out of range",
                           vietnamese: "Năm \(year) không hợp lệ.")
        }
        let target = Target(parsing: text)
        if let problem = FigureRules.targetProblem(target, unitKind: indicator.unitKind) {
            throw AppError(.invalid, code: problem.code, message: problem.english,
                           vietnamese: problem.vietnamese.prefix(1).uppercased() + problem.vietnamese.dropFirst() + ".")
        }
        return target
    }
}
