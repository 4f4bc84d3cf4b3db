import Foundation

/// A stable, machine-readable error code: "period.invalid", the `code` of every `AppError`, import
/// issue and document error, on the API (`{"error": {"code": …}}`), the CLI (`error [code]: …`) and in
/// logs. Clients switch on it, so a code is never renamed or removed.
///
/// Every code is a constant declared once in `ErrorCodes+<Domain>.swift` (`.periodInvalid`) and listed
/// in `ErrorCode.all` and docs/errors.md. The type is deliberately not `ExpressibleByStringLiteral`
/// and its initializer is internal, so a code written inline as a string does not compile.
public struct ErrorCode: Hashable, Sendable, CustomStringConvertible, Codable {
    /// The code as it travels: lower-case `area.reason`.
    public let rawValue: String

    init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// The part before the first dot: "unit" for "unit.not_found".
    public var area: String { String(rawValue.prefix { $0 != "." }) }

    /// "http.404": an HTTP failure the framework raises (an `Abort`), not one of XaSo's own errors.
    public static func http(status: Int) -> ErrorCode { ErrorCode("http.\(status)") }

    /// Codes from before the `area.reason` rule, kept because clients may already switch on them.
    static let undotted: Set<String> = ["forbidden", "internal", "pdf_busy", "pdf_failed", "pdf_timeout", "pdf_unavailable"]

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
