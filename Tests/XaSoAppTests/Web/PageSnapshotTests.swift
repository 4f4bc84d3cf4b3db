import Foundation
import Testing
@testable import XaSoApp
@testable import XaSoCore

/// Pages rendered from models built by hand (no database, no server), held to the HTML stored in
/// Tests/XaSoAppTests/Snapshots: a change to a view, a component or a label shows here as the first
/// line that moved. The figures are a commune's of quý III/2025 as its officers would type them.
@Suite struct PageSnapshots {
    static let commune = AdministrativeUnit(code: "11050", name: "Gia Phúc", fullName: "Xã Gia Phúc", kind: "xa",
                                            parentCode: "31")
    static let province = AdministrativeUnit(code: "31", name: "Hải Phòng", fullName: "Thành phố Hải Phòng",
                                             kind: "thanh_pho", parentCode: nil)
    static let admin = Principal(username: "admin.giaphuc", role: .communeAdmin, unitCode: "11050", provinceCode: "31")
    static let period = ReportingPeriod.quarter(3, 2025)
    /// The period pickers offer periods up to this day, so the pages do not change with the calendar.
    static let today = LocalDay(2025, 10, 15)
    static let framework = IndicatorFramework(code: "CL411", name: "Chiến lược chuyển đổi số cấp xã",
                                              legalBasis: "Quyết định số 411/QĐ-TTg", milestones: [2025, 2030])
    static let online = Indicator(code: "CL411-01", frameworkCode: "CL411", number: "1",
                                  name: "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình",
                                  unit: "%", unitKind: .percent, direction: .higher, owners: ["Văn phòng HĐND và UBND"],
                                  targets: [2025: Target(parsing: "≥ 80%"), 2030: Target(parsing: "100%")])
    static let fibre = Indicator(code: "CL411-02", frameworkCode: "CL411", number: "2",
                                 name: "Số hộ gia đình có kết nối cáp quang", unit: "hộ", unitKind: .count,
                                 direction: .higher, owners: ["Phòng Văn hóa – Xã hội"],
                                 targets: [2025: Target(parsing: "> 2500")])
    static let ctx = PageContext(principal: admin, csrf: "csrf-kiem-thu")

    static func value(_ indicator: Indicator, _ text: String, state: ValueState, note: String? = nil) -> IndicatorValue {
        IndicatorValue(unitCode: commune.code, indicatorCode: indicator.code, period: period,
                       value: MeasuredValue.parse(text, unitKind: indicator.unitKind)!, note: note, state: state,
                       enteredBy: "vanphong.giaphuc")
    }

    @Test func communeTargetsPage() throws {
        let model = UnitTargetsModel(unit: Self.commune, frameworks: [Self.framework], framework: "CL411",
                                     national: [Self.online, Self.fibre],
                                     own: ["CL411-01": [2025: Target(parsing: "≥ 85%")]])
        try Snapshot.check(TargetsPage.communeView(model, ctx: PageContext(principal: Self.admin, csrf: "csrf-kiem-thu",
                                                                          active: .targets)),
                           named: "targets-commune")
    }

    @Test func entryPageWithAStoredFigureAndARefusedOne() throws {
        var model = EntryModel.build(
            unit: Self.commune, period: Self.period, principal: Self.admin, frameworks: [Self.framework],
            framework: "CL411", indicators: [Self.online, Self.fibre],
            stored: [Self.value(Self.online, "36,7%", state: .returned, note: "Số liệu từ Cổng dịch vụ công")],
            comments: ["CL411-01": "Đề nghị kiểm tra lại số hồ sơ quý III"],
            typed: ["value-CL411-02": "2.6OO"], errors: ["CL411-02": L.invalidValue("2.6OO")])
        model.today = Self.today
        try Snapshot.check(EntryPage.view(model, ctx: PageContext(principal: Self.admin, csrf: "csrf-kiem-thu", active: .entry)),
                           named: "entry")
    }

    @Test func reviewPage() throws {
        let waiting = Self.value(Self.online, "82,5%", state: .submitted)
        let approved = Self.value(Self.fibre, "2614", state: .approved)
        let rows = [(Self.online, waiting), (Self.fibre, approved)].map { ind, v in
            ReviewPage.Model.Row(evaluation: Evaluator.evaluate(indicator: ind, period: Self.period, value: v.value), value: v)
        }
        let model = ReviewPage.Model(unit: Self.commune, period: Self.period, rows: rows, today: Self.today)
        try Snapshot.check(ReviewPage.view(model, ctx: PageContext(principal: Self.admin, csrf: "csrf-kiem-thu", active: .review)),
                           named: "review")
    }

