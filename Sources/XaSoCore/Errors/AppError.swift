import Foundation

/// A failure a person or a program must be told about: a stable code, an English message for the
/// API and CLI, a Vietnamese one for the web pages, and the kind that decides the HTTP status.
public struct AppError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case invalid
        case notFound = "not_found"
        case forbidden
        case unauthorized
        case conflict
        case unavailable
    }

    public var kind: Kind
    public var code: ErrorCode
    public var message: String
    public var vietnamese: String
    public var issues: [ImportIssue]

    public init(_ kind: Kind, code: ErrorCode, message: String, vietnamese: String, issues: [ImportIssue] = []) {
        self.kind = kind
        self.code = code
        self.message = message
        self.vietnamese = vietnamese
        self.issues = issues
    }

    public var description: String {
        var text = "\(code): \(message)"
        for issue in issues { text += "\n  row \(issue.row), \(issue.field) = \"\(issue.value)\": \(issue.code) — \(issue.message)" }
        return text
    }

    /// `code` is the thing's "….not_found" code; its area names the thing in the message ("unit '99999' does not exist").
    public static func notFound(_ code: ErrorCode, _ key: String, vietnamese: String) -> AppError {
        AppError(.notFound, code: code, message: "\(code.area) '\(key)' does not exist", vietnamese: vietnamese)
    }

    public static func forbidden(_ message: String) -> AppError {
        AppError(.forbidden, code: .forbidden, message: message, vietnamese: "Bạn không có quyền thực hiện thao tác này.")
    }

    public static func importFailed(_ failure: ImportFailure) -> AppError {
        AppError(.invalid, code: .importInvalid,
                 message: "the file has \(failure.issues.count) error(s); nothing was stored",
                 vietnamese: "Tệp có \(failure.issues.count) lỗi; chưa có dữ liệu nào được lưu.",
                 issues: failure.issues)
    }
}
