import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of reports.
extension ErrorCode {
    public static let reportChartSeriesLength = ErrorCode("report.chart_series_length")
    public static let reportChartSize = ErrorCode("report.chart_size")
    public static let reportDateInvalid = ErrorCode("report.date_invalid")
    public static let reportDuplicateId = ErrorCode("report.duplicate_id")
    public static let reportEmptyId = ErrorCode("report.empty_id")
    public static let reportFormatInvalid = ErrorCode("report.format_invalid")
    public static let reportInvalidDate = ErrorCode("report.invalid_date")
    public static let reportNarrativeIdEmpty = ErrorCode("report.narrative_id_empty")
    public static let reportNarrativeIdUnknown = ErrorCode("report.narrative_id_unknown")
    public static let reportNoPrevious = ErrorCode("report.no_previous")
    public static let reportNotFound = ErrorCode("report.not_found")
    public static let reportNumberInvalid = ErrorCode("report.number_invalid")
    public static let reportPeriodNotAllowed = ErrorCode("report.period_not_allowed")
    public static let reportSectionLevel = ErrorCode("report.section_level")
    public static let reportSignerRoleInvalid = ErrorCode("report.signer_role_invalid")
    public static let reportSymbolEmpty = ErrorCode("report.symbol_empty")
    public static let reportTableColumnSpan = ErrorCode("report.table_column_span")
    public static let reportTableColumnWidth = ErrorCode("report.table_column_width")
    public static let reportTableNoColumns = ErrorCode("report.table_no_columns")
    public static let reportTableRowWidth = ErrorCode("report.table_row_width")
    public static let reportUnitNotCommune = ErrorCode("report.unit_not_commune")
    public static let reportUnitNotProvince = ErrorCode("report.unit_not_province")
    public static let reportUnknownVariable = ErrorCode("report.unknown_variable")
    public static let reportKindContent = ErrorCode("report_kind.content")
    public static let reportKindDuplicate = ErrorCode("report_kind.duplicate")
    public static let reportKindDuplicateSection = ErrorCode("report_kind.duplicate_section")
    public static let reportKindEmpty = ErrorCode("report_kind.empty")
    public static let reportKindInvalidCode = ErrorCode("report_kind.invalid_code")
    public static let reportKindInvalidJson = ErrorCode("report_kind.invalid_json")
    public static let reportKindNoPeriods = ErrorCode("report_kind.no_periods")
    public static let reportKindNotFound = ErrorCode("report_kind.not_found")
    public static let reportKindNotProvince = ErrorCode("report_kind.not_province")
    public static let reportKindSectionLevel = ErrorCode("report_kind.section_level")
    public static let reportKindUnknownGenerator = ErrorCode("report_kind.unknown_generator")
    public static let reportTemplateNameInvalid = ErrorCode("report_template.name_invalid")
    public static let reportTemplateNotFound = ErrorCode("report_template.not_found")
    public static let reportTemplateSize = ErrorCode("report_template.size")
    public static let sentenceUnknownVariable = ErrorCode("sentence.unknown_variable")
    public static let sentenceYesNoPair = ErrorCode("sentence.yes_no_pair")
}
