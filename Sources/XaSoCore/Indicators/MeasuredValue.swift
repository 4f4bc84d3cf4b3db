import Foundation

/// A figure as typed in a report or an import file: "85%", "~15%", "36,7%", "36.7", "≈ 25";
/// for a yes/no figure "Có" / "Không" (1 / 0); for a text figure the text itself.
public struct MeasuredValue: Sendable, Hashable, Codable {
    public var number: Double
    public var approximate: Bool
    /// Set only for a text figure, whose `number` is 0.
    public var text: String?

    public init(number: Double, approximate: Bool = false, text: String? = nil) {
        self.number = number
        self.approximate = approximate
        self.text = text
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

    /// The figure of an indicator of `unitKind`: yes/no and text read as such, the rest as numbers.
    public static func parse(_ raw: String, unitKind: UnitKind) -> MeasuredValue? {
        switch unitKind {
        case .yesNo:
            return YesNo.parse(raw).map { MeasuredValue(number: $0 ? 1 : 0) }
        case .text:
            let text = VietnameseText.normalized(raw).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : MeasuredValue(number: 0, text: text)
        default:
            return parse(raw)
        }
    }

    /// "~15%", "99,2%", "0,77", "12", "Có", the text of a text figure.
    public func formatted(unitKind: UnitKind) -> String {
        switch unitKind {
        case .text: return text ?? ""
        case .yesNo: return number != 0 ? "Có" : "Không"
        default: break
        }
        let digits = unitKind == .index ? 2 : 1
        var text = VietnameseFormat.number(number, maxFractionDigits: digits)
        if unitKind == .percent { text += "%" }
        return approximate ? "~" + text : text
    }
}

/// How people write yes and no in a spreadsheet cell.
public enum YesNo {
    /// nil when the cell is neither.
    public static func parse(_ raw: String) -> Bool? {
        let folded = VietnameseText.folded(raw).trimmingCharacters(in: .whitespaces)
        switch folded {
        case "co", "yes", "y", "true", "1", "x", "da co", "dat": return true
        case "khong", "no", "n", "false", "0", "chua", "chua co", "khong co": return false
        default: return nil
        }
    }
}
