import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The province's submissions table for a period: per commune its state in Vietnamese, when it
/// submitted, whether on time, and how complete its figures are. The model is the core's
/// `SubmissionOverview` (pure, tested there); this is the query and the view.
enum SubmissionsPage {
    static func handle(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let actor = try req.webPrincipal
        let province = try await req.store.requireUnit(code)
        guard province.level == .province else { return req.redirect(to: WebPath.dashboard(code)) }
        let period = try req.webPeriod() ?? PeriodChoices.current(LocalDay(date: Date()))
        let table = try await req.store.submissionTable(unitCode: code, period: period, actor: actor)
        let format = try SubmissionFormat.parse(req.query[String.self, at: "format"])
        if let file = try SubmissionsController.attachment(table.overview, format: format, code: code) { return file }
        return WebResponse.page(view(table.overview, province: province, framework: table.framework,
                                     ctx: PageContext(req, active: .province)))
    }

    /// `today`: the period picker offers periods up to it.
    static func view(_ o: SubmissionOverview, province: AdministrativeUnit, framework: String,
                     today: LocalDay = LocalDay(date: Date()), ctx: PageContext) -> Node {
        let title = L.submissionsTitle(province.fullName)
        return Layout.document(title: title, ctx: ctx) {
            H.h1 { title }
            Components.periodPicker(action: WebPath.submissions(province.code), selected: o.period, frameworks: nil,
                                    framework: nil, today: today)
            H.p(.id("submission-summary")) { L.submissionSummary(o, framework: framework) }
            H.p {
                H.a(.href(WebPath.submissions(province.code, period: o.period, format: "csv")), .id("submissions-csv")) { "Tải CSV" }
                " · "
                H.a(.href(WebPath.submissions(province.code, period: o.period, format: "xlsx"))) { "Tải Excel (XLSX)" }
            }
            DataTable(rows: o.communes, columns: [
                .init(L.communeColumn, rowHeader: true) { c in
                    H.a(.href(WebPath.dashboard(c.unitCode, period: o.period, framework: framework))) { c.name }
                },
                .init(L.submissionState) { $0.vietnameseState },
                .init(L.submittedAt) { $0.submittedAt.map(L.dateTime) ?? L.noValue },
                .init(L.completeness, .numeric) { L.percent($0.completeness * 100) },
                .init(L.returnReason) { $0.reason ?? "" },
            ], id: "submissions", label: title,
            rowAttributes: { [.id("submission-\($0.unitCode)"), .data("state", $0.state.rawValue)] }).node
        }
    }
}

extension WebPath.Pattern {
    static let submissions = WebRoute("provinces/:code/submissions")
}

extension WebPath {
    static func submissions(_ code: String, period: ReportingPeriod? = nil, format: String? = nil) -> String {
        with(Pattern.submissions.path(code), ["period": period?.description, "format": format])
    }
}

/// Labels of the submissions page.
extension L {
    static func submissionsTitle(_ province: String) -> String { "Theo dõi nộp báo cáo – \(province)" }
    static let submissionState = "Tình trạng"
    static let submittedAt = "Thời điểm nộp"
    static let completeness = "Mức đầy đủ số liệu"
    static let returnReason = "Lý do trả lại"
    static let submissionsLink = "Theo dõi nộp báo cáo"

    /// "Hạn nộp 19/09/2025 · 12/114 đơn vị đã nộp, 10 đúng hạn · số liệu theo bộ chỉ tiêu CL411".
    static func submissionSummary(_ o: SubmissionOverview, framework: String) -> String {
        "Hạn nộp \(o.deadline.shortVietnamese) · \(o.submitted)/\(o.expected) đơn vị đã nộp, \(o.onTime) đúng hạn"
            + " · số liệu theo bộ chỉ tiêu \(framework)"
    }
}
