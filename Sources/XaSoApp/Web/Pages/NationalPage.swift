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
        let dto = NationalDTO(period: period, rows: try await req.store.nationalRollups(period: period, actor: actor))
        if let format = req.query[String.self, at: "format"], !format.isEmpty {
            return try NationalTable.response(dto, format: TableFormat(parsing: format))
        }
        return WebResponse.page(render(dto, period: period, ctx: PageContext(req, active: .national)))
    }

    static func render(_ m: NationalDTO, period: ReportingPeriod, ctx: PageContext) -> Node {
        let reported = m.provinces.filter { $0.entered_figures > 0 }.count
        return Layout.document(title: L.nationalTitle, ctx: ctx) {
            H.h1 { L.nationalTitle }
            Components.periodPicker(action: WebPath.national(), selected: period, frameworks: nil, framework: nil)
            H.p(.id("national-summary")) { L.nationalSummary(reported: reported, provinces: m.provinces.count) }
            H.p {
                H.a(.href(WebPath.national(period: period, format: "csv"))) { "Tải CSV" }
                " · "
                H.a(.href(WebPath.national(period: period, format: "xlsx"))) { "Tải Excel (XLSX)" }
            }
            Components.tableWrap(label: L.nationalTitle) {
                H.table(.id("provinces")) {
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { L.provinceColumn }
                            H.th(.scope("col"), .class("num")) { L.communesColumn }
                            H.th(.scope("col"), .class("num")) { L.completeness }
                            H.th(.scope("col"), .class("num")) { L.indexAverageColumn }
                            for v in Verdict.allCases { H.th(.scope("col"), .class("num")) { v.vietnamese } }
                            H.th(.scope("col"), .class("num")) { L.submittedColumn }
                        }
                    }
                    H.tbody {
                        for p in m.provinces {
                            H.tr(.id("province-\(p.province_code)")) {
                                H.th(.scope("row")) { H.a(.href(WebPath.province(p.province_code, period: period))) { p.name } }
                                if p.refreshed_at == nil {
                                    // No roll-up yet: no commune of the province has touched this period.
                                    H.td(.colspan(4 + Verdict.allCases.count), .class("muted")) { L.nationalNoRollup }
                                } else {
                                    H.td(.class("num")) { String(p.communes) }
                                    H.td(.class("num")) { L.percent(p.completeness) }
                                    H.td(.class("num")) { p.index.map { VietnameseFormat.number($0, maxFractionDigits: 2) } ?? L.noValue }
                                    for n in NationalTable.verdicts(p.verdicts) { H.td(.class("num")) { String(n) } }
                                    H.td(.class("num")) { String(p.submitted) }
                                }
                            }
                        }
                    }
                }
            }
            H.p(.class("muted")) { L.nationalNote }
        }
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
