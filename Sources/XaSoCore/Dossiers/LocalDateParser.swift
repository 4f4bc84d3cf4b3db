import Foundation

/// Reads the date forms one-stop-shop exports and officials type, by hand over
/// UTF-8 bytes: a DateFormatter per cell would make a million-row import take
/// minutes instead of seconds.
///
/// Accepted (surrounding spaces ignored, day, month and hour may have one digit):
/// - `dd/mm/yyyy` (also `dd-mm-yyyy`, `dd.mm.yyyy`), optionally followed by ` HH:mm` or ` HH:mm:ss`
/// - ISO `yyyy-mm-dd`, optionally followed by ` HH:mm[:ss]` or `THH:mm[:ss]`, fractions of a
///   second (dropped) and a zone (`Z`, `+07:00`, `+0700`); a zone other than +07:00 is converted
///   to Vietnam time, which can move the day.
/// Years outside 1900…2100 are rejected: they are typing slips ("0226"), not dates.
public enum LocalDateParser {
    public static let acceptedForms = "dd/mm/yyyy, dd/mm/yyyy HH:mm, yyyy-mm-dd, yyyy-mm-dd HH:mm"

    public static func parse(_ text: String) -> LocalDateTime? {
        var text = text
        if let fast = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) {
            return fast
        }
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) ?? nil
    }

    /// The calendar day of a date with no time part, or nil (also for "14/06/2026 08:00").
    public static func parseDay(_ text: String) -> LocalDay? {
        guard let t = parse(text), t.secondOfDay == 0 else { return nil }
        return t.day
    }

    private static let slash = UInt8(ascii: "/"), dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
    private static let colon = UInt8(ascii: ":"), plus = UInt8(ascii: "+")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let upperT = UInt8(ascii: "T"), lowerT = UInt8(ascii: "t")
    private static let upperZ = UInt8(ascii: "Z"), lowerZ = UInt8(ascii: "z")
    private static let nbspLead: UInt8 = 0xC2, nbspTail: UInt8 = 0xA0

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
        var start = 0, end = bytes.count
        func isBlank(_ b: UInt8) -> Bool { b == space || b == tab || b == 0x0D || b == 0x0A }
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        // A non-breaking space pasted from Word, at either end.
        if end - start >= 2, bytes[start] == nbspLead, bytes[start + 1] == nbspTail { start += 2 }
        if end - start >= 2, bytes[end - 2] == nbspLead, bytes[end - 1] == nbspTail { end -= 2 }
        var i = start

        func number(maxDigits: Int) -> (value: Int, digits: Int) {
            var value = 0, digits = 0
            while i < end, digits < maxDigits {
                let b = bytes[i]
                guard b >= 0x30, b <= 0x39 else { break }
                value = value * 10 + Int(b &- 0x30)
                digits += 1
                i += 1
            }
            return (value, digits)
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < end, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        let year: Int, month: Int, day: Int
        let first = number(maxDigits: 4)
        if first.digits == 4 {
            guard expect(dash) else { return nil }
            let m = number(maxDigits: 2)
            guard m.digits > 0, expect(dash) else { return nil }
            let d = number(maxDigits: 2)
            guard d.digits > 0 else { return nil }
            (year, month, day) = (first.value, m.value, d.value)
        } else if first.digits == 1 || first.digits == 2 {
            guard i < end else { return nil }
            let separator = bytes[i]
            guard separator == slash || separator == dash || separator == dot else { return nil }
            i += 1
            let m = number(maxDigits: 2)
            guard m.digits > 0, expect(separator) else { return nil }
            let y = number(maxDigits: 4)
            guard y.digits == 4 else { return nil }
            (year, month, day) = (y.value, m.value, first.value)
        } else {
            return nil
        }
        guard (1900...2100).contains(year), LocalDay.isValid(year: year, month: month, day: day) else { return nil }
        let dayNumber = LocalDay(year, month, day).dayNumber
        if i == end { return LocalDateTime(dayNumber: dayNumber, secondOfDay: 0) }

        // Time part: one or more spaces, or a single "T".
        if bytes[i] == upperT || bytes[i] == lowerT {
            i += 1
        } else {
            guard bytes[i] == space else { return nil }
            while i < end, bytes[i] == space { i += 1 }
        }
        let h = number(maxDigits: 2)
        guard h.digits > 0, expect(colon) else { return nil }
        let mi = number(maxDigits: 2)
        guard mi.digits == 2 else { return nil }
        var second = 0
        if expect(colon) {
            let s = number(maxDigits: 2)
            guard s.digits == 2 else { return nil }
            second = s.value
            if expect(dot) {
                guard number(maxDigits: 9).digits > 0 else { return nil }
            }
        }
        guard h.value <= 23, mi.value <= 59, second <= 59 else { return nil }
        let local = dayNumber * 86_400 + h.value * 3600 + mi.value * 60 + second
        if i == end { return LocalDateTime(localSeconds: local) }

        // Zone: the moment is converted to Vietnam time.
        var offset: Int
        if bytes[i] == upperZ || bytes[i] == lowerZ {
            i += 1
            offset = 0
        } else {
            let sign = bytes[i]
            guard sign == plus || sign == dash else { return nil }
            i += 1
            let oh = number(maxDigits: 2)
            guard oh.digits == 2, oh.value <= 14 else { return nil }
            var om = 0
            if i < end {
                _ = expect(colon)
                let m = number(maxDigits: 2)
                guard m.digits == 2, m.value <= 59 else { return nil }
                om = m.value
            }
            offset = oh.value * 3600 + om * 60
            if sign == dash { offset = -offset }
        }
        guard i == end else { return nil }
        return LocalDateTime(localSeconds: local - offset + LocalDateTime.utcOffsetSeconds)
    }
}
