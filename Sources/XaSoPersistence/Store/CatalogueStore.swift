import FluentKit
import Foundation
import XaSoCore

/// Reads of frameworks, indicators and targets go through the process's `CatalogueCache`; writes call
/// `touchCatalogue` in their transaction so every server reloads.
extension XaSoStore {
    static let catalogueVersionKey = "catalogue_version"
    static let evaluationRulesKey = "evaluation_rules"

    /// The catalogue's version and the evaluation rules, read together: an evaluation needs both and
    /// pays for one query.
    func catalogueSettings() async throws -> (version: String?, rules: EvaluationRules) {
        let rows = try await SettingModel.query(on: db)
            .filter(\.$id ~~ [Self.catalogueVersionKey, Self.evaluationRulesKey]).all()
        let version = rows.first { $0.id == Self.catalogueVersionKey }?.value
        let rules = rows.first { $0.id == Self.evaluationRulesKey }.flatMap {
            try? JSONDecoder().decode(EvaluationRules.self, from: Data($0.value.utf8))
        }
        return (version, rules ?? .standard)
    }

    /// Marks the catalogue changed; call inside the transaction that changes it.
    func touchCatalogue(on tx: any Database) async throws {
        let row = try await SettingModel.find(Self.catalogueVersionKey, on: tx) ?? SettingModel()
        row.id = Self.catalogueVersionKey
        row.value = UUID().uuidString
        try await row.save(on: tx)
    }

    /// National frameworks and indicators; from memory while the stored version is unchanged.
    func nationalCatalogue(version: String?) async throws -> CatalogueCache.Snapshot {
        if let version, let cached = CatalogueCache.shared.snapshot(version) { return cached }
        let frameworks = try await FrameworkModel.query(on: db).sort(\.$position).all().map {
            IndicatorFramework(code: $0.id ?? "", name: $0.name, legalBasis: $0.legalBasis,
                               milestones: $0.milestones.split(separator: ",").compactMap { Int($0) })
        }
        let targets = try await TargetModel.query(on: db).filter(\.$scope == Self.nationalScope).all()
        var byIndicator: [String: [Int: Target]] = [:]
        for t in targets { byIndicator[t.indicatorCode, default: [:]][t.year] = Target(parsing: t.text) }
        let indicators = try await IndicatorModel.query(on: db).sort(\.$position).all().map { m in
            Indicator(code: m.id ?? "", frameworkCode: m.frameworkCode, number: m.number, group: m.groupName,
                      name: m.name, unit: m.unit, unitKind: UnitKind(rawValue: m.unitKind) ?? .text,
                      direction: Direction(rawValue: m.direction) ?? .higher,
                      owners: (try? JSONDecoder().decode([String].self, from: Data(m.owners.utf8))) ?? [],
                      output: m.output, note: m.note, targets: byIndicator[m.id ?? ""] ?? [:],
                      sentences: m.sentences.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? [],
                      scopeUnitCode: m.scopeUnitCode)
        }
        let snapshot = CatalogueCache.Snapshot(frameworks: frameworks, indicators: indicators)
        if let version { CatalogueCache.shared.store(snapshot, version: version) }
        return snapshot
    }

    /// A commune's own targets (indicator → year → target), laid over the national ones.
    func ownTargets(unitCode: String, version: String?) async throws -> [String: [Int: Target]] {
        if let version, let cached = CatalogueCache.shared.overrides(version, unitCode: unitCode) { return cached }
        var result: [String: [Int: Target]] = [:]
        for t in try await TargetModel.query(on: db).filter(\.$scope == unitCode).all() {
            result[t.indicatorCode, default: [:]][t.year] = Target(parsing: t.text)
        }
        if let version { CatalogueCache.shared.store(overrides: result, version: version, unitCode: unitCode) }
        return result
    }

    /// Indicators in document order; for a unit, as it sees them (`targetsApplied`).
    func catalogueIndicators(framework: String?, unitCode: String?, version: String?) async throws -> [Indicator] {
        let national = try await nationalCatalogue(version: version)
        var list = national.indicators
        if let framework {
            list = list.filter { $0.frameworkCode == framework }
            if list.isEmpty, !national.frameworks.contains(where: { $0.code == framework }) {
                throw AppError.notFound(.frameworkNotFound, framework, vietnamese: "Không tìm thấy bộ chỉ tiêu \(framework).")
            }
        }
        guard let unitCode else { return list }
        return try await targetsApplied(to: list, unitCode: unitCode, version: version)
    }

    /// The indicators as a unit sees them: its own figures and its province's with the national ones
    /// (another unit's are not its to judge), and the national targets, then the province's, then the
    /// commune's own, each level over the one above it.
    func targetsApplied(to list: [Indicator], unitCode: String, version: String?) async throws -> [Indicator] {
        let province = try await provinceCode(of: unitCode)
        var list = list.filter { $0.scopeUnitCode == nil || $0.scopeUnitCode == unitCode || $0.scopeUnitCode == province }
        if let province, province != unitCode {
            let ofProvince = try await ownTargets(unitCode: province, version: version)
            if !ofProvince.isEmpty { list = list.map { $0.withTargets(ofProvince[$0.code] ?? [:], level: .province) } }
        }
        let own = try await ownTargets(unitCode: unitCode, version: version)
        let level: TargetLevel = province == unitCode ? .province : .commune
        return own.isEmpty ? list : list.map { $0.withTargets(own[$0.code] ?? [:], level: level) }
    }
}
