import Foundation

/// Numbers and dates written the way Vietnamese official documents write them:
/// decimal comma ("99,2%"), dot for thousands ("5.892"), "ngày 09 tháng 01 năm 2026".
public enum VietnameseFormat {
    /// "99,2" for 99.2; trailing zeros dropped ("85" not "85,0"); thousands grouped with ".".
    public static func number(_ value: Double, maxFractionDigits: Int = 1) -> String {
        let factor = pow(10.0, Double(maxFractionDigits))
        let rounded = (value * factor).rounded() / factor
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let integerPart = Int(magnitude.rounded(.towardZero))
        var fraction = ""
        if maxFractionDigits > 0 {
            let scaled = Int(((magnitude - Double(integerPart)) * factor).rounded())
            if scaled > 0 {
                fraction = String(scaled)
                while fraction.count < maxFractionDigits { fraction = "0" + fraction }
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
        }
        var digits = grouped(integerPart)
        if !fraction.isEmpty { digits += "," + fraction }
        return (negative ? "-" : "") + digits
    }

    /// "99,2%".
    public static func percent(_ value: Double, maxFractionDigits: Int = 1) -> String {
        number(value, maxFractionDigits: maxFractionDigits) + "%"
    }

    /// Counts in official text take a leading zero below ten: "05 hồ sơ quá hạn".
    public static func count(_ value: Int, padded: Bool = false) -> String {
        if padded && value >= 0 && value < 10 { return "0\(value)" }
        return grouped(value)
    }

    /// "ngày 09 tháng 01 năm 2026" — Decree 30/2020 pads days under 10 and months 1–2.
    public static func longDate(year: Int, month: Int, day: Int) -> String {
        let d = day < 10 ? "0\(day)" : "\(day)"
        let m = month < 3 ? "0\(month)" : "\(month)"
        return "ngày \(d) tháng \(m) năm \(year)"
    }

    /// "15/12/2025".
    public static func shortDate(year: Int, month: Int, day: Int) -> String {
        let d = day < 10 ? "0\(day)" : "\(day)"
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(d)/\(m)/\(year)"
    }

    private static func grouped(_ value: Int) -> String {
        let raw = String(abs(value))
        var out = ""
        for (i, ch) in raw.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + String(out.reversed())
    }
}
