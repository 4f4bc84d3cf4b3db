import FluentKit
import Foundation
import SQLKit

/// Data fix: before `FigureRules`, a figure of 19+ digits or one that overflowed to infinity could
/// be stored, and every page that showed it failed. Such rows cannot be shown or judged, so they are
/// removed; each one's unit, indicator, period and value go to the audit log first, so the commune
/// can see what to enter again. Nothing else is touched.
struct RemoveFiguresOutOfRange: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let rows = try await sql.select().columns("id", "unit_code", "indicator_code", "period", "value")
            .from("indicator_values")
            .where("value", .greaterThan, SQLLiteral.numeric("1e12"))
            .orWhere("value", .lessThan, SQLLiteral.numeric("-1e12")).all()
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let unit = try row.decode(column: "unit_code", as: String.self)
            let indicator = try row.decode(column: "indicator_code", as: String.self)
            let period = try row.decode(column: "period", as: String.self)
            let value = try row.decode(column: "value", as: Double.self)
            let before = try String(decoding: JSONSerialization.data(withJSONObject: [
                "unit_code": unit, "indicator_code": indicator, "period": period, "value": String(value),
            ], options: [.sortedKeys]), as: UTF8.self)
            let entry = AuditModel()
            entry.at = Date()
            entry.actor = "system"
            entry.action = "remove_out_of_range"
            entry.entity = "indicator_values"
            entry.entityKey = "\(unit)/\(indicator)/\(period)"
            entry.before = before
            entry.after = nil
            try await entry.create(on: database)
            try await sql.delete(from: "indicator_values").where("id", .equal, SQLBind(id)).run()
        }
    }

    /// The removed figures were unusable; the audit log keeps what they were.
    func revert(on database: any Database) async throws {}
}
