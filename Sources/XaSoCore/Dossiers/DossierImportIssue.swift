import Foundation

/// One thing wrong with an imported catalogue or ledger, pinned to its spreadsheet cell.
public struct DossierImportIssue: Sendable, Hashable, Codable {
    /// 1-based spreadsheet row; the header is row 1.
    public var row: Int
    /// The column as the file names it (or the expected name when it is missing).
    public var column: String
    /// The cell text at fault ("" when the cell is empty or the column missing).
    public var value: String
    /// Stable machine code (docs/errors.md); `.codeOtherUnit` when the dossier code is already in another
    /// commune's ledger, which usually means the file is another commune's export.
    public var code: ErrorCode
    /// English, for the API and CLI.
    public var message: String
    /// Vietnamese, for people: names row, column and value.
    public var vietnamese: String

    public init(row: Int, column: String, value: String, code: ErrorCode, message: String, vietnamese: String) {
        self.row = row
        self.column = column
        self.value = value
        self.code = code
        self.message = message
        self.vietnamese = vietnamese
    }
}

/// Everything wrong with one imported table. Imports are all-or-nothing, so the whole
/// list is thrown at once for the official to fix in one pass.
public struct DossierImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// At most `DossierImportFailure.cap` issues, in row order.
    public var issues: [DossierImportIssue]
    /// More issues existed than were collected.
    public var truncated: Bool

    public static let cap = 50

    public init(issues: [DossierImportIssue], truncated: Bool = false) {
        self.issues = issues
        self.truncated = truncated
    }

    public var codes: [ErrorCode] { issues.map(\.code) }

    public var description: String {
        var lines = issues.map { "row \($0.row), column \"\($0.column)\": \($0.code): \($0.message)" }
        if truncated { lines.append("(only the first \(DossierImportFailure.cap) errors are listed)") }
        return lines.joined(separator: "\n")
    }

    /// The Vietnamese list, one sentence a line, for the web preview and the CLI.
    public var vietnamese: String {
        var lines = issues.map(\.vietnamese)
        if truncated {
            lines.append("Còn lỗi khác chưa liệt kê (chỉ hiện \(DossierImportFailure.cap) lỗi đầu tiên).")
        }
        return lines.joined(separator: "\n")
    }

    /// The application-wide error (kind `.invalid`, code `import.invalid`), with the issues
    /// in the shared `ImportIssue` shape (row, field = column, Vietnamese message).
    public var appError: AppError {
        let shared = issues.map {
            ImportIssue(row: $0.row, field: $0.column, value: $0.value, code: $0.code, message: $0.vietnamese)
        }
        return AppError.importFailed(ImportFailure(issues: shared))
    }
}

extension DossierImportFailure: LocalizedError {
    public var errorDescription: String? { description }
}

/// Gathers issues up to the cap; parsing stops once it is full.
struct ImportIssueCollector {
    private(set) var issues: [DossierImportIssue] = []
    private(set) var truncated = false

    var isFull: Bool { truncated }

    mutating func add(row: Int, column: String, value: String, code: ErrorCode, _ text: ImportText.Message) {
        guard issues.count < DossierImportFailure.cap else {
            truncated = true
            return
        }
        issues.append(DossierImportIssue(row: row, column: column, value: value, code: code,
                                         message: text.english, vietnamese: text.vietnamese))
    }

    /// Adds issues found later about earlier rows (confirmed duplicates): the list stays in row
    /// order, a row's own issues first, capped as ever.
    mutating func merge(_ more: [DossierImportIssue]) {
        guard !more.isEmpty else { return }
        let all = (issues + more).enumerated().sorted { ($0.element.row, $0.offset) < ($1.element.row, $1.offset) }.map(\.element)
        if all.count > DossierImportFailure.cap { truncated = true }
        issues = Array(all.prefix(DossierImportFailure.cap))
    }

    func throwIfAny() throws {
        if !issues.isEmpty { throw DossierImportFailure(issues: issues, truncated: truncated) }
    }
}
