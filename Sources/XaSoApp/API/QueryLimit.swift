import Vapor
import XaSoCore

/// A list's `limit` query parameter: absent means the default; anything but a whole number from 1
/// to the list's maximum is refused with a named error rather than clamped or, worse, used.
struct QueryLimit: Sendable {
    var defaultValue: Int
    var maximum: Int

    static let units = QueryLimit(defaultValue: 50, maximum: 500)
    static let audit = QueryLimit(defaultValue: 100, maximum: 1000)

    func read(_ req: Request) throws -> Int {
        guard let text = req.query[String.self, at: "limit"] else { return defaultValue }
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), (1...maximum).contains(n) else {
            throw AppError(.invalid, code: .queryLimitInvalid,
                           message: "limit must be a whole number from 1 to \(maximum), not '\(text.prefix(40))'",
                           vietnamese: "Tham số limit phải là số nguyên từ 1 đến \(maximum).")
        }
        return n
    }
}
