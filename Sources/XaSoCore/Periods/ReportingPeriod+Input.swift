import Foundation

extension ReportingPeriod {
    /// A period typed by a person or sent by a program (query, form, command line), or the error
    /// every interface answers with when it is missing or unreadable.
    public static func required(_ text: String?) throws -> ReportingPeriod {
        guard let text, let p = try? ReportingPeriod(parsing: text) else {
            throw AppError(.invalid, code: .periodInvalid,
                           message: "period '\(text ?? "")' is not valid (2025-Q3, 2026-H1, 2025-9M, 2025)",
                           vietnamese: "Kỳ báo cáo không hợp lệ (ví dụ: 2025-Q3, 2026-H1, 2025-9M, 2025).")
        }
        return p
    }
}
