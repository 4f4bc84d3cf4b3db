import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// Writing and reading dossier rows with plain SQL: a ledger runs to millions of rows, and the
/// model layer's per-row cost would dominate an import.
enum DossierRows {
    /// `end_day` of a dossier still being processed: after any real day.
    static let openEndDay = 99_999_999

    static let dossierColumns = ["unit_code", "code", "procedure_code", "channel", "outcome", "received_at",
                                 "received_day", "due_at", "due_day", "result_at", "result_day", "end_day",
                                 "paid_online", "entered_at", "entered_day"]

    static func values(_ d: Dossier, unitCode: String) -> [any Encodable & Sendable] {
        let finished = d.outcome.isFinished ? d.resultAt : nil
        return [unitCode, d.code, d.procedureCode, d.channel.rawValue, d.outcome.rawValue,
                d.receivedAt.localSeconds, d.receivedAt.dayNumber,
                d.dueAt?.localSeconds, d.dueAt?.dayNumber,
                d.resultAt?.localSeconds, d.resultAt?.dayNumber,
                finished?.dayNumber ?? openEndDay,
                d.paidOnline ? 1 : 0,
                d.enteredAt?.localSeconds, d.enteredAt?.dayNumber]
    }

    static func dossier(_ row: any SQLRow) throws -> Dossier {
        func time(_ column: String) throws -> LocalDateTime? {
            try row.decodeNil(column: column) ? nil : LocalDateTime(localSeconds: try row.decode(column: column, as: Int.self))
        }
        return Dossier(code: try row.decode(column: "code", as: String.self),
                       procedureCode: try row.decode(column: "procedure_code", as: String.self),
                       channel: SubmissionChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .direct,
                       receivedAt: try time("received_at")!, dueAt: try time("due_at"), resultAt: try time("result_at"),
                       outcome: DossierOutcome(rawValue: try row.decode(column: "outcome", as: String.self)) ?? .inProgress,
                       paidOnline: try row.decode(column: "paid_online", as: Int.self) != 0,
                       enteredAt: try time("entered_at"))
    }
}
