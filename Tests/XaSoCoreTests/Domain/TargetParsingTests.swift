import Testing
@testable import XaSoCore

/// Every written form of a target found in the three reference documents.
@Suite struct TargetParsingTests {
    @Test(arguments: [
        ("80%", TargetComparison.reach(80)),
        ("> 50%", .above(50)),
        (">50%", .above(50)),
        ("> 70%", .above(70)),
        ("≥ 85%", .atLeast(85)),
        ("≥ 50%", .atLeast(50)),
        ("~15%", .approximately(15)),
        ("80-90%", .range(80, 90)),
        ("80 - 90%", .range(80, 90)),
        ("> 0,7", .above(0.7)),
        ("> 0,77", .above(0.77)),
        ("đạt 1,0", .reach(1.0)),
        ("Phấn đấu đạt 3%", .reach(3)),
        ("phấn đấu ít nhất 3%", .atLeast(3)),
        ("đạt 3%", .reach(3)),
        ("đạt trên 3%", .above(3)),
        ("đạt trên 3,5%", .above(3.5)),
        ("< 70", .below(70)),
        ("≤ 20", .atMost(20)),
        ("100%", .reach(100)),
        ("100", .reach(100)),
        ("> 95%", .above(95)),
        ("-", .none),
        ("", .none),
        ("Đạt mức cao của TP", .qualitative),
        ("Tiên tiến, hiện đại, dung lượng siêu lớn, băng thông siêu rộng", .qualitative),
        ("> 95% đối với cơ sở giáo dục phổ thông và > 90% đối với các cơ sở giáo dục mầm non", .qualitative),
    ])
    func parsesWrittenForm(text: String, expected: TargetComparison) {
        #expect(Target(parsing: text).comparison == expected)
    }

    @Test func topRankKeepsScope() {
        let t = Target(parsing: "Top 50 của thành phố về phát triển KHCN và ĐMST")
        #expect(t.comparison == .top(50, scope: "thành phố về phát triển KHCN và ĐMST"))
        #expect(t.text == "Top 50 của thành phố về phát triển KHCN và ĐMST")
        #expect(Target(parsing: "Phấn đấu top 50 của TP").comparison == .top(50, scope: "TP"))
        #expect(Target(parsing: "Top 50 của thành phố").comparison == .top(50, scope: "thành phố"))
    }

    @Test func keepsOriginalTextNormalised() {
        let decomposed = "phấn đấu ít nhất 3%".decomposedStringWithCanonicalMapping
        let t = Target(parsing: "  " + decomposed + " ")
        #expect(t.text == "phấn đấu ít nhất 3%")
        #expect(t.text.unicodeScalars.count == "phấn đấu ít nhất 3%".unicodeScalars.count)
    }
}

@Suite struct MeasuredValueTests {
    @Test(arguments: [
        ("85%", 85.0, false), ("~15%", 15, true), ("36,7%", 36.7, false), ("36.7", 36.7, false),
        ("~ 25 %", 25, true), ("0,77", 0.77, false), ("1.234.567", 1_234_567, false), ("5.892,5", 5892.5, false),
        ("khoảng 40%", 40, true), ("-3", -3, false),
    ])
    func parses(text: String, number: Double, approximate: Bool) {
        #expect(MeasuredValue.parse(text) == MeasuredValue(number: number, approximate: approximate))
    }

    @Test(arguments: ["", "abc", "85%%", "1,2,3", "12a", "~", "1.23.4"])
    func rejects(text: String) {
        #expect(MeasuredValue.parse(text) == nil)
    }

    @Test func formatsTheVietnameseWay() {
        #expect(MeasuredValue(number: 99.2).formatted(unitKind: .percent) == "99,2%")
        #expect(MeasuredValue(number: 15, approximate: true).formatted(unitKind: .percent) == "~15%")
        #expect(MeasuredValue(number: 0.77).formatted(unitKind: .index) == "0,77")
        #expect(VietnameseFormat.number(5892) == "5.892")
        #expect(VietnameseFormat.longDate(year: 2026, month: 1, day: 9) == "ngày 09 tháng 01 năm 2026")
        #expect(VietnameseFormat.longDate(year: 2025, month: 10, day: 21) == "ngày 21 tháng 10 năm 2025")
    }
}
