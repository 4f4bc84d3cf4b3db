import FluentKit
import Foundation
import XaSoCore

extension XaSoStore {
    /// National targets have an empty scope; a commune's own target carries its unit code.
    static let nationalScope = ""

    /// Adds frameworks, indicators and national targets not stored yet; never overwrites edits. Idempotent.
    @discardableResult
    public func seedFrameworks(_ catalog: FrameworkCatalog) async throws -> Int {
        let haveFrameworks = Set(try await FrameworkModel.query(on: db).all(\.$id).compactMap { $0 })
        let haveIndicators = Set(try await IndicatorModel.query(on: db).all(\.$id).compactMap { $0 })
        let catalogueMissing = try await catalogueSettings().version == nil
        return try await db.writeTransaction { tx in
            var added = 0
            for (i, f) in catalog.frameworks.enumerated() where !haveFrameworks.contains(f.code) {
                let m = FrameworkModel()
                m.id = f.code
                m.name = f.name
                m.legalBasis = f.legalBasis
                m.milestones = f.milestones.map(String.init).joined(separator: ",")
                m.position = i
                try await m.create(on: tx)
            }
            for (i, ind) in catalog.indicators.enumerated() where !haveIndicators.contains(ind.code) {
                try await Self.model(ind, position: i).create(on: tx)
                for (year, target) in ind.targets {
                    let t = TargetModel()
                    t.indicatorCode = ind.code
                    // A province's plan's targets are that province's, not the country's.
                    t.scope = catalog.targetScopes[ind.frameworkCode] ?? Self.nationalScope
                    t.year = year
                    t.text = target.text
                    try await t.create(on: tx)
                }
                added += 1
            }
            if added > 0 || catalogueMissing { try await touchCatalogue(on: tx) }
            return added
        }
    }

    static func model(_ ind: Indicator, position: Int) -> IndicatorModel {
        let m = IndicatorModel()
        m.id = ind.code
        m.frameworkCode = ind.frameworkCode
        m.number = ind.number
        m.groupName = ind.group
        m.name = ind.name
        m.unit = ind.unit
        m.unitKind = ind.unitKind.rawValue
        m.direction = ind.direction.rawValue
        m.owners = json(ind.owners)
        m.output = ind.output
        m.note = ind.note
        m.position = position
        m.sentences = ind.sentences.isEmpty ? nil : json(ind.sentences)
        m.scopeUnitCode = ind.scopeUnitCode
        return m
    }

    public func frameworks() async throws -> [IndicatorFramework] {
        try await nationalCatalogue(version: catalogueSettings().version).frameworks
    }

    /// Indicators in document order with their national targets, or with a commune's own targets
    /// laid over them when `unitCode` is given.
    public func indicators(framework: String? = nil, unitCode: String? = nil) async throws -> [Indicator] {
        try await catalogueIndicators(framework: framework, unitCode: unitCode, version: catalogueSettings().version)
    }

    public func indicator(_ code: String, unitCode: String? = nil) async throws -> Indicator {
        guard let found = try await indicators(unitCode: unitCode).first(where: { $0.code == code }) else {
            throw AppError.notFound(.indicatorNotFound, code, vietnamese: "Không tìm thấy chỉ tiêu có mã \(code).")
        }
        return found
    }

    /// Sets a milestone target: national (admins) when `unitCode` is nil, else the commune's own.
    public func setTarget(indicator code: String, year: Int, text: String, unitCode: String?,
                          actor: Principal) async throws -> Target {
        let indicator = try await indicator(code)
        let target = try await checkTargetWrite(text, indicator: indicator, year: year, unitCode: unitCode, actor: actor)
        let scope = unitCode ?? Self.nationalScope
        try await db.writeTransaction { tx in
            let existing = try await TargetModel.query(on: tx).filter(\.$indicatorCode == code)
                .filter(\.$scope == scope).filter(\.$year == year).first()
            let row = existing ?? TargetModel()
            let before = existing?.text
            row.indicatorCode = code
            row.scope = scope
            row.year = year
            row.text = target.text
            try await row.save(on: tx)
            try await audit(on: tx, actor: actor.username, action: existing == nil ? "create" : "update",
                            entity: "target", key: "\(code)/\(scope.isEmpty ? "national" : scope)/\(year)",
                            before: before, after: target.text)
            try await touchCatalogue(on: tx)
        }
        // A unit's own target changes its province's verdicts; a national one is left to
        // `xaso rollups refresh` (every province at once: docs/national.md).
        if let unitCode, let province = try await provinceCode(of: unitCode) {
            try await refreshStoredRollups(provinceCode: province)
        }
        return target
    }

    /// A commune's own targets, indicator → year → target (what it set over the national ones).
    public func communeTargets(unitCode: String) async throws -> [String: [Int: Target]] {
        try await ownTargets(unitCode: unitCode, version: catalogueSettings().version)
    }


    /// Drops a unit's own target, so the level above applies again.
    public func removeTarget(indicator code: String, year: Int, unitCode: String, actor: Principal) async throws {
        try await requireTargetWrite(actor, unitCode: unitCode)
        try await db.writeTransaction { tx in
            guard let row = try await TargetModel.query(on: tx).filter(\.$indicatorCode == code)
                .filter(\.$scope == unitCode).filter(\.$year == year).first() else { return }
            try await row.delete(on: tx)
            try await audit(on: tx, actor: actor.username, action: "delete", entity: "target",
                            key: "\(code)/\(unitCode)/\(year)", before: row.text, after: nil)
            try await touchCatalogue(on: tx)
        }
    }
}
