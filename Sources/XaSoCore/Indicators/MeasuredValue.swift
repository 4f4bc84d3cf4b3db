import Foundation

/// A figure as typed in a report or an import file: "85%", "~15%", "36,7%", "36.7", "≈ 25".
public struct MeasuredValue: Sendable, Hashable, Codable {
    public var number: Double
    public var approximate: Bool

    public init(number: Double, approximate: Bool = false) {
        self.number = number
        self.approximate = approximate
    }

    /// Returns nil when the text is not one figure (the caller names the row and field).
    public static func parse(_ raw: String) -> MeasuredValue? {
        var s = VietnameseText.normalized(raw)
        var approximate = false
        for mark in ["~", "≈", "khoảng", "Khoảng", "xấp xỉ", "Xấp xỉ"] where s.hasPrefix(mark) {
            approximate = true
            s = String(s.dropFirst(mark.count)).trimmingCharacters(in: .whitespaces)
        }
        if s.hasSuffix("%") { s = String(s.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard let number = VietnameseNumber.parse(s) else { return nil }
        return MeasuredValue(number: number, approximate: approximate)
    }

    /// "~15%", "99,2%", "0,77", "12".
    public func formatted(unitKind: UnitKind) -> String {
        let digits = unitKind == .index ? 2 : 1
        var text = VietnameseFormat.number(number, maxFractionDigits: digits)
        if unitKind == .percent { text += "%" }
        return approximate ? "~" + text : text
    }
}
