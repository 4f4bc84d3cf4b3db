import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of documents.
extension ErrorCode {
    public static let docxCorruptEntry = ErrorCode("docx.corrupt_entry")
    public static let docxMalformed = ErrorCode("docx.malformed")
    public static let docxNotAZip = ErrorCode("docx.not_a_zip")
    public static let docxParagraphTooLong = ErrorCode("docx.paragraph_too_long")
    public static let docxTooLarge = ErrorCode("docx.too_large")
    public static let docxUnreadable = ErrorCode("docx.unreadable")
    public static let docxZipFailed = ErrorCode("docx.zip_failed")
    public static let ingestDocLegacy = ErrorCode("ingest.doc_legacy")
    public static let ingestEmpty = ErrorCode("ingest.empty")
    public static let ingestKindNotFound = ErrorCode("ingest.kind_not_found")
    public static let ingestNotAReport = ErrorCode("ingest.not_a_report")
    public static let ingestPdfNoReader = ErrorCode("ingest.pdf_no_reader")
    public static let ingestPdfUnreadable = ErrorCode("ingest.pdf_unreadable")
    public static let ingestPeriodNotFound = ErrorCode("ingest.period_not_found")
    public static let ingestTextEncoding = ErrorCode("ingest.text_encoding")
    public static let ingestUnitMismatch = ErrorCode("ingest.unit_mismatch")
    public static let pdfBusy = ErrorCode("pdf_busy")
    public static let pdfFailed = ErrorCode("pdf_failed")
    public static let pdfTimeout = ErrorCode("pdf_timeout")
    public static let pdfUnavailable = ErrorCode("pdf_unavailable")
    public static let templateListAsField = ErrorCode("template.list_as_field")
    public static let templateLoopCrossesTable = ErrorCode("template.loop_crosses_table")
    public static let templateNotAList = ErrorCode("template.not_a_list")
    public static let templateNotDocx = ErrorCode("template.not_docx")
    public static let templateUnclosedLoop = ErrorCode("template.unclosed_loop")
    public static let templateUnexpectedClose = ErrorCode("template.unexpected_close")
    public static let templateUnknownPlaceholder = ErrorCode("template.unknown_placeholder")
}
