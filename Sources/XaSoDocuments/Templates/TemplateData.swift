import Foundation
import XaSoCore

/// What a placeholder stands for: text for `{xa}`, rows for a loop `{#chi_tieu}…{/chi_tieu}`,
/// or a yes/no that keeps (once) or drops what a loop encloses.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case list([[String: TemplateValue]])
    case flag(Bool)
}

/// The values a template is filled with.
public struct TemplateData: Sendable, Equatable {
    public var values: [String: TemplateValue]

    public init(values: [String: TemplateValue] = [:]) {
        self.values = values
    }

    /// Plain fields and lists of rows of plain fields: the common case.
    public init(fields: [String: String], lists: [String: [[String: String]]] = [:]) {
        var values = fields.mapValues { TemplateValue.text($0) }
        for (name, rows) in lists {
            values[name] = .list(rows.map { $0.mapValues { TemplateValue.text($0) } })
        }
        self.values = values
    }

    public subscript(_ name: String) -> TemplateValue? {
        get { values[name] }
        set { values[name] = newValue }
    }
}

/// Why a template could not be filled. `code` is stable; `placeholder` names the one at fault.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: ErrorCode
    public var placeholder: String?
    /// English, for the API and CLI.
    public var message: String
    /// Vietnamese, for the person who made the template.
    public var vietnamese: String

    public init(code: ErrorCode, placeholder: String?, message: String, vietnamese: String) {
        self.code = code
        self.placeholder = placeholder
        self.message = message
        self.vietnamese = vietnamese
    }

    public var description: String { "\(code): \(message)" }

    public var appError: AppError {
        AppError(.invalid, code: code, message: message, vietnamese: vietnamese)
    }

    static func unknown(_ name: String, part: String?, known: [String]) -> TemplateError {
        let where_ = part.map { " in \($0)" } ?? ""
        let knownList = known.sorted().joined(separator: ", ")
        return TemplateError(code: .templateUnknownPlaceholder, placeholder: name,
                             message: "unknown placeholder {\(name)}\(where_); known: \(knownList)",
                             vietnamese: "Mẫu có trường “{\(name)}” không có trong dữ liệu báo cáo. Các trường có thể dùng: \(knownList).")
    }
}
