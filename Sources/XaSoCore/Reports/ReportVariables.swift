import Foundation

/// The values the `{…}` variables of a kind's texts stand for.
public enum ReportVariables {
    /// Every variable for a report input, by name.
    public static func values(for input: ReportInput) -> [String: String] {
        let period = input.period
        let next = ReportWording.nextPeriod(period)
        let cutOff = period.cutOffRange
        let targetYear = mostCommonTargetYear(input.indicators) ?? period.year
        var values: [String: String] = [
            "xa": input.unit.name,
            "cap_xa": input.unit.kindWord,
            "don_vi": input.unit.fullName,
            "co_quan": input.unit.authorityName,
            "ubnd": input.unit.shortAuthorityName,
            "ky": period.vietnameseName,
            "ky_ngan": ReportWording.periodShortName(period),
            "ky_sau": next.vietnameseName,
            "nam": String(period.year),
            "nam_sau": String(period.year + 1),
            "tu_ngay": ReportWording.shortDate(cutOff.from),
            "den_ngay": ReportWording.shortDate(cutOff.to),
            "nam_muc_tieu": String(targetYear),
            "ke_hoach": input.plan?.planTitle ?? "kế hoạch",
        ]
        if let plan = input.plan { values["ngay_danh_gia"] = ReportWording.shortDate(plan.asOf) }
        return values
    }

    /// The names `values(for:)` knows, for documentation and checks of a kind's texts.
    public static let names: [String] = [
        "xa", "cap_xa", "don_vi", "co_quan", "ubnd", "ky", "ky_ngan", "ky_sau", "nam", "nam_sau", "tu_ngay",
        "den_ngay", "nam_muc_tieu", "ke_hoach", "ngay_danh_gia",
    ]

    /// The milestone year most rows were judged against ("Mục tiêu 2025").
    static func mostCommonTargetYear(_ rows: [ReportIndicatorRow]) -> Int? {
        var counts: [Int: Int] = [:]
        for year in rows.compactMap(\.targetYear) { counts[year, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// Fills `{name}` in `text`. `{NAME}` prints the value in capitals and `{Name}` with a capital
    /// first letter. Braces around anything else are left as written.
    public static func fill(_ text: String, _ values: [String: String]) throws(AppError) -> String {
        guard text.contains("{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            guard let first = name.first, first.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                out += rest[open...close]
                rest = rest[rest.index(after: close)...]
                continue
            }
            out += try resolve(name, values)
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private static func resolve(_ name: String, _ values: [String: String]) throws(AppError) -> String {
        if let v = values[name] { return v }
        let lower = name.lowercased()
        if let v = values[lower] {
            if name == name.uppercased() { return v.uppercased() }
            return ReportWording.capitalizedFirst(v)
        }
        throw AppError(.invalid, code: .reportUnknownVariable,
                       message: "unknown variable {\(name)} in the report kind's text; known: \(names.joined(separator: ", "))",
                       vietnamese: "Biến “{\(name)}” trong mẫu báo cáo không tồn tại. Các biến hợp lệ: \(names.joined(separator: ", ")).")
    }
}