    @Test func provincePage() throws {
        let officer = Principal(username: "sotttt.haiphong", role: .provinceOfficer, unitCode: "31", provinceCode: "31")
        let giaPhuc = Self.commune
        let nghiDuong = AdministrativeUnit(code: "11737", name: "Nghi Dương", fullName: "Xã Nghi Dương", kind: "xa", parentCode: "31")
        let anLu = AdministrativeUnit(code: "11740", name: "An Lư", fullName: "Xã An Lư", kind: "xa", parentCode: "31")
        func judge(_ ind: Indicator, _ text: String) -> Evaluation {
            Evaluator.evaluate(indicator: ind, period: Self.period, value: MeasuredValue.parse(text, unitKind: ind.unitKind))
        }
        var table = ProvinceModel.build(
            province: Self.province, communes: [giaPhuc, nghiDuong, anLu], period: Self.period, framework: "CL411",
            frameworks: [Self.framework], indicators: [Self.online, Self.fibre],
            evaluations: ["11050": [judge(Self.online, "82,5%"), judge(Self.fibre, "2614")],
                          "11737": [judge(Self.online, "61,3%"), judge(Self.fibre, "2730")]],
            atRisk: ["11050": 0, "11737": 1], openFlags: ["11737": 2], sort: .rank, query: "", withDataOnly: false)
        table.today = Self.today
        let ranking = [
            RankingRow(rank: 1, unitCode: "11050", name: "Xã Gia Phúc", index: 83.75,
                       pillars: PillarScores([.government: 92.5, .economy: 75]), achieved: 2, judged: 2, rankChange: 1),
            RankingRow(rank: 2, unitCode: "11737", name: "Xã Nghi Dương", index: 65.83,
                       pillars: PillarScores([.government: 61.25, .economy: 70.4]), achieved: 1, judged: 2, rankChange: -1),
            RankingRow(rank: nil, unitCode: "11740", name: "Xã An Lư", index: 0, pillars: PillarScores([:]), achieved: 0,
                       judged: 0, rankChange: nil),
        ]
        let page = ProvinceModel.Page(table: table, ranking: ranking,
                                      weights: WeightsSentence(["chinh_quyen_so": 30, "kinh_te_so": 20, "xa_hoi_so": 25,
                                                                "ha_tang_nhan_luc": 25]),
                                      reportKind: nil)
        try Snapshot.check(ProvincePage.view(page, ctx: PageContext(principal: officer, csrf: "csrf-kiem-thu", active: .province)),
                           named: "province")
    }

    struct Office {
        var name: String
        var dossiers: Int?
    }

    @Test func dataTableWritesWhatTheHandWrittenTablesWrote() {
        let columns: [DataTable<Office>.Column] = [
            .init("Xã", rowHeader: true) { $0.name },
            // A commune without figures says so across the columns after its name.
            .init(header: [.text("Số hồ sơ")], headerAttributes: [.class("num")]) { o in
                o.dossiers == nil ? DataTable<Office>.Cell(attributes: [.colspan(2), .class("muted")], content: [.text("Chưa có")])
                    : DataTable<Office>.Cell(attributes: [.class("num")], content: [.text(String(o.dossiers!))])
            },
            .init(header: [.text("Trễ hạn")], headerAttributes: [.class("num")]) { o in
                o.dossiers.map { DataTable<Office>.Cell(attributes: [.class("num")], content: [.text(String($0 / 10))]) }
            },
            .init("Ghi chú", class: "no-print", cellClass: "lead", label: true) { _ in "—" },
        ]
        let table = DataTable(rows: [Office(name: "Gia Phúc", dossiers: 1250), Office(name: "An Lư", dossiers: nil)],
                              columns: columns, id: "t", caption: "Hồ sơ quý III", label: "Hồ sơ",
                              rowAttributes: { [.data("name", $0.name)] }, foot: [H.tr { H.th(.scope("row")) { "Tổng" } }])
        #expect(table.node.rendered == "<div class=\"table-wrap\" role=\"region\" aria-label=\"Hồ sơ\" tabindex=\"0\">"
            + "<table id=\"t\"><caption>Hồ sơ quý III</caption><thead><tr><th scope=\"col\">Xã</th>"
            + "<th scope=\"col\" class=\"num\">Số hồ sơ</th><th scope=\"col\" class=\"num\">Trễ hạn</th>"
            + "<th scope=\"col\" class=\"no-print\">Ghi chú</th></tr></thead><tbody>"
            + "<tr data-name=\"Gia Phúc\"><th scope=\"row\">Gia Phúc</th><td class=\"num\">1250</td><td class=\"num\">125</td>"
            + "<td class=\"no-print lead\" data-label=\"Ghi chú\">—</td></tr>"
            + "<tr data-name=\"An Lư\"><th scope=\"row\">An Lư</th><td colspan=\"2\" class=\"muted\">Chưa có</td>"
            + "<td class=\"no-print lead\" data-label=\"Ghi chú\">—</td></tr>"
            + "</tbody><tfoot><tr><th scope=\"row\">Tổng</th></tr></tfoot></table></div>")
        let none = DataTable<Office>(rows: [], columns: columns, empty: "Chưa có hồ sơ nào.")
        #expect(none.node.rendered == "<p class=\"muted\">Chưa có hồ sơ nào.</p>")
    }

    @Test func aDifferenceIsReportedAtItsFirstLine() {
        #expect(Snapshot.firstDifference(expected: "<p>\nMột\n</p>\n", actual: "<p>\nMột\n</p>\n") == nil)
        #expect(Snapshot.firstDifference(expected: "<p>\nMột\n</p>\n", actual: "<p>\nHai\n</p>\n")
            == "line 2:\n  expected: Một\n  actual:   Hai")
        #expect(Snapshot.firstDifference(expected: "<p>\n", actual: "<p>\n<br>\n")
            == "line 2:\n  expected: \n  actual:   <br>")
        #expect(Snapshot.text(H.p { H.strong { "Đạt" } }) == "<!DOCTYPE html>\n<p>\n<strong>Đạt</strong>\n</p>\n")
    }
}
