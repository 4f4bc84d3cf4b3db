import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of dossiers.
extension ErrorCode {
    public static let codeDuplicate = ErrorCode("code.duplicate")
    public static let codeOtherUnit = ErrorCode("code.other_unit")
    public static let dateDueBeforeReceipt = ErrorCode("date.due_before_receipt")
    public static let dateEnteredBeforeReceipt = ErrorCode("date.entered_before_receipt")
    public static let dateInvalid = ErrorCode("date.invalid")
    public static let dateResultBeforeReceipt = ErrorCode("date.result_before_receipt")
    public static let dossierCatalogueMissing = ErrorCode("dossier.catalogue_missing")
    public static let dossierRangeInvalid = ErrorCode("dossier.range_invalid")
    public static let dossierUnitNotCommune = ErrorCode("dossier.unit_not_commune")
    public static let dossierUnitNotProvince = ErrorCode("dossier.unit_not_province")
    public static let paymentWithoutFee = ErrorCode("payment.without_fee")
    public static let procedureUnknown = ErrorCode("procedure.unknown")
    public static let rangeAmbiguous = ErrorCode("range.ambiguous")
    public static let rangeDateInvalid = ErrorCode("range.date_invalid")
    public static let rangeMissing = ErrorCode("range.missing")
    public static let rangeReversed = ErrorCode("range.reversed")
    public static let resultMissing = ErrorCode("result.missing")
    public static let resultUnexpected = ErrorCode("result.unexpected")
    public static let serviceIndexInvalid = ErrorCode("service_index.invalid")
    public static let serviceIndexUnreadable = ErrorCode("service_index.unreadable")
}
