import Foundation

/// A dossier that counts as late (quá hạn) for a range, with why: the report's
/// "05 hồ sơ quá hạn (gồm: 02 hồ sơ đất đai; …)" names them, officials are asked which.
public struct LateDossier: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// Result returned in the range, on a day after the due day (counted in `late`).
        case resolvedLate = "resolved_late"
        /// Still open at the end of the range with its due day behind it (counted in `in_progress_late`).
        case inProgressLate = "in_progress_late"
    }

    public var kind: Kind
    public var code: String
    public var procedureCode: String
    /// Nil when the procedure is not in the catalogue.
    public var procedureName: String?
    /// The field the late count is filed under (`DossierStatistics.unknownField` when unknown).
    public var field: String
    public var receivedAt: LocalDateTime
    public var dueAt: LocalDateTime
    public var resultAt: LocalDateTime?
    /// Whole calendar days past the due day: result day − due day, or (still open) range end − due day.
    public var daysLate: Int
    /// Vietnamese sentence: "Hạn xử lý 10/03/2026, có kết quả ngày 12/03/2026: quá hạn 2 ngày."
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case kind, code, field, reason
        case procedureCode = "procedure_code"
        case procedureName = "procedure_name"
        case receivedAt = "received_at"
        case dueAt = "due_at"
        case resultAt = "result_at"
        case daysLate = "days_late"
    }
}

extension DossierStatistics {
    /// The dossiers behind `late` and `inProgressLate` for the range, by kind, then due day, then code.
    /// Their counts equal those of `compute` for the same input.
    public static func lateDossiers(procedures: [Procedure], dossiers: [Dossier], range: DayRange) -> [LateDossier] {
        guard range.from <= range.to else { return [] }
        let from = range.from.dayNumber, to = range.to.dayNumber
        let catalogue = CatalogueIndex(procedures)
        var late: [LateDossier] = []
        for d in dossiers {
            let kind: LateDossier.Kind
            switch d.standing(fromDay: from, toDay: to) {
            case .returned(.late): kind = .resolvedLate
            case .inProgress(.late): kind = .inProgressLate
            default: continue
            }
            // Only a dossier with a due day can be late.
            guard let due = d.dueAt else { continue }
            let position = catalogue.index(of: d.procedureCode)
            let dueText = due.day.shortVietnamese
            let daysLate: Int
            let reason: String
            switch kind {
            case .resolvedLate:
                let result = d.resultAt!
                daysLate = result.dayNumber - due.dayNumber
                reason = "Hạn xử lý \(dueText), có kết quả ngày \(result.day.shortVietnamese): quá hạn \(daysLate) ngày."
            case .inProgressLate:
                daysLate = to - due.dayNumber
                reason = "Hạn xử lý \(dueText), đến hết ngày \(range.to.shortVietnamese) chưa có kết quả: quá hạn \(daysLate) ngày."
            }
            late.append(LateDossier(kind: kind, code: d.code, procedureCode: d.procedureCode,
                                    procedureName: position.map { catalogue.procedures[$0].name },
                                    field: position.map { catalogue.fieldNames[catalogue.fieldOf[$0]] }
                                        ?? DossierStatistics.unknownField,
                                    receivedAt: d.receivedAt, dueAt: due,
                                    resultAt: kind == .resolvedLate ? d.resultAt : nil,
                                    daysLate: daysLate, reason: reason))
        }
        return late.sorted {
            if $0.kind != $1.kind { return $0.kind == .resolvedLate }
            if $0.dueAt != $1.dueAt { return $0.dueAt < $1.dueAt }
            return $0.code < $1.code
        }
    }
}
