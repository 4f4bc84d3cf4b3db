import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// Writing and reading dossier rows with plain SQL: a ledger runs to millions of rows, and the
/// model layer's per-row cost (or even binding each value) would dominate an import.
enum DossierRows {
    /// `end_day` of a dossier still being processed: after any real day.
    static let openEndDay = 99_999_999

    /// The `end_day` stored for a dossier: its result day once finished, else `openEndDay`. One
    /// definition for every writer, the day counts and `canBeLate`.
    @inline(__always)
    static func endDay(_ d: Dossier) -> Int { endDay(d.outcome, d.resultAt) }

    /// The same from the two fields, for the SQLite binder, which reads dossiers in place.
    @inline(__always)
    static func endDay(_ outcome: DossierOutcome, _ resultAt: LocalDateTime?) -> Int {
        (outcome.isFinished ? resultAt?.dayNumber : nil) ?? openEndDay
    }

    /// Rows the late list can ever show (`DossierDayRules`): a dossier is late only when it ended
    /// after its due day, or is still open on a day after it, so its `end_day` is past its `due_day`
    /// either way (no due day: never late, and the comparison is NULL).
    static let canBeLate = "end_day > due_day"

    static let dossierColumns = ["unit_code", "code", "procedure_code", "channel", "outcome", "received_at",
                                 "received_day", "due_at", "due_day", "result_at", "result_day", "end_day",
                                 "paid_online", "entered_at", "entered_day", "digitised", "reused_digital_data"]

    /// The ledger's bulk upsert: one JSON text per chunk of rows.
    static let bulk = JSONRows(
        table: "dossiers",
        columns: zip(dossierColumns, ["text", "text", "text", "text", "text", "bigint", "bigint", "bigint", "bigint",
                                      "bigint", "bigint", "bigint", "bigint", "bigint", "bigint", "bigint", "bigint"]).map(JSONRows.Column.init),
        key: ["unit_code", "code"])

    static func cells(_ d: Dossier, unitCode: String) -> [JSONRows.Cell] {
        func int(_ v: Int?) -> JSONRows.Cell { v.map(JSONRows.Cell.int) ?? .null }
        return [.text(unitCode), .text(d.code), .text(d.procedureCode), .text(d.channel.rawValue), .text(d.outcome.rawValue),
                .int(d.receivedAt.localSeconds), .int(d.receivedAt.dayNumber),
                int(d.dueAt?.localSeconds), int(d.dueAt?.dayNumber),
                int(d.resultAt?.localSeconds), int(d.resultAt?.dayNumber),
                .int(endDay(d)),
                .int(d.paidOnline ? 1 : 0),
                int(d.enteredAt?.localSeconds), int(d.enteredAt?.dayNumber),
                int(d.digitised.map { $0 ? 1 : 0 }), int(d.reusedDigitalData.map { $0 ? 1 : 0 })]
    }

    static func dossier(_ row: any SQLRow) throws -> Dossier {
        func time(_ column: String) throws -> LocalDateTime? {
            try row.decodeNil(column: column) ? nil : LocalDateTime(localSeconds: try row.decode(column: column, as: Int.self))
        }
        func flag(_ column: String) throws -> Bool? {
            try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: Int.self) != 0
        }
        return Dossier(code: try row.decode(column: "code", as: String.self),
                       procedureCode: try row.decode(column: "procedure_code", as: String.self),
                       channel: SubmissionChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .direct,
                       receivedAt: try time("received_at")!, dueAt: try time("due_at"), resultAt: try time("result_at"),
                       outcome: DossierOutcome(rawValue: try row.decode(column: "outcome", as: String.self)) ?? .inProgress,
                       paidOnline: try row.decode(column: "paid_online", as: Int.self) != 0,
                       enteredAt: try time("entered_at"), digitised: try flag("digitised"),
                       reusedDigitalData: try flag("reused_digital_data"))
    }
}
