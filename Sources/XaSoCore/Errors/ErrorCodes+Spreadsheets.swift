import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of spreadsheets.
extension ErrorCode {
    public static let csvEncoding = ErrorCode("csv.encoding")
    public static let csvNotText = ErrorCode("csv.not_text")
    public static let csvUnterminatedQuote = ErrorCode("csv.unterminated_quote")
    public static let spreadsheetCellTooLong = ErrorCode("spreadsheet.cell_too_long")
    public static let xlsxBadCellReference = ErrorCode("xlsx.bad_cell_reference")
    public static let xlsxBadCellValue = ErrorCode("xlsx.bad_cell_value")
    public static let xlsxBadNumber = ErrorCode("xlsx.bad_number")
    public static let xlsxBadSharedString = ErrorCode("xlsx.bad_shared_string")
    public static let xlsxBadSheetName = ErrorCode("xlsx.bad_sheet_name")
    public static let xlsxCorruptZip = ErrorCode("xlsx.corrupt_zip")
    public static let xlsxLegacyOrEncrypted = ErrorCode("xlsx.legacy_or_encrypted")
    public static let xlsxMalformedXml = ErrorCode("xlsx.malformed_xml")
    public static let xlsxMissingPart = ErrorCode("xlsx.missing_part")
    public static let xlsxNoSheets = ErrorCode("xlsx.no_sheets")
    public static let xlsxNotZip = ErrorCode("xlsx.not_zip")
    public static let xlsxSheetNotFound = ErrorCode("xlsx.sheet_not_found")
    public static let xlsxSheetOutOfRange = ErrorCode("xlsx.sheet_out_of_range")
    public static let xlsxTooLarge = ErrorCode("xlsx.too_large")
    public static let xlsxWriteFailed = ErrorCode("xlsx.write_failed")
}
