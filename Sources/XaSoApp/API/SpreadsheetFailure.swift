import Foundation
import XaSoCore
import XaSoDocuments

/// A spreadsheet that cannot be read, as the API, the CLI and the pages report it: the reader's
/// English (line, byte, guessed encoding) as the message, its Vietnamese for the web, and the
/// same Vietnamese as an issue with the row, so an API client can show it where it belongs.
enum SpreadsheetFailure {
    static func appError(_ e: SpreadsheetError) -> AppError {
        let issues = e.row.map {
            [ImportIssue(row: $0, field: e.column ?? "", value: "", code: e.code, message: e.message)]
        } ?? []
        return AppError(.invalid, code: e.code, message: e.englishMessage, vietnamese: e.message, issues: issues)
    }
}
