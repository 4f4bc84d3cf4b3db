import Foundation
import XaSoCore

/// Turns a numeric cell value into the text a person reads in Excel, per its number format.
/// Separators are fixed whatever the workbook's locale, so importers parse one form: "." before
/// decimals (never a thousands separator, so "15000" and "36.7" are unambiguous), dates as
/// Vietnamese write them ("09/01/2026", "09/01/2026 08:30"); currency signs are never added.
enum XLSXValueText {
    /// Number under `format`; nil when `raw` is not a number (the caller names the cell).
    static func render(_ raw: String, format: XLSXNumberFormat, date1904: Bool) -> String? {
        switch format {
        case .general:
            return general(raw)
        case let .percent(minFraction, maxFraction):
            guard var value = DecimalText(raw) else { return nil }
            value.roundToSignificant()
            value.shift(2)
            value.roundToFraction(maxFraction)
            return value.plain(minFraction: minFraction) + "%"
        case let .dateTime(layout):
            guard let serial = Double(raw), serial.isFinite else { return nil }
            return dateTime(serial: serial, layout: layout, date1904: date1904) ?? general(raw)
        }
    }

    /// A number without float noise: "36.7" for "36.700000000000003", "85" for "85.0" or "8.5E1".
    static func general(_ raw: String) -> String? {
        if isCanonicalShortDecimal(raw) { return raw }
        guard var value = DecimalText(raw) else { return nil }
        value.roundToSignificant()
        return value.plain()
    }

    /// True for text already in the form `general` would produce, which is most cells Excel writes;
    /// returning them unchanged keeps a million-row read from rebuilding every number.
    private static func isCanonicalShortDecimal(_ raw: String) -> Bool {
        enum State { case start, sign, integer, zero, point, fraction }
        var state = State.start
        var significant = 0
        var last: UInt8 = 0
        for b in raw.utf8 {
            let digit = b >= 0x30 && b <= 0x39
            switch state {
            case .start where b == UInt8(ascii: "-"):
                state = .sign
            case .start where digit, .sign where digit:
                state = b == 0x30 ? .zero : .integer
                significant = b == 0x30 ? 0 : 1
            case .integer where digit:
                significant += 1
            case .integer where b == UInt8(ascii: "."), .zero where b == UInt8(ascii: "."):
                state = .point
            case .point where digit, .fraction where digit:
                state = .fraction
                if significant > 0 || b != 0x30 { significant += 1 }
            default:
                return false
            }
            last = b
        }
        guard significant <= 15 else { return false }
        switch state {
        case .integer: return true
        case .zero: return !raw.hasPrefix("-")  // "-0" becomes "0"
        case .fraction: return last != 0x30  // "1.50" becomes "1.5"
        default: return false
        }
    }

    // MARK: Dates and times

    /// Excel's day count as text: "09/01/2026", "09/01/2026 08:30", "08:30". Nil when the
    /// value is outside Excel's calendar (negative, or after 9999-12-31), where Excel shows "####".
    static func dateTime(serial: Double, layout: XLSXNumberFormat.DateTimeLayout, date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        // Excel rounds to the second before it hides any part of the time.
        let totalSeconds = Int64((serial * 86_400).rounded())
        let day = Int(totalSeconds / 86_400)
        let second = Int(totalSeconds % 86_400)
        switch layout {
        case .date:
            return date(day: day, date1904: date1904)
        case let .dateTime(seconds):
            return date(day: day, date1904: date1904) + " " + clock(second, seconds: seconds)
        case let .time(seconds, elapsedHours):
            if elapsedHours {
                let hours = totalSeconds / 3_600
                let rest = Int(totalSeconds % 3_600)
                return "\(hours < 10 ? "0" : "")\(hours):" + pad2(rest / 60) + (seconds ? ":" + pad2(rest % 60) : "")
            }
            return clock(second, seconds: seconds)
        case .dateWithOptionalTime:
            let text = date(day: day, date1904: date1904)
            if second == 0 { return text }
            return text + " " + clock(second, seconds: second % 60 != 0)
        }
    }

    /// An ISO date written in a `t="d"` cell ("2026-01-09T08:30:00"), shown as a serial date would be.
    static func isoDate(_ raw: String, layout: XLSXNumberFormat.DateTimeLayout?) -> String? {
        let parts = raw.split(separator: "T", maxSplits: 1)
        guard let datePart = parts.first, datePart.utf8.count >= 10 else { return nil }
        let fields = datePart.prefix(10).split(separator: "-")
        guard fields.count == 3, let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        let dayText = pad2(d) + "/" + pad2(m) + "/" + pad4(y)
        var second = 0
        if parts.count == 2 {
            let clockFields = parts[1].prefix(8).split(separator: ":")
            guard clockFields.count >= 2, let h = Int(clockFields[0]), let mi = Int(clockFields[1]) else { return nil }
            let s = clockFields.count > 2 ? Int(Double(clockFields[2]) ?? 0) : 0
            second = h * 3_600 + mi * 60 + s
        }
        switch layout {
        case .date:
            return dayText
        case let .dateTime(seconds):
            return dayText + " " + clock(second, seconds: seconds)
        case let .time(seconds, _):
            return clock(second, seconds: seconds)
        case .dateWithOptionalTime, nil:
            return second == 0 ? dayText : dayText + " " + clock(second, seconds: second % 60 != 0)
        }
    }

    private static func date(day: Int, date1904: Bool) -> String {
        let unixDay: Int
        if date1904 {
            unixDay = day - 24_107  // 1904-01-01
        } else if day == 60 {
            return "29/02/1900"  // Lotus 1-2-3's leap day, which Excel keeps showing
        } else if day < 60 {
            unixDay = day - 25_568  // day 1 = 1900-01-01
        } else {
            unixDay = day - 25_569  // day 61 = 1900-03-01
        }
        let day = LocalDay(dayNumber: unixDay)
        return pad2(day.day) + "/" + pad2(day.month) + "/" + pad4(day.year)
    }

    private static func clock(_ second: Int, seconds: Bool) -> String {
        pad2(second / 3_600) + ":" + pad2(second / 60 % 60) + (seconds ? ":" + pad2(second % 60) : "")
    }

    private static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func pad4(_ n: Int) -> String {
        let s = "\(n)"
        return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}
