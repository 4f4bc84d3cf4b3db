import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// Undoing a wrong import: deleting a commune's figures of a period, dossiers received in a range,
/// or a plan. Each is permission-checked through `AccessPolicy`, runs in one transaction (all or
/// nothing) and is audited with what was removed.
extension XaSoStore {
    /// Deletes the unit's figures of `period` (only `indicators`, when given). Each deleted figure gets a
    /// "delete" entry in its history with its last state, so the history still tells what was there.
    @discardableResult
    public func deleteValues(unitCode: String, period: ReportingPeriod, indicators: [String]? = nil,
                             actor: Principal) async throws -> Int {
        _ = try await requireUnit(unitCode)
        guard AccessPolicy.canDeleteValues(actor, unitCode: unitCode) else {
            throw AppError.forbidden("you may not delete figures of unit \(unitCode)")
        }
        let deleted = try await db.writeTransaction { tx in
            var query = ValueModel.query(on: tx).filter(\.$unitCode == unitCode).filter(\.$period == period.description)
            if let indicators { query = query.filter(\.$indicatorCode ~~ indicators) }
            let rows = try await query.sort(\.$indicatorCode).all()
            guard !rows.isEmpty else { return 0 }
            let now = Date()
            for row in rows {
                try await Self.history(row, by: actor.username, action: "delete", at: now).create(on: tx)
            }
            try await ValueModel.query(on: tx).filter(\.$id ~~ rows.compactMap(\.id)).delete()
            try await audit(on: tx, actor: actor.username, action: "delete", entity: "indicator_values", key: unitCode,
                            before: Self.json(rows.compactMap(Self.value)),
                            after: "{\"deleted\":\(rows.count),\"period\":\"\(period)\"}")
            return rows.count
        }
        if deleted > 0 { try await refreshRollups(afterChangesTo: [(unitCode: unitCode, period: period)]) }
        return deleted
    }

    /// Deletes the commune's dossiers received within `range` (every dossier of the commune when nil).
    @discardableResult
    public func deleteDossiers(unitCode: String, range: DayRange?, actor: Principal) async throws -> Int {
        let unit = try await requireUnit(unitCode)
        guard unit.level == .commune else {
            throw AppError(.invalid, code: .dossierUnitNotCommune, message: "unit \(unitCode) is not a commune or ward",
                           vietnamese: "Danh mục thủ tục và hồ sơ thuộc về một xã, phường.")
        }
        guard AccessPolicy.canDeleteDossiers(actor, unitCode: unitCode) else {
            throw AppError.forbidden("you may not delete dossiers of unit \(unitCode)")
        }
        if let range, range.from > range.to {
            throw AppError(.invalid, code: .dossierRangeInvalid, message: "the first day is after the last day",
                           vietnamese: "Ngày bắt đầu sau ngày kết thúc.")
        }
        return try await db.writeTransaction { tx in
            let sql = try tx.sqlDatabase()
            let from = range?.from.dayNumber ?? Int.min / 2, to = range?.to.dayNumber ?? Int.max / 2
            let count = try await sql.raw("""
                SELECT COUNT(*) AS n FROM dossiers WHERE unit_code = \(bind: unitCode)
                AND received_day >= \(bind: from) AND received_day <= \(bind: to)
                """).first()?.decode(column: "n", as: Int.self) ?? 0
            guard count > 0 else { return 0 }
            // The day counts lose what the deleted dossiers counted, read before they go.
            var counts = DossierDayCounts()
            counts.add(try await sql.raw("""
                SELECT * FROM dossiers WHERE unit_code = \(bind: unitCode)
                AND received_day >= \(bind: from) AND received_day <= \(bind: to)
                """).all().map(DossierRows.dossier), sign: -1)
            try await sql.raw("""
                DELETE FROM dossiers WHERE unit_code = \(bind: unitCode)
                AND received_day >= \(bind: from) AND received_day <= \(bind: to)
                """).run()
            try await counts.apply(unitCode: unitCode, on: sql)
            let span = range.map { "\"from\":\"\($0.from)\",\"to\":\"\($0.to)\"," } ?? ""
            try await audit(on: tx, actor: actor.username, action: "delete", entity: "dossiers", key: unitCode,
                            before: nil, after: "{\(span)\"deleted\":\(count)}")
            return count
        }
    }

    /// Deletes a plan with its tasks, their progress updates and comments. The plan must belong to `unitCode`.
    public func deletePlan(id: UUID, unitCode: String, actor: Principal) async throws {
        let plan = try await planRow(id: id, unitCode: unitCode)
        guard AccessPolicy.canDeletePlan(actor, unitCode: plan.unitCode) else {
            throw AppError(.forbidden, code: .planManageForbidden,
                           message: "only the commune admin deletes plans of unit \(plan.unitCode)",
                           vietnamese: "Chỉ quản trị cấp xã được xóa kế hoạch của đơn vị \(plan.unitCode).")
        }
        try await db.writeTransaction { tx in
            let taskIDs = try await PlanTaskModel.query(on: tx).filter(\.$planID == id).all().compactMap(\.id)
            for chunk in taskIDs.chunked(500) {
                try await TaskProgressModel.query(on: tx).filter(\.$taskID ~~ Array(chunk)).delete()
                try await TaskCommentModel.query(on: tx).filter(\.$taskID ~~ Array(chunk)).delete()
            }
            try await PlanTaskModel.query(on: tx).filter(\.$planID == id).delete()
            try await PlanModel.query(on: tx).filter(\.$id == id).delete()
            struct Summary: Encodable { var title: String; var number: String?; var tasks: Int }
            try await audit(on: tx, actor: actor.username, action: "delete", entity: "plan", key: id.uuidString,
                            before: Self.json(Summary(title: plan.title, number: plan.number, tasks: taskIDs.count)), after: nil)
        }
    }
}
