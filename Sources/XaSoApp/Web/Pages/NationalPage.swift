import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The national view for national officers and the admin: the 34 provinces' stored roll-ups of a
/// period (completeness, commune index, verdict counts, submissions), each province linking to its
/// own table (`/provinces/:code`), where its communes are. Query → model (`NationalDTO`, shared
/// with the API) → view; CSV and XLSX are the API's.
enum NationalPage {
    static func handle(_ req: Request) async throws -> Response {
        let actor = try req.webPrincipal
        let period = try req.webPeriod() ?? PeriodChoices.current(LocalDay(date: Date()))
        let dto = try await query(period: period, actor: actor, store: req.store)
        if let format = req.query[String.self, at: "format"], !format.isEmpty {
            return try NationalTable.response(dto, format: TableFormat(parsing: format))
        }
        return WebResponse.page(view(dto, period: period, ctx: PageContext(req, active: .national)))
    }

    static func query(period: ReportingPeriod, actor: Principal, store: some RollupStorage) async throws -> NationalDTO {
        NationalDTO(period: period, rows: try await store.nationalRollups(period: period, actor: actor))
    }

    /// `today`: the period picker offers periods up to it.
    static func view(_ m: NationalDTO, period: ReportingPeriod, today: LocalDay = LocalDay(date: Date()),
                     ctx: PageContext) -> Node {
        let reported = m.provinces.filter { $0.entered_figures > 0 }.count
        return Layout.document(title: L.nationalTitle, ctx: ctx) {
            H.h1 { L.nationalTitle }
            Components.periodPicker(action: WebPath.national(), selected: period, frameworks: nil, framework: nil,
                                    today: today)
            H.p(.id("national-summary")) { L.nationalSummary(reported: reported, provinces: m.provinces.count) }
            H.p {
                H.a(.href(WebPath.national(period: period, format: "csv"))) { "Tải CSV" }
                " · "
                H.a(.href(WebPath.national(period: period, format: "xlsx"))) { "Tải Excel (XLSX)" }
            }
            table(m, period: period)
            H.p(.class("muted")) { L.nationalNote }
        }
    }
}

extension NationalPage {
    /// One row per province; a province without a roll-up yet says so across the figures' columns.
    static func table(_ m: NationalDTO, period: ReportingPeriod) -> Node {
        typealias Row = NationalDTO.Province
        typealias Column = DataTable<Row>.Column
        func figure(_ header: String, _ text: @escaping (Row) -> String) -> Column {
            Column(header, .numeric) { text($0) }
        }
        let spanned = 4 + Verdict.allCases.count
        let columns: [Column] = [
            Column(L.provinceColumn, rowHeader: true) { p in
                H.a(.href(WebPath.province(p.province_code, period: period))) { p.name }
            },
            // No roll-up yet (no commune of the province has touched this period): one cell says so.
            Column(header: [.text(L.communesColumn)], headerAttributes: [.class("num")]) { p in
                p.refreshed_at == nil
                    ? DataTable<Row>.Cell(attributes: [.colspan(spanned), .class("muted")], content: [.text(L.nationalNoRollup)])
                    : DataTable<Row>.Cell(attributes: [.class("num")], content: [.text(String(p.communes))])
            },
        ] + ([
            figure(L.completeness) { L.percent($0.completeness) },
            figure(L.indexAverageColumn) { p in p.index.map { VietnameseFormat.number($0, maxFractionDigits: 2) } ?? L.noValue },
        ] + Verdict.allCases.enumerated().map { i, v in
            figure(v.vietnamese) { String(NationalTable.verdicts($0.verdicts)[i]) }
        } + [
            figure(L.submittedColumn) { String($0.submitted) },
        ]).map { c in
            var c = c
            let cell = c.cell
            c.cell = { $0.refreshed_at == nil ? nil : cell($0) }
            return c
        }
        return DataTable(rows: m.provinces, columns: columns, id: "provinces", label: L.nationalTitle,
                         rowAttributes: { [.id("province-\($0.province_code)")] }).node
    }
}

extension WebPath.Pattern {
    static let national = WebRoute("national")
}

extension WebPath {
    static func national(period: ReportingPeriod? = nil, format: String? = nil) -> String {
        with(Pattern.national.path(), ["period": period?.description, "format": format])
    }
}

/// Labels of the national view.
extension L {
    static let navNational = "Toàn quốc"
    static let nationalTitle = "Tổng hợp toàn quốc theo tỉnh, thành phố"
    static let provinceColumn = "Tỉnh, thành phố"
    static let communesColumn = "Số xã, phường"
    static let indexAverageColumn = "Chỉ số bình quân"
    static let submittedColumn = "Số xã đã nộp"
    static let nationalNoRollup = "Chưa có số liệu tổng hợp kỳ này (chưa xã nào nhập số liệu)."
    static let nationalNote = "Số liệu tổng hợp được tính lại mỗi khi xã nhập, sửa, xóa hoặc nộp số liệu; "
        + "bấm vào tên tỉnh, thành phố để xem từng xã, phường."
    static func nationalSummary(reported: Int, provinces: Int) -> String {
        "\(reported)/\(provinces) tỉnh, thành phố đã có số liệu trong kỳ."
    }
}
