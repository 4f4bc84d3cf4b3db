import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

extension XaSoStore {
    public typealias IndicatorChanges = XaSoStorage.IndicatorChanges

    /// Edits an indicator of a national framework (admins only), keeping the before and after in the audit log.
    public func updateIndicator(_ code: String, _ changes: IndicatorChanges, actor: Principal) async throws -> Indicator {
        guard AccessPolicy.canEditFrameworks(actor) else { throw AppError.forbidden("only an admin edits frameworks") }
        let before = try await indicator(code)
        if let name = changes.name, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw AppError(.invalid, code: .indicatorNameEmpty, message: "an indicator needs a name",
                           vietnamese: "Tên chỉ tiêu không được để trống.")
        }
        if let owners = changes.owners, owners.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw AppError(.invalid, code: .indicatorOwnerEmpty, message: "owner names cannot be empty",
                           vietnamese: "Tên cơ quan chủ trì không được để trống.")
        }
        try await db.writeTransaction { tx in
            guard let m = try await IndicatorModel.find(code, on: tx) else { return }
            if let v = changes.name { m.name = VietnameseText.normalized(v) }
            if let v = changes.unit { m.unit = VietnameseText.normalized(v) }
            if let v = changes.direction { m.direction = v.rawValue }
            if let v = changes.owners { m.owners = Self.json(v.map(VietnameseText.normalized)) }
            if let v = changes.output { m.output = v.isEmpty ? nil : VietnameseText.normalized(v) }
            if let v = changes.note { m.note = v.isEmpty ? nil : VietnameseText.normalized(v) }
            try await m.update(on: tx)
            try await audit(on: tx, actor: actor.username, action: "update", entity: "indicator", key: code,
                            before: Self.json(before), after: Self.json(changes))
            try await touchCatalogue(on: tx)
        }
        return try await indicator(code)
    }
}
