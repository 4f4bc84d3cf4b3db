import Foundation

/// A moment in Vietnam local time (UTC+7, no daylight saving since 1975), to the second.
///
/// Kept as one integer, seconds since 1970-01-01 00:00 local time, so that a million
/// dossiers with four timestamps each stay small and compare as integers. The calendar
/// day is a `LocalDay` (Periods); dossier rules only ever look at the day, the time is
/// kept so nothing the one-stop shop typed is lost.
public struct LocalDateTime: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00 in Vietnam local time.
    public let localSeconds: Int

    /// Vietnam's offset from UTC, all year.
    public static let utcOffsetSeconds = 7 * 3600

    public init(localSeconds: Int) {
        self.localSeconds = localSeconds
    }

    public init(day: LocalDay, secondOfDay: Int = 0) {
        precondition((0..<86_400).contains(secondOfDay), "secondOfDay out of range")
        self.localSeconds = day.dayNumber * 86_400 + secondOfDay
    }

    /// From a day number (days since 1970-01-01) without the range check, for generators that count
    /// in day numbers.
    public init(dayNumber: Int, secondOfDay: Int) {
        self.localSeconds = dayNumber * 86_400 + secondOfDay
    }

    /// Nil when the parts are not a real local moment (31/02, 24:00…).
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard LocalDay.isValid(year: year, month: month, day: day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.init(day: LocalDay(year, month, day), secondOfDay: hour * 3600 + minute * 60 + second)
    }

    /// The local moment of an absolute instant (fractions of a second dropped).
    public init(instant: Date) {
        self.localSeconds = Int(instant.timeIntervalSince1970.rounded(.down)) + LocalDateTime.utcOffsetSeconds
    }

    /// The absolute instant of this local moment.
    public var instant: Date {
        Date(timeIntervalSince1970: TimeInterval(localSeconds - LocalDateTime.utcOffsetSeconds))
    }

    /// Days since 1970-01-01, the same count as `LocalDay.dayNumber`.
    @inline(__always)
    public var dayNumber: Int {
        localSeconds >= 0 ? localSeconds / 86_400 : (localSeconds - 86_399) / 86_400
    }

    public var day: LocalDay { LocalDay(dayNumber: dayNumber) }

    /// 0 ..< 86 400.
    public var secondOfDay: Int { localSeconds - dayNumber * 86_400 }
    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay / 60 % 60 }
    public var second: Int { secondOfDay % 60 }

    /// "2026-06-14T08:30:00": the form written in JSON.
    public var iso: String {
        let d = day
        return DateText.pad(d.year, 4) + "-" + DateText.pad(d.month, 2) + "-" + DateText.pad(d.day, 2)
            + "T" + DateText.pad(hour, 2) + ":" + DateText.pad(minute, 2) + ":" + DateText.pad(second, 2)
    }

    /// "14/06/2026 08:30" (seconds shown only when not zero): the form officials read.
    public var vietnamese: String {
        var s = day.shortVietnamese + " " + DateText.pad(hour, 2) + ":" + DateText.pad(minute, 2)
        if second != 0 { s += ":" + DateText.pad(second, 2) }
        return s
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.localSeconds < rhs.localSeconds
    }
}

extension LocalDateTime: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = LocalDateParser.parse(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "invalid local date-time \"\(text)\""))
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension LocalDateTime: CustomStringConvertible {
    public var description: String { iso }
}

public enum DateText {
    /// Zero-padded decimal; `String(format:)` is avoided because it goes through Foundation's formatter.
    public static func pad(_ value: Int, _ width: Int) -> String {
        var s = String(value)
        while s.count < width { s = "0" + s }
        return s
    }
}
