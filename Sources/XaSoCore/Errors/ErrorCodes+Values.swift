import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of values.
extension ErrorCode {
    public static let denominatorConflict = ErrorCode("denominator.conflict")
    public static let denominatorOutOfRange = ErrorCode("denominator.out_of_range")
    public static let denominatorZero = ErrorCode("denominator.zero")
    public static let fractionNotApplicable = ErrorCode("fraction.not_applicable")
    public static let frameworkNotFound = ErrorCode("framework.not_found")
    public static let frameworkUnknown = ErrorCode("framework.unknown")
    public static let indicatorCodeInvalid = ErrorCode("indicator.code_invalid")
    public static let indicatorCodeTaken = ErrorCode("indicator.code_taken")
    public static let indicatorDirectionInvalid = ErrorCode("indicator.direction_invalid")
    public static let indicatorInvalid = ErrorCode("indicator.invalid")
    public static let indicatorNameEmpty = ErrorCode("indicator.name_empty")
    public static let indicatorNameInvalid = ErrorCode("indicator.name_invalid")
    public static let indicatorNotFound = ErrorCode("indicator.not_found")
    public static let indicatorOwnerEmpty = ErrorCode("indicator.owner_empty")
    public static let indicatorUnknown = ErrorCode("indicator.unknown")
    public static let nationalForbidden = ErrorCode("national.forbidden")
    public static let noteTooLong = ErrorCode("note.too_long")
    public static let numeratorAboveDenominator = ErrorCode("numerator.above_denominator")
    public static let numeratorConflict = ErrorCode("numerator.conflict")
    public static let numeratorOutOfRange = ErrorCode("numerator.out_of_range")
    public static let periodInvalid = ErrorCode("period.invalid")
    public static let qualityFlagNotFound = ErrorCode("quality.flag_not_found")
    public static let qualityKindInvalid = ErrorCode("quality.kind_invalid")
    public static let qualityNoteTooLong = ErrorCode("quality.note_too_long")
    public static let qualityUnitNotCommune = ErrorCode("quality.unit_not_commune")
    public static let rankingNotProvince = ErrorCode("ranking.not_province")
    public static let reportingBodyTooLong = ErrorCode("reporting_body.too_long")
    public static let reviewDecisionInvalid = ErrorCode("review.decision_invalid")
    public static let rowDuplicate = ErrorCode("row.duplicate")
    public static let targetOutOfRange = ErrorCode("target.out_of_range")
    public static let targetOutsideProvince = ErrorCode("target.outside_province")
    public static let targetYearInvalid = ErrorCode("target.year_invalid")
    public static let unitKindInvalid = ErrorCode("unit_kind.invalid")
    public static let valueCommentRequired = ErrorCode("value.comment_required")
    public static let valueDecimalComma = ErrorCode("value.decimal_comma")
    public static let valueFormula = ErrorCode("value.formula")
    public static let valueInvalid = ErrorCode("value.invalid")
    public static let valueMissing = ErrorCode("value.missing")
    public static let valueNotFound = ErrorCode("value.not_found")
    public static let valueOutOfRange = ErrorCode("value.out_of_range")
    public static let valueStateInvalid = ErrorCode("value.state_invalid")
    public static let valueTooLong = ErrorCode("value.too_long")
    public static let weightsInvalid = ErrorCode("weights.invalid")
    public static let weightsMissing = ErrorCode("weights.missing")
    public static let weightsNegative = ErrorCode("weights.negative")
    public static let weightsSum = ErrorCode("weights.sum")
    public static let weightsUnknownPillar = ErrorCode("weights.unknown_pillar")
}
