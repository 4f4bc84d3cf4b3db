import Foundation
import Vapor
import XaSoCore

/// One flag as the API, the CLI and the exported sheet give it.
struct QualityFlagDTO: Content, Equatable {
    var unit_code: String
    var indicator_code: String
    var period: String
    /// Stable: percent_out_of_range, numerator_above_denominator, jump, outlier, ledger_mismatch.
    var kind: String
    /// "Không khớp sổ theo dõi hồ sơ", …
    var kind_text: String
    var value: Double
    /// Vietnamese, naming the numbers compared.
    var reason: String
    /// The numbers behind the reason: previous, change, median, mad, score, count, ledger, numerator, denominator.
    var detail: [String: Double]
    var checked: Bool
    var checked_by: String?
    var checked_at: Date?
    var check_note: String?

    init(_ f: DataQualityFlag) {
        unit_code = f.unitCode
        indicator_code = f.indicatorCode
        period = f.period.description
        kind = f.kind.rawValue
        kind_text = f.kind.vietnamese
        value = f.value
        reason = f.reason
        detail = f.detail
        checked = f.checked != nil
        checked_by = f.checked?.checkedBy
        checked_at = f.checked?.checkedAt
        check_note = f.checked?.note
    }
}

struct QualityFlagsDTO: Content, Equatable {
    var flags: [QualityFlagDTO]
}

/// `POST units/{commune}/quality-flags/check`.
struct QualityCheckInput: Content {
    var indicator_code: String
    var period: String
    /// One of the stable kinds of `QualityFlagDTO.kind`.
    var kind: String
    var note: String?

    /// The kind and period named, or the stable error naming the one at fault.
    func parsed() throws -> (period: ReportingPeriod, kind: DataQualityKind) {
        let period = try ReportingPeriod.required(period)
        guard let kind = DataQualityKind(parsing: kind) else {
            throw AppError(.invalid, code: .qualityKindInvalid,
                           message: "kind '\(kind)' is not one of \(DataQualityKind.allCases.map(\.rawValue).joined(separator: ", "))",
                           vietnamese: "Loại cảnh báo “\(kind)” không hợp lệ.")
        }
        return (period, kind)
    }
}
