import Foundation

/// Writes a figure in the sentence an official would: "Tổ chức 13 buổi tuyên truyền, phổ biến về
/// các nền tảng số quốc gia." Wordings are data (`Indicator.sentences`) with variables in braces:
///
/// - `{value}` the figure as printed: counts as officials write them ("02", "13", "450"), a
///   percent with its sign ("75%"), "có"/"không", a text figure's text;
/// - `{numerator}`, `{denominator}` the parts of a share ("15/20");
/// - `{change}` the change since the previous period (" (tăng 3 so với kỳ trước)"), empty without one;
/// - any report variable (`{ky}`, `{don_vi}`, `{cap_xa}` …, `ReportVariables`).
///
/// The first wording whose figure variables the figure has is used, so a share typed as "75%"
/// without its parts still gets a sentence. A yes/no figure uses the first wording for yes and the
/// second for no. A wording starting "0:" is used only when the figure is 0 ("0:Trong {ky} không
/// phát sinh sự cố …"), and then instead of the others. Without a wording the figure is stated
/// plainly: "Name: value."
public enum FigureSentence {
    static let zeroMark = "0:"

    /// The figure variables, beside the report's own.
    public static let variables = ["value", "numerator", "denominator", "change"]

    /// Nil when the figure has no value for the period.
    public static func sentence(_ figure: ReportFigure, reportVariables: [String: String] = [:]) -> String? {
        guard let value = figure.value else { return nil }
        var values = reportVariables
        values["value"] = printed(value, unitKind: figure.unitKind)
        if let n = figure.numerator { values["numerator"] = count(n) }
        if let d = figure.denominator { values["denominator"] = count(d) }
        values["change"] = change(figure)
        let wordings: [String]
        if figure.unitKind == .yesNo {
            let index = value.number != 0 ? 0 : 1
            wordings = figure.sentences.indices.contains(index) ? [figure.sentences[index]] : []
        } else {
            // "0:" marks the wording for none ("không phát sinh sự cố"), used only then.
            let zero = figure.sentences.filter { $0.hasPrefix(zeroMark) }.map { String($0.dropFirst(zeroMark.count)) }
            let other = figure.sentences.filter { !$0.hasPrefix(zeroMark) }
            wordings = value.number == 0 && !zero.isEmpty ? zero : other
        }
        for wording in wordings {
            let needed = usedVariables(wording)
            guard needed.allSatisfy({ values[$0] != nil || values[$0.lowercased()] != nil }) else { continue }
            if let text = try? ReportVariables.fill(wording, values) {
                return ReportWording.capitalizedFirst(VietnameseText.normalized(text))
            }
        }
        return "\(figure.name): \(value.formatted(unitKind: figure.unitKind))\(figure.unit.isEmpty || figure.unitKind == .percent || !figure.unitKind.isNumeric ? "" : " " + figure.unit)."
    }

    /// "02", "13", "1.250": officials pad counts under ten; a percent keeps its sign.
    static func printed(_ value: MeasuredValue, unitKind: UnitKind) -> String {
        switch unitKind {
        case .count:
            return value.approximate ? "khoảng " + count(value.number) : count(value.number)
        case .yesNo:
            return value.number != 0 ? "có" : "không"
        default:
            return value.formatted(unitKind: unitKind)
        }
    }

    private static func count(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e9 ? ReportWording.count(Int(n)) : VietnameseFormat.number(n)
    }

    /// " (tăng 3 so với kỳ trước)", " (giảm 5 điểm phần trăm so với kỳ trước)"; empty when unchanged or unknown.
    static func change(_ figure: ReportFigure) -> String {
        guard figure.unitKind == .count || figure.unitKind == .percent,
              let now = figure.value?.number, let before = figure.previous?.number, now != before else { return "" }
        let delta = abs(now - before)
        let amount = figure.unitKind == .percent
            ? VietnameseFormat.number(delta) + " điểm phần trăm"
            : VietnameseFormat.number(delta) + (figure.unit.isEmpty ? "" : " " + figure.unit)
        return " (\(now > before ? "tăng" : "giảm") \(amount) so với kỳ trước)"
    }

    /// The names inside braces that look like variables.
    public static func usedVariables(_ wording: String) -> [String] {
        var names: [String] = []
        var rest = Substring(wording)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if let first = name.first, first.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                names.append(name)
            }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Problems of a wording a person typed for a new figure: unknown variables, numerator or
    /// denominator asked of a figure that has none. Empty when it can be used.
    public static func problems(_ wording: String, unitKind: UnitKind) -> [String] {
        var found: [String] = []
        for name in usedVariables(wording) {
            let lower = name.lowercased()
            if variables.contains(lower) {
                if (lower == "numerator" || lower == "denominator") && unitKind != .percent && unitKind != .count {
                    found.append("{\(name)}")
                }
            } else if !ReportVariables.names.contains(lower) {
                found.append("{\(name)}")
            }
        }
        return found
    }
}
