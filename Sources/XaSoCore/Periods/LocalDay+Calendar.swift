import Foundation

/// Day arithmetic the plan deadlines need on top of `LocalDay`: validation, clamping to a month's
/// length, whole-day differences and quarters.
extension LocalDay {
    /// Nil when the day does not exist (31/4, 29/2/2025); `LocalDay.init(_:_:_:)` does not check.
    public init?(validYear year: Int, month: Int, day: Int) {
        guard LocalDay.isValid(year: year, month: month, day: day) else { return nil }
        self.init(year, month, day)
    }

    /// The day in `month`, moved back to the month's last day when the month is too short
    /// (day 31 in April → 30/4, 29/2 in a common year → 28/2): how recurring deadlines fall.
    public static func clamped(year: Int, month: Int, day: Int) -> LocalDay {
        let m = min(max(month, 1), 12)
        return LocalDay(year, m, min(max(day, 1), daysIn(month: m, year: year)))
    }

    /// Quarter 1…4 the day belongs to.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// Days since 1970-01-01 (negative before), the count `LocalDateTime` builds on for dossier timestamps.
    public var dayNumber: Int {
        // Civil-from-days inverse (H. Hinnant), years shifted to start in March so leap days come last.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public func adding(days: Int) -> LocalDay { LocalDay(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other`, positive when `other` is later.
    public func days(until other: LocalDay) -> Int { other.dayNumber - dayNumber }
}

/// Plan JSON writes days as ISO text ("2025-12-31"), not as `LocalDay`'s default object.
extension KeyedEncodingContainer {
    mutating func encodeDay(_ day: LocalDay?, forKey key: Key) throws {
        try encode(day?.description, forKey: key)
    }
}

extension KeyedDecodingContainer {
    func decodeDay(forKey key: Key) throws -> LocalDay? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let day = LocalDay(parsing: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self,
                                                   debugDescription: "invalid day \"\(text)\" (expected 2025-12-31)")
        }
        return day
    }

    func decodeRequiredDay(forKey key: Key) throws -> LocalDay {
        guard let day = try decodeDay(forKey: key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing day"))
        }
        return day
    }
}
