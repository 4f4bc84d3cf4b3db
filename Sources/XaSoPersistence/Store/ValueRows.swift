import FluentKit
import Foundation
import SQLKit
import XaSoCore
import XaSoStorage

/// Figures read with plain SQL rather than Fluent models: decoding a model reflects over every field of
/// every row, and that was most of the cost of a dashboard (about 200 figures a page).
extension XaSoStore {
    static let valueColumns = ["unit_code", "indicator_code", "period", "value", "approximate", "value_text", "numerator",
                               "denominator", "reporting_body", "note", "state", "entered_by", "entered_at",
                               "source", "manual_verdict"]

    /// Every figure of the units for the periods, in one query.
    func storedValues(unitCodes: [String], periods: [ReportingPeriod]) async throws -> [StoredValue] {
        guard !unitCodes.isEmpty, !periods.isEmpty else { return [] }
        let sql = try db.sqlDatabase()
        var query = sql.select().columns(Self.valueColumns.map { SQLColumn($0) }).from("indicator_values")
        query = unitCodes.count == 1 ? query.where("unit_code", .equal, unitCodes[0]) : query.where("unit_code", .in, unitCodes)
        query = periods.count == 1
            ? query.where("period", .equal, periods[0].description)
            : query.where("period", .in, periods.map(\.description))
        // A stable order: equal figures make equal `EvaluationInputs`.
        query = query.orderBy("unit_code").orderBy("period").orderBy("indicator_code")
        // A few distinct periods over many rows: each is parsed once.
        var periodsByText: [String: ReportingPeriod] = [:]
        for p in periods { periodsByText[p.description] = p }
        return try await query.all().compactMap { try Self.storedValue($0, periods: periodsByText) }
    }

    static func storedValue(_ row: any SQLRow, periods: [String: ReportingPeriod]) throws -> StoredValue? {
        func optional<T: Decodable>(_ column: String, _ type: T.Type) throws -> T? {
            try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: T.self)
        }
        let periodText = try row.decode(column: "period", as: String.self)
        guard let period = periods[periodText] ?? (try? ReportingPeriod(parsing: periodText)) else { return nil }
        let value = IndicatorValue(
            unitCode: try row.decode(column: "unit_code", as: String.self),
            indicatorCode: try row.decode(column: "indicator_code", as: String.self), period: period,
            value: MeasuredValue(number: try row.decode(column: "value", as: Double.self),
                                 approximate: try row.decode(column: "approximate", as: Bool.self),
                                 text: try optional("value_text", String.self)),
            numerator: try optional("numerator", Double.self), denominator: try optional("denominator", Double.self),
            reportingBody: try optional("reporting_body", String.self), note: try optional("note", String.self),
            state: ValueState(rawValue: try row.decode(column: "state", as: String.self)) ?? .draft,
            enteredBy: try optional("entered_by", String.self), enteredAt: try optional("entered_at", Date.self),
            source: try optional("source", String.self))
        return StoredValue(value: value, manualVerdict: try optional("manual_verdict", String.self).flatMap(Verdict.init(rawValue:)))
    }
}
