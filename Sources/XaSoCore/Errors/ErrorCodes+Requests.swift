import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of requests.
extension ErrorCode {
    public static let fileEmpty = ErrorCode("file.empty")
    public static let fileNoRows = ErrorCode("file.no_rows")
    public static let fileNotFound = ErrorCode("file.not_found")
    public static let fileTooLarge = ErrorCode("file.too_large")
    public static let fileUnreadable = ErrorCode("file.unreadable")
    public static let fileWriteFailed = ErrorCode("file.write_failed")
    public static let formatInvalid = ErrorCode("format.invalid")
    public static let generateInvalid = ErrorCode("generate.invalid")
    public static let headerDuplicate = ErrorCode("header.duplicate")
    public static let headerMissing = ErrorCode("header.missing")
    public static let httpMethodNotAllowed = ErrorCode("http.method_not_allowed")
    public static let importInvalid = ErrorCode("import.invalid")
    public static let importUnitMismatch = ErrorCode("import.unit_mismatch")
    public static let `internal` = ErrorCode("internal")
    public static let queryLimitInvalid = ErrorCode("query.limit_invalid")
    public static let requestCancelled = ErrorCode("request.cancelled")
    public static let requestInvalid = ErrorCode("request.invalid")
    public static let requestTooLarge = ErrorCode("request.too_large")
}
