import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of submissions.
extension ErrorCode {
    public static let submissionFormatInvalid = ErrorCode("submission.format_invalid")
    public static let submissionPeriodNotOpen = ErrorCode("submission.period_not_open")
    public static let submissionReasonRequired = ErrorCode("submission.reason_required")
    public static let submissionStateInvalid = ErrorCode("submission.state_invalid")
    public static let submissionUnitInvalid = ErrorCode("submission.unit_invalid")
    public static let submissionUnitNotCommune = ErrorCode("submission.unit_not_commune")
}
