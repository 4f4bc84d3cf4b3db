import Foundation
import Testing
@testable import XaSoCore

@Suite struct DateParsingTests {
    @Test(arguments: [
        ("14/06/2026", "2026-06-14T00:00:00"),
        ("4/6/2026", "2026-06-04T00:00:00"),
        (" 14/06/2026 ", "2026-06-14T00:00:00"),
        ("14/06/2026 08:30", "2026-06-14T08:30:00"),
        ("14/06/2026 8:30", "2026-06-14T08:30:00"),
        ("14/06/2026  08:30:15", "2026-06-14T08:30:15"),
        ("14-06-2026", "2026-06-14T00:00:00"),
        ("14.06.2026 17:00", "2026-06-14T17:00:00"),
        ("2026-06-14", "2026-06-14T00:00:00"),
        ("2026-06-14 08:30", "2026-06-14T08:30:00"),
        ("2026-06-14T08:30:15", "2026-06-14T08:30:15"),
        ("2026-06-14T08:30:15.250", "2026-06-14T08:30:15"),
        ("2026-06-14T08:30:00+07:00", "2026-06-14T08:30:00"),
        // UTC 17:30 is 00:30 the next day in Vietnam: the day moves.
        ("2026-06-14T17:30:00Z", "2026-06-15T00:30:00"),
        ("2026-06-14T01:00:00+0000", "2026-06-14T08:00:00"),
        ("2024-02-29", "2024-02-29T00:00:00"),
        ("14/06/2026\u{00A0}", "2026-06-14T00:00:00"),
    ])
    func parses(text: String, expected: String) throws {
        let parsed = try #require(LocalDateParser.parse(text))
        #expect(parsed.iso == expected)
    }

    @Test(arguments: [
        "", "   ", "hôm nay", "14/06/26", "14/06", "2026/06/14", "31/02/2026", "29/02/2026", "00/01/2026",
        "14/13/2026", "14/06/0226", "14/06/2026 24:00", "14/06/2026 08:60", "14/06/2026 08", "14/06/2026 8h30",
        "2026-06-14T08:30:00+25:00", "2026-6-14x", "14/06-2026", "14/06/2026 08:30 SA", "46000", "46000.5",
    ])
    func rejects(text: String) {
        #expect(LocalDateParser.parse(text) == nil)
    }

    @Test func dayOnly() {
        #expect(LocalDateParser.parseDay("15/12/2025") == LocalDay(2025, 12, 15))
        #expect(LocalDateParser.parseDay("15/12/2025 08:00") == nil)
    }

    @Test func decomposedAndNonContiguousTextStillParses() {
        // A bridged or substring-backed String may not offer contiguous UTF-8 storage.
        let text = ("x14/06/2026 08:30".dropFirst())
        #expect(LocalDateParser.parse(String(text))?.iso == "2026-06-14T08:30:00")
        let ns = NSString(string: "14/06/2026") as String
        #expect(LocalDateParser.parse(ns)?.iso == "2026-06-14T00:00:00")
    }

    @Test func jsonRoundTrip() throws {
        let t = LocalDateTime(year: 2026, month: 6, day: 14, hour: 8, minute: 30)!
        let data = try JSONEncoder().encode([t])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-06-14T08:30:00\"]")
        #expect(try JSONDecoder().decode([LocalDateTime].self, from: data) == [t])
    }
}
