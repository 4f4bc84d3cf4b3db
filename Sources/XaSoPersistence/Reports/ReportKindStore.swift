import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

/// Report kinds a province adds as data. Written by the system admin or the province's own
/// officers; read for any unit of the province when its reports are built.
extension XaSoStore {
    static func storedKind(_ m: ReportKindModel) -> StoredReportKind? {
        guard let definition = try? JSONDecoder().decode(ReportKindDefinition.self, from: Data(m.definition.utf8)) else {
            return nil
        }
        return StoredReportKind(provinceCode: m.provinceCode, definition: definition, framework: m.framework,
                                updatedAt: m.updatedAt, updatedBy: m.updatedBy)
    }

    /// 403 unless the actor is the system admin or an officer of that province.
    public func requireKindEdit(_ actor: Principal, provinceCode: String) async throws {
        let unit = try await requireUnit(provinceCode)
        guard unit.level == .province else {
            throw AppError(.invalid, code: .reportKindNotProvince,
                           message: "report kinds belong to a province; '\(provinceCode)' is not one",
                           vietnamese: "Loại báo cáo riêng được khai báo cho tỉnh, thành phố; \(unit.fullName) không phải tỉnh, thành phố.")
        }
        guard AccessPolicy.canEditReportKinds(actor, provinceCode: provinceCode) else {
            throw AppError.forbidden("only the province's officers add report kinds")
        }
    }

    /// Adds or replaces kinds of a province (by code), after checking them with the built-in
    /// kinds as `ReportKindRegistry` does.
    @discardableResult
    public func saveReportKinds(_ kinds: [ReportKindDefinition], provinceCode: String, framework: String?,
                                actor: Principal) async throws -> [StoredReportKind] {
        try await requireKindEdit(actor, provinceCode: provinceCode)
        guard !kinds.isEmpty else {
            throw AppError(.invalid, code: .reportKindEmpty, message: "no report kind given",
                           vietnamese: "Chưa có loại báo cáo nào trong tệp.")
        }
        let existing = try await reportKinds(provinceCode: provinceCode).map(\.definition)
        _ = try ReportKindRegistry.builtIn.adding(existing.filter { e in !kinds.contains { $0.code == e.code } } + kinds)
        if let framework { _ = try await indicators(framework: framework) }
        return try await db.writeTransaction { tx in
            var saved: [StoredReportKind] = []
            for kind in kinds {
                let row = try await ReportKindModel.query(on: tx).filter(\.$provinceCode == provinceCode)
                    .filter(\.$code == kind.code).first()
                let before = row?.definition
                let model = row ?? ReportKindModel()
                model.provinceCode = provinceCode
                model.code = kind.code
                model.definition = Self.json(kind)
                model.framework = framework
                model.updatedAt = Date()
                model.updatedBy = actor.username
                try await model.save(on: tx)
                try await audit(on: tx, actor: actor.username, action: row == nil ? "create" : "update", entity: "report_kind",
                                key: "\(provinceCode)/\(kind.code)", before: before, after: model.definition)
                saved.append(Self.storedKind(model)!)
            }
            return saved
        }
    }

    /// The kinds a province added, by code.
    public func reportKinds(provinceCode: String) async throws -> [StoredReportKind] {
        try await ReportKindModel.query(on: db).filter(\.$provinceCode == provinceCode).sort(\.$code).all()
            .compactMap(Self.storedKind)
    }

    public func deleteReportKind(provinceCode: String, code: String, actor: Principal) async throws {
        try await requireKindEdit(actor, provinceCode: provinceCode)
        try await db.writeTransaction { tx in
            guard let row = try await ReportKindModel.query(on: tx).filter(\.$provinceCode == provinceCode)
                .filter(\.$code == code).first() else {
                throw AppError.notFound(.reportKindNotFound, "\(provinceCode)/\(code)",
                                        vietnamese: "Tỉnh, thành phố \(provinceCode) chưa khai báo loại báo cáo “\(code)”.")
            }
            try await row.delete(on: tx)
            try await audit(on: tx, actor: actor.username, action: "delete", entity: "report_kind",
                            key: "\(provinceCode)/\(code)", before: row.definition, after: nil)
        }
    }
}
