import Foundation

/// Numbers and dates written the way Vietnamese official documents write them:
/// decimal comma ("99,2%"), dot for thousands ("5.892"), "ngày 09 tháng 01 năm 2026".
public enum VietnameseFormat {
    /// "99,2" for 99.2; trailing zeros dropped ("85" not "85,0"); thousands grouped with ".".
    /// Total for every Double: a figure is formatted wherever it is shown, so no value may crash it.
    public static func number(_ value: Double, maxFractionDigits: Int = 1) -> String {
        guard value.isFinite else { return value.isNaN ? "—" : (value < 0 ? "-∞" : "∞") }
        let places = min(max(maxFractionDigits, 0), 6)
        let negative = value < 0
        // From 2^53 on a Double holds no fraction and may not fit an Int: print its whole digits.
        guard abs(value) < 9e15 else {
            return (negative ? "-" : "") + grouped(digits: String(format: "%.0f", abs(value)))
        }
        let factor = pow(10.0, Double(places))
        let rounded = (value * factor).rounded() / factor
        let magnitude = abs(rounded)
        let integerPart = Int(magnitude.rounded(.towardZero))
        var fraction = ""
        if places > 0 {
            let scaled = Int(((magnitude - Double(integerPart)) * factor).rounded())
            if scaled > 0 {
                fraction = String(scaled)
                while fraction.count < places { fraction = "0" + fraction }
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
        }
        var digits = grouped(integerPart)
        if !fraction.isEmpty { digits += "," + fraction }
        return (rounded < 0 ? "-" : "") + digits
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
        (value < 0 ? "-" : "") + grouped(digits: String(value.magnitude))
    }

    private static func grouped(digits raw: String) -> String {
        var out = ""
        for (i, ch) in raw.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return String(out.reversed())
    }
}
