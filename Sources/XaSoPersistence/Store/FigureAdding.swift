import FluentKit
import Foundation
import XaSoCore

extension XaSoStore {
    /// Adds a figure of a unit's own (or, for an admin, of everyone) to a framework: checked in
    /// the core, stored with its sentence wordings, audited, and every server's catalogue reloaded.
    public func addFigure(_ figure: NewFigure, actor: Principal) async throws -> Indicator {
        if let scope = figure.scopeUnitCode {
            _ = try await requireUnit(scope)
        }
        guard AccessPolicy.canAddFigure(actor, scopeUnitCode: figure.scopeUnitCode) else {
            throw AppError.forbidden(figure.scopeUnitCode.map { "you may not add figures for unit \($0)" }
                                     ?? "only an admin adds figures for every unit")
        }
        let national = try await nationalCatalogue(version: catalogueSettings().version)
        let indicator = try figure.validated(existingCodes: Set(national.indicators.map(\.code)),
                                             frameworkCodes: Set(national.frameworks.map(\.code)))
        try await db.writeTransaction { tx in
            // Checked again inside the write: two admins adding the same code at once.
            if try await IndicatorModel.find(indicator.code, on: tx) != nil {
                throw AppError(.conflict, code: .indicatorCodeTaken, message: "indicator \(indicator.code) exists",
                               vietnamese: "Mã \(indicator.code) đã có trong danh mục.")
            }
            let last = try await IndicatorModel.query(on: tx).max(\.$position) ?? 0
            try await Self.model(indicator, position: last + 1).create(on: tx)
            try await audit(on: tx, actor: actor.username, action: "create", entity: "indicator", key: indicator.code,
                            before: nil, after: Self.json(indicator))
            try await touchCatalogue(on: tx)
        }
        return indicator
    }
}
