import Foundation
import XaSoCore
import XaSoStorage

extension InMemoryStorage: FrameworkStorage {
    public func frameworks() async throws -> [IndicatorFramework] {
        read { $0.frameworks }
    }

    public func indicators(framework: String?, unitCode: String?) async throws -> [Indicator] {
        var list = read { $0.indicators }
        if let framework {
            list = list.filter { $0.frameworkCode == framework }
            if list.isEmpty, !read({ $0.frameworks.contains { $0.code == framework } }) {
                throw AppError.notFound(.frameworkNotFound, framework, vietnamese: "Không tìm thấy bộ chỉ tiêu \(framework).")
            }
        }
        guard let unitCode else { return list }
        return try await targetsApplied(to: list, unitCode: unitCode)
    }

    public func indicator(_ code: String, unitCode: String?) async throws -> Indicator {
        guard let found = try await indicators(framework: nil, unitCode: unitCode).first(where: { $0.code == code }) else {
            throw AppError.notFound(.indicatorNotFound, code, vietnamese: "Không tìm thấy chỉ tiêu có mã \(code).")
        }
        return found
    }

    public func updateIndicator(_ code: String, _ changes: IndicatorChanges, actor: Principal) async throws -> Indicator {
        throw Self.notHeld("updateIndicator")
    }

    public func addFigure(_ figure: NewFigure, actor: Principal) async throws -> Indicator {
        throw Self.notHeld("addFigure")
    }

    public func knownIndicatorCodes() async throws -> Set<String> {
        read { Set($0.indicators.map(\.code)) }
    }

    public func indicatorUnitKinds() async throws -> [String: UnitKind] {
        read { Dictionary($0.indicators.map { ($0.code, $0.unitKind) }, uniquingKeysWith: { first, _ in first }) }
    }

    public func evaluationRules() async throws -> EvaluationRules {
        read { $0.rules }
    }

    public func setEvaluationRules(_ rules: EvaluationRules, actor: Principal) async throws {
        throw Self.notHeld("setEvaluationRules")
    }

    /// As `XaSoStore.targetsApplied`: the unit's own and its province's indicators with the national
    /// ones, national targets, then the province's, then the unit's own, each over the one above.
    func targetsApplied(to list: [Indicator], unitCode: String) async throws -> [Indicator] {
        let province = try await provinceCode(of: unitCode)
        var list = list.filter { $0.scopeUnitCode == nil || $0.scopeUnitCode == unitCode || $0.scopeUnitCode == province }
        let (ofProvince, own) = read { ($0.ownTargets[province ?? ""] ?? [:], $0.ownTargets[unitCode] ?? [:]) }
        if let province, province != unitCode, !ofProvince.isEmpty {
            list = list.map { $0.withTargets(ofProvince[$0.code] ?? [:], level: .province) }
        }
        let level: TargetLevel = province == unitCode ? .province : .commune
        return own.isEmpty ? list : list.map { $0.withTargets(own[$0.code] ?? [:], level: level) }
    }
}

extension InMemoryStorage: TargetStorage {
    public func setTarget(indicator code: String, year: Int, text: String, unitCode: String?,
                          actor: Principal) async throws -> Target {
        let indicator = try await indicator(code, unitCode: nil)
        let target = try await checkTargetWrite(text, indicator: indicator, year: year, unitCode: unitCode, actor: actor)
        write { s in
            let stored = Target(parsing: target.text)
            if let unitCode {
                s.ownTargets[unitCode, default: [:]][code, default: [:]][year] = stored
            } else if let i = s.indicators.firstIndex(where: { $0.code == code }) {
                s.indicators[i].targets[year] = stored
            }
            s.catalogueVersion += 1
        }
        return target
    }

    public func communeTargets(unitCode: String) async throws -> [String: [Int: Target]] {
        read { $0.ownTargets[unitCode] ?? [:] }
    }


    public func removeTarget(indicator code: String, year: Int, unitCode: String, actor: Principal) async throws {
        try await requireTargetWrite(actor, unitCode: unitCode)
        write { s in
            guard s.ownTargets[unitCode]?[code]?[year] != nil else { return }
            s.ownTargets[unitCode]?[code]?[year] = nil
            if s.ownTargets[unitCode]?[code]?.isEmpty == true { s.ownTargets[unitCode]?[code] = nil }
            s.catalogueVersion += 1
        }
    }
}
