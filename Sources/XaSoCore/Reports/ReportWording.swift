import Foundation

/// Phrases the generated text is built from, in the wording of the reference reports.
public enum ReportWording {
    /// "14/6/2026", "09/01/2026": dates inside the text follow Decree 30/2020's padding — days
    /// under 10 and months 1–2 take a leading zero — as the six-month reference writes them.
    public static func shortDate(_ day: LocalDay) -> String {
        let d = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        let m = day.month < 3 ? "0\(day.month)" : "\(day.month)"
        return "\(d)/\(m)/\(day.year)"
    }

    /// "05", "13", "5.892", "0": counts in official text take a leading zero from one to nine.
    public static func count(_ n: Int) -> String { n == 0 ? "0" : VietnameseFormat.count(n, padded: true) }

    /// "85%", "0,77", "12": a bound in the indicator's unit.
    public static func figure(_ value: Double, unitKind: UnitKind) -> String {
        MeasuredValue(number: value).formatted(unitKind: unitKind)
    }

    /// A target as a sentence reads it: "> 50%" → "trên 50%", "≥ 85%" → "từ 85% trở lên",
    /// "80-90%" → "từ 80% đến 90%"; words-only targets as written.
    public static func targetPhrase(_ target: Target, unitKind: UnitKind) -> String {
        func f(_ v: Double) -> String { figure(v, unitKind: unitKind) }
        switch target.comparison {
        case .reach(let v): return f(v)
        case .atLeast(let v): return "từ \(f(v)) trở lên"
        case .above(let v): return "trên \(f(v))"
        case .atMost(let v): return "không quá \(f(v))"
        case .below(let v): return "dưới \(f(v))"
        case .range(let lo, let hi): return "từ \(f(lo)) đến \(f(hi))"
        case .approximately(let v): return "khoảng \(f(v))"
        case .top, .qualitative, .none: return target.text
        }
    }

    /// "I", "IV", "XII".
    public static func roman(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n
        var out = ""
        for (value, letters) in table {
            while rest >= value { out += letters; rest -= value }
        }
        return out
    }

    /// "a", "b", … "z", then "aa".
    public static func letter(_ n: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        guard n > 0 else { return "" }
        return n <= letters.count ? String(letters[n - 1]) : letter((n - 1) / letters.count) + String(letters[(n - 1) % letters.count])
    }

    /// "Xã Gia Phúc" from "xã Gia Phúc".
    public static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "tỷ lệ …" from "Tỷ lệ …", for an indicator name inside a sentence. Only the first letter
    /// is lowered, and only when the second is lower case (so "DTI" stays).
    public static func loweredFirst(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > 1, chars[1].isLowercase else { return text }
        return chars[0].lowercased() + String(chars.dropFirst())
    }

    /// "quý III/2025", "6 tháng đầu năm 2026", "năm 2025": a period as a table heading or an
    /// aside writes it.
    public static func periodShortName(_ period: ReportingPeriod) -> String {
        switch period.kind {
        case .quarter: return "quý \(roman(period.index))/\(period.year)"
        case .month: return "tháng \(period.index)/\(period.year)"
        default: return period.vietnameseName
        }
    }

    /// The period a report's "next steps" part plans for: the next quarter, the other half, the next year.
    public static func nextPeriod(_ period: ReportingPeriod) -> ReportingPeriod {
        switch period.kind {
        case .month: return period.index == 12 ? .month(1, period.year + 1) : .month(period.index + 1, period.year)
        case .quarter: return period.index == 4 ? .quarter(1, period.year + 1) : .quarter(period.index + 1, period.year)
        case .halfYear: return period.index == 2 ? .half(1, period.year + 1) : .half(2, period.year)
        case .nineMonths: return .quarter(4, period.year)
        case .year: return .year(period.year + 1)
        }
    }

    /// "03 chỉ tiêu đạt mục tiêu; 01 chỉ tiêu tiệm cận mục tiêu": the parts with a count, in order.
    static func listing(_ parts: [(Int, String)]) -> String {
        parts.filter { $0.0 > 0 }.map { "\(count($0.0)) \($0.1)" }.joined(separator: "; ")
    }

    /// Names inside a sentence: each lowered at its first letter and stripped of its own closing
    /// stop, joined by "; " — so a list never ends in "..".
    public static func inlineList(_ names: [String]) -> String {
        names.map { loweredFirst($0.trimmingCharacters(in: CharacterSet(charactersIn: " .;"))) }.joined(separator: "; ")
    }

    /// "… thực hiện Thực hiện Nghị quyết …" when a title that starts with the verb follows it in a
    /// kind's text: the verb is kept once.
    public static func collapsingRepeatedVerb(_ text: String) -> String {
        var out = text
        while let r = out.range(of: "thực hiện thực hiện", options: [.caseInsensitive]) {
            out.replaceSubrange(r, with: out[r].prefix("thực hiện".count))
        }
        return out
    }

    /// The cause a reporter gave, attached to a clause: "…, do người dân chưa phổ cập sử dụng"
    /// when it already reads as a cause, "…; cần nâng thêm" when it says what to do, else
    /// "…; nguyên nhân: …".
    static func causeClause(_ note: String?) -> String {
        guard let note = note?.trimmingCharacters(in: CharacterSet(charactersIn: " .;")), !note.isEmpty else { return "" }
        let folded = VietnameseText.folded(note)
        for lead in ["do ", "vi ", "boi ", "nguyen nhan"] where folded.hasPrefix(lead) {
            return ", " + loweredFirst(note)
        }
        // A note that says what to do ("cần nâng thêm", "phấn đấu …") is not a cause.
        for lead in ["can ", "phan dau", "tiep tuc", "tang cuong", "day manh", "de nghi", "de xuat", "se "]
            where folded.hasPrefix(lead) {
            return "; " + loweredFirst(note)
        }
        return "; nguyên nhân: " + loweredFirst(note)
    }
}
