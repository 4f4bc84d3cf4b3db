import Foundation
import Testing
@testable import XaSoApp
import XaSoCore
import XaSoDocuments

/// The HTML builder and the pages' view models, without a server or a database.
@Suite struct WebBuilding {
    @Test func textAndAttributesAreEscapedByConstruction() {
        let node = H.p(.class("a\"b"), .title("<x> & 'y'")) {
            "<script>alert(1)</script> & more"
            H.a(.href("/x?a=1&b=2")) { "ok" }
        }
        #expect(node.rendered == "<p class=\"a&quot;b\" title=\"&lt;x&gt; &amp; &#39;y&#39;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more<a href=\"/x?a=1&amp;b=2\">ok</a></p>")
        // Runs of multi-byte Vietnamese text on either side of a special character are kept whole.
        #expect(H.td(.title("Đạt \"vượt\"")) { "Phòng Văn hóa & Xã hội <ấp>" }.rendered
                == "<td title=\"Đạt &quot;vượt&quot;\">Phòng Văn hóa &amp; Xã hội &lt;ấp&gt;</td>")
        #expect(WebPath.seg("thôn 1/2") == "th%C3%B4n%201%2F2")
    }

    @Test func booleanAndConditionalAttributes() {
        let on = H.option(.value("2025-Q3"), .when(true, .selected)) { "Quý III năm 2025" }
        let off = H.option(.value("2025-Q2"), .when(false, .selected)) { "Quý II năm 2025" }
        #expect(on.rendered == "<option value=\"2025-Q3\" selected>Quý III năm 2025</option>")
        #expect(off.rendered == "<option value=\"2025-Q2\">Quý II năm 2025</option>")
        #expect(H.input(.type("text"), .required).rendered == "<input type=\"text\" required>")
    }

    @Test func linksEncodeTheirParameters() {
        #expect(WebPath.dashboard("11050", period: .quarter(3, 2025), framework: "CL411")
            == "/units/11050?framework=CL411&period=2025-Q3")
        #expect(WebPath.province("31", query: "nghi dương") == "/provinces/31?q=nghi%20d%C6%B0%C6%A1ng")
        #expect(WebPath.safeNext("/units/11050") == "/units/11050")
        #expect(WebPath.safeNext("//evil.example/") == nil)
        #expect(WebPath.safeNext("https://evil.example/") == nil)
        #expect(WebPath.safeNext("/\\evil.example") == nil)
    }

    @Test func csrfTokensAreTiedToTheirSecret() {
        let token = CSRF.token(for: "session-a")
        #expect(CSRF.isValid(token, secret: "session-a"))
        #expect(!CSRF.isValid(token, secret: "session-b"))
        #expect(!CSRF.isValid(nil, secret: "session-a"))
        #expect(!CSRF.isValid(token, secret: nil))
        #expect(!CSRF.isValid("", secret: ""))
    }

    @Test func labelsAreNFC() {
        for text in [L.loginTitle, L.entryIntro, L.importIntro, L.forbiddenText, L.invalidValue("x"), AppCSS.text, AppJS.text] {
            #expect(text == text.precomposedStringWithCanonicalMapping)
        }
    }

    @Test func theStylesheetHasNoInlineStyleNeedAndTheScriptNoEval() {
        #expect(!AppJS.text.contains("eval("))
        #expect(!AppJS.text.contains("innerHTML"))
        #expect(AppCSS.text.contains("@media print"))
        #expect(AppCSS.text.contains("@media (max-width:720px)"))
    }

    static func unit(_ code: String, _ name: String) -> AdministrativeUnit {
        AdministrativeUnit(code: code, name: name, fullName: "Xã \(name)", kind: "xa", parentCode: "31")
    }

    static func evaluation(_ code: String, _ verdict: Verdict, value: Double? = 1) -> Evaluation {
        let ind = Indicator(code: code, frameworkCode: "CL411", number: "1", name: code, unit: "%", unitKind: .percent,
                            direction: .higher, owners: [])
        // No target: the verdict is the one given by hand, as for a qualitative target.
        return Evaluator.evaluate(indicator: ind, period: .quarter(3, 2025), value: value.map { MeasuredValue(number: $0) },
                                  manual: verdict)
    }

    @Test func provinceRankingSharesRanksOnTiesAndLeavesSilentCommunesUnranked() {
        let a = Self.unit("1", "An"), b = Self.unit("2", "Bình"), c = Self.unit("3", "Cát"), d = Self.unit("4", "Đông"),
            e = Self.unit("5", "Êm")
        let indicators = ["X1", "X2"].map {
            Indicator(code: $0, frameworkCode: "CL411", number: "1", name: $0, unit: "%", unitKind: .percent,
                      direction: .higher, owners: [])
        }
        let evaluations: [String: [Evaluation]] = [
            "1": [Self.evaluation("X1", .met), Self.evaluation("X2", .notMet)],            // 50%
            "2": [Self.evaluation("X1", .exceeded), Self.evaluation("X2", .met)],          // 100%
            "3": [Self.evaluation("X1", .met), Self.evaluation("X2", .noData, value: nil)], // 100% of judged, 1 met
            "4": [Self.evaluation("X1", .exceeded), Self.evaluation("X2", .met)],          // 100%, tie with Bình
        ]
        let m = ProvinceModel.build(province: Self.unit("31", "Tỉnh"), communes: [a, b, c, d, e], period: .quarter(3, 2025),
                                    framework: "CL411", frameworks: [], indicators: indicators, evaluations: evaluations,
                                    sort: .rank, query: "", withDataOnly: false)
        #expect(m.shown.map(\.unit.name) == ["Bình", "Đông", "Cát", "An", "Êm"])
        #expect(m.shown.map(\.rank) == [1, 1, 3, 4, nil])
        #expect(m.missingByIndicator.map { $0.communes.map(\.name) } == [["Êm"], ["Cát", "Êm"]])
        let byName = ProvinceModel.build(province: Self.unit("31", "Tỉnh"), communes: [a, b, c, d, e], period: .quarter(3, 2025),
                                         framework: "CL411", frameworks: [], indicators: indicators, evaluations: evaluations,
                                         sort: .notMet, query: "", withDataOnly: true)
        #expect(byName.shown.map(\.unit.name) == ["An", "Bình", "Đông", "Cát"])
        let search = ProvinceModel.build(province: Self.unit("31", "Tỉnh"), communes: [a, b, c, d, e], period: .quarter(3, 2025),
                                         framework: "CL411", frameworks: [], indicators: indicators, evaluations: evaluations,
                                         sort: .rank, query: "dong", withDataOnly: false)
        #expect(search.shown.map(\.unit.name) == ["Đông"])
    }

    @Test func entryFormReadsVietnameseFiguresAndSkipsUnchangedOnes() {
        let ind = Indicator(code: "CL411.03", frameworkCode: "CL411", number: "3", name: "Chữ ký số", unit: "%",
                            unitKind: .percent, direction: .higher, owners: ["Phòng Văn hóa - Xã hội"])
        let stored = IndicatorValue(unitCode: "11050", indicatorCode: "CL411.03", period: .quarter(3, 2025),
                                    value: MeasuredValue(number: 15, approximate: true), numerator: 150, denominator: 1000,
                                    note: "do người dân chưa phổ cập sử dụng", state: .approved)
        let row = EntryModel.Row(indicator: ind, stored: stored, valueText: "~15%", noteText: stored.note ?? "")
        let now = Date(timeIntervalSince1970: 1_760_000_000)
        let same = EntryModel.read(form: ["value-CL411.03": "~15%", "note-CL411.03": "do người dân chưa phổ cập sử dụng"],
                                   rows: [row], period: .quarter(3, 2025), unitCode: "11050", actor: "a", now: now)
        #expect(same.changed.isEmpty, "an approved figure left as it was is not stored again")
        let changed = EntryModel.read(form: ["value-CL411.03": "16,5%", "note-CL411.03": ""], rows: [row],
                                      period: .quarter(3, 2025), unitCode: "11050", actor: "a", now: now)
        #expect(changed.changed.count == 1)
        #expect(changed.changed.first?.value == MeasuredValue(number: 16.5))
        #expect(changed.changed.first?.note == nil)
        #expect(changed.changed.first?.numerator == 150, "what the form does not show is kept")
        #expect(changed.changed.first?.state == .draft)
        let bad = EntryModel.read(form: ["value-CL411.03": "15 phần trăm"], rows: [row], period: .quarter(3, 2025),
                                  unitCode: "11050", actor: "a", now: now)
        #expect(bad.errors["CL411.03"] == "Giá trị \"15 phần trăm\" không phải là số (ví dụ: 85%, ~15%, 36,7%).")
    }

    /// The pages draw with the reports' chart code (XaSoDocuments), placed as it is.
    @Test func chartsAreTheReportsSVGWithTitlesAndNoStyleAttributes() {
        var counts = VerdictCounts([])
        counts.counts = [.exceeded: 2, .met: 4, .approaching: 1, .notMet: 3, .noTarget: 1, .noData: 2]
        let bars = Node.fragment([DashboardPage.verdictChart(counts)]).rendered
        #expect(bars.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(bars.contains("<title id=\"verdict-chart-title\">Số chỉ tiêu theo kết quả đánh giá</title>"))
        // "Chưa có mục tiêu" (1) counts with "Chưa có số liệu" (2), as in the report's chart.
        #expect(bars.contains("Chưa đạt: 3; Chưa có số liệu: 3"))
        #expect(!bars.contains("style="))
        let trend = TrendChart.drawing(id: "t", caption: "Diễn biến", periods: ["Quý II/2025", "Quý III/2025"], values: [10, 15],
                                       targets: [50, 50], approximate: [false, true]).markup
        #expect(trend.contains("<polyline"))
        #expect(trend.contains(">~15%</text>"))
        #expect(trend.contains("fill=\"#FFFFFF\" stroke=\"#1F4E79\""))
        #expect(trend.contains("stroke-dasharray"))
        #expect(!trend.contains("style="))
    }
}
