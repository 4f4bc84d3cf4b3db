import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// A commune's administrative dossiers for a period as the six-month CCHC report states them, the
/// late dossiers and why, and the two uploads (catalogue, then the export); for a province, each
/// commune's figures and the total. Reading and importing go through `DossierService` and the
/// store, so the permissions are the API's.
enum DossiersPage {
    static func handle(_ req: Request) async throws -> Response {
        try await respond(req, code: req.parameter("code"), errors: nil)
    }

    struct Upload: Content {
        var kind: String?
        var file: File?
    }

    /// The catalogue or the export, all-or-nothing: on any error every row's message is shown and nothing is stored.
    static func upload(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let actor = try req.webPrincipal
        let form = try req.content.decode(Upload.self)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return try await respond(req, code: code, errors: [ImportIssue(row: 1, field: "file", value: "", code: .fileEmpty,
                                                                          message: L.noFile)])
        }
        let data = Data(buffer: file.data)
        let summary: XaSoStore.DossierImportSummary
        do {
            if form.kind == "procedures" {
                summary = try await DossierService.importProcedures(data, unitCode: code, actor: actor, store: req.store)
            } else {
                summary = try await DossierService.importDossiers(data, unitCode: code, actor: actor, store: req.store)
            }
        } catch let e as AppError where e.kind == .invalid {
            let issues = e.issues.isEmpty ? [ImportIssue(row: 1, field: "file", value: "", code: e.code, message: e.vietnamese)] : e.issues
            return try await respond(req, code: code, errors: issues)
        }
        let notice = form.kind == "procedures" ? "procedures" : "dossiers"
        return WebResponse.seeOther(WebPath.dossiers(code, period: try req.webPeriod(),
                                                     extra: ["imported": notice, "rows": String(summary.rows)]))
    }

    static func period(_ req: Request) throws -> ReportingPeriod {
        if let p = try req.webPeriod() { return p }
        let today = LocalDay(date: Date())
        return .half(today.month <= 6 ? 1 : 2, today.year)
    }

    static func respond(_ req: Request, code: String, errors: [ImportIssue]?) async throws -> Response {
        _ = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        let period = try period(req)
        let range = period.cutOffRange
        let ctx = PageContext(req, active: .dossiers, notice: notice(req))
        let status: HTTPStatus = errors == nil ? .ok : .unprocessableEntity
        switch try await DossierService.statistics(unitCode: code, range: range, store: req.store) {
        case .province(let rollUp):
            let names = Dictionary(try await req.store.children(of: code).map { ($0.code, $0.fullName) }, uniquingKeysWith: { a, _ in a })
            let index = try await ServiceIndexService.scores(unitCodes: rollUp.units.map(\.unitCode), period: period,
                                                             model: try ServiceIndexModel.official(), store: req.store)
            let model = DossierProvinceModel.build(
                rollUp: rollUp, names: names, serviceIndex: index.mapValues(\.total),
                sort: req.query[String.self, at: "sort"].flatMap(DossierProvinceModel.Sort.init(rawValue:)) ?? .name,
                query: req.query[String.self, at: "q"] ?? "")
            return WebResponse.page(renderProvince(unit: unit, period: period, range: rollUp.range, model: model, errors: errors,
                                                   ctx: ctx), status: status)
        case .commune(let stats):
            let late = try await req.store.lateDossiers(unitCode: code, range: range)
            let mayImport = mayImport(try req.webPrincipal, unitCode: code)
            let index = try await ServiceIndexService.scores(unitCodes: [code], period: period,
                                                             model: try ServiceIndexModel.official(), store: req.store)[code]
            return WebResponse.page(render(unit: unit, period: period, stats: stats, late: late, index: index, errors: errors,
                                           mayImport: mayImport, ctx: ctx), status: status)
        }
    }

    /// Only hides the forms: the store asks the same `AccessPolicy` rule and refuses anyone else with 403.
    static func mayImport(_ p: Principal, unitCode: String) -> Bool {
        AccessPolicy.canImportDossiers(p, unitCode: unitCode)
    }

    static func notice(_ req: Request) -> String? {
        guard let kind = req.query[String.self, at: "imported"], let rows = req.query[Int.self, at: "rows"] else { return nil }
        return kind == "procedures" ? L.proceduresImported(rows) : L.dossiersImported(rows)
    }

    // MARK: commune

    static func render(unit: AdministrativeUnit, period: ReportingPeriod, stats: DossierStatistics, late: [LateDossier],
                       index: ServiceIndexScore? = nil, errors: [ImportIssue]?, mayImport: Bool, ctx: PageContext) -> Node {
        Layout.document(title: L.dossiersTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.dossiersTitle(unit.fullName) }
            H.p(.class("muted")) { L.dossierRange(period, period.cutOffRange) }
            Components.periodPicker(action: WebPath.dossiers(unit.code), selected: period, frameworks: nil, framework: nil)
            if let errors { errorSection(errors) }
            summary(stats)
            lateByField(stats)
            lateList(late)
            if let index { serviceIndex(index) }
            if mayImport { uploadForms(unit: unit, period: period, ctx: ctx) }
        }
    }

    static func summary(_ s: DossierStatistics) -> Node {
        H.section(.aria("labelledby", "ds-h")) {
            H.h2(.id("ds-h")) { L.dossierSummary }
            Components.tableWrap(label: L.dossierSummary) {
                H.table(.id("dossier-stats")) {
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { L.dossierItem }
                            H.th(.scope("col"), .class("num")) { L.dossierCount }
                        }
                    }
                    H.tbody {
                        for (id, label, value) in rows(s) {
                            H.tr(.id("ds-\(id)")) {
                                H.th(.scope("row")) { label }
                                H.td(.class("num")) { value }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The report's lines in its order; ids let tests and scripts find a figure.
    static func rows(_ s: DossierStatistics) -> [(String, String, String)] {
        func n(_ v: Int) -> String { VietnameseFormat.number(Double(v)) }
        return [
            ("received-total", L.dsReceivedTotal, n(s.receivedTotal)),
            ("carried-over", L.dsCarriedOver, n(s.carriedOver)),
            ("received", L.dsReceived, n(s.receivedInPeriod)),
            ("online", L.dsOnline, n(s.online)),
            ("online-rate", L.dsOnlineRate, s.onlineRate.formatted()),
            ("resolved", L.dsResolved, n(s.resolved)),
            ("early-on-time", L.dsEarlyOnTime, n(s.earlyOrOnTime)),
            ("late", L.dsLate, n(s.late)),
            ("rejected", L.dsRejected, n(s.rejected)),
            ("withdrawn", L.dsWithdrawn, n(s.withdrawn)),
            ("in-progress", L.dsInProgress, n(s.inProgress)),
            ("in-progress-late", L.dsInProgressLate, n(s.inProgressLate)),
            ("on-time-rate", L.dsOnTimeRate, s.onTimeRate.formatted()),
        ]
    }

    /// Decision 766's groups and components: rate, points earned of the maximum; a component
    /// without data says so instead of showing 0.
    static func serviceIndex(_ index: ServiceIndexScore) -> Node {
        func points(_ x: Double) -> String { VietnameseFormat.number(x, maxFractionDigits: 2) }
        return H.section(.aria("labelledby", "si-h"), .id("service-index")) {
            H.h2(.id("si-h")) { L.serviceIndexTitle }
            H.p { L.serviceIndexTotal(points(index.total), points(index.attainable)) }
            Components.tableWrap(label: L.serviceIndexTitle) {
                H.table {
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { L.serviceIndexComponent }
                            H.th(.scope("col"), .class("num")) { L.serviceIndexRate }
                            H.th(.scope("col"), .class("num")) { L.serviceIndexPoints }
                        }
                    }
                    H.tbody {
                        for group in index.groups {
                            H.tr(.class("group")) {
                                H.th(.scope("row")) { group.name }
                                H.td(.class("num")) { "" }
                                H.td(.class("num")) { L.serviceIndexOf(points(group.score), points(group.points)) }
                            }
                            for part in group.components {
                                H.tr(.data("component", part.code)) {
                                    H.td { part.name }
                                    H.td(.class("num")) {
                                        part.rate.map { VietnameseFormat.percent($0, maxFractionDigits: 1) } ?? L.serviceIndexNoData
                                    }
                                    H.td(.class("num")) {
                                        part.score.map { L.serviceIndexOf(points($0), points(part.points)) } ?? "—"
                                    }
                                }
                            }
                        }
                    }
                }
            }
            H.p(.class("muted")) { L.serviceIndexSource }
        }
    }

    static func lateByField(_ s: DossierStatistics) -> Node {
        H.section(.aria("labelledby", "lf-h")) {
            H.h2(.id("lf-h")) { L.lateByField }
            if s.lateByField.isEmpty {
                H.p(.class("muted")) { L.noLateDossiers }
            } else {
                H.ul(.id("late-by-field")) {
                    for (field, count) in s.lateByField.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                        H.li { "\(field): \(count)" }
                    }
                }
            }
        }
    }

    static func lateList(_ late: [LateDossier]) -> Node {
        H.section(.aria("labelledby", "ll-h")) {
            H.h2(.id("ll-h")) { L.lateDossiers }
            if late.isEmpty {
                H.p(.class("muted")) { L.noLateDossiers }
            } else {
                Components.tableWrap(label: L.lateDossiers) {
                    H.table(.id("late-dossiers")) {
                        H.thead {
                            H.tr {
                                H.th(.scope("col")) { L.dossierCode }
                                H.th(.scope("col")) { L.procedure }
                                H.th(.scope("col")) { L.procedureField }
                                H.th(.scope("col"), .class("num")) { L.daysLate }
                                H.th(.scope("col")) { L.lateReason }
                            }
                        }
                        H.tbody {
                            for d in late {
                                H.tr {
                                    H.td { d.code }
                                    H.td { d.procedureName.map { "\(d.procedureCode) – \($0)" } ?? d.procedureCode }
                                    H.td { d.field }
                                    H.td(.class("num")) { String(d.daysLate) }
                                    H.td { d.reason }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func errorSection(_ issues: [ImportIssue]) -> Node {
        H.section(.aria("labelledby", "err-h"), .id("upload-errors")) {
            H.h2(.id("err-h")) { L.previewTitle }
            H.p(.class("error"), .role("alert")) { L.dossierUploadFailed(issues.count) }
            Components.importIssues(issues)
        }
    }

    static func uploadForms(unit: AdministrativeUnit, period: ReportingPeriod, ctx: PageContext) -> Node {
        H.section(.aria("labelledby", "up-h"), .class("no-print")) {
            H.h2(.id("up-h")) { L.dossierUpload }
            H.p { L.dossierUploadIntro }
            for (kind, label) in [("procedures", L.uploadCatalogue), ("dossiers", L.uploadDossiers)] {
                H.form(.method("post"), .action(WebPath.dossiers(unit.code, period: period)), .enctype("multipart/form-data"),
                       .class("card"), .id("upload-\(kind)"), .data("upload", L.uploadProgress), .data("processing", L.uploadProcessing)) {
                    ctx.csrfField
                    H.input(.type("hidden"), .name("kind"), .value(kind))
                    H.div(.class("field")) {
                        H.label(.for("file-\(kind)")) { label }
                        H.input(.type("file"), .id("file-\(kind)"), .name("file"), .required,
                                .accept(".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    }
                    H.button(.type("submit")) { L.uploadButton }
                    // Shown by the script while a file goes up a slow connection; without it the form posts as usual.
                    H.progress(.id("progress-\(kind)"), .max("100"), .value("0"), .hidden)
                    H.p(.id("status-\(kind)"), .role("status"), .class("muted")) {}
                }
            }
        }
    }

    // MARK: province

    static func renderProvince(unit: AdministrativeUnit, period: ReportingPeriod, range: DayRange, model m: DossierProvinceModel,
                               errors: [ImportIssue]?, ctx: PageContext) -> Node {
        Layout.document(title: L.dossiersTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.dossiersTitle(unit.fullName) }
            H.p(.class("muted")) { L.dossierRange(period, range) }
            Components.periodPicker(action: WebPath.dossiers(unit.code), selected: period, frameworks: nil, framework: nil)
            if let errors { errorSection(errors) }
            H.form(.method("get"), .action(WebPath.dossiers(unit.code)), .class("filters")) {
                H.input(.type("hidden"), .name("period"), .value(period.description))
                H.label(.for("q")) { L.searchCommune }
                H.input(.type("search"), .id("q"), .name("q"), .value(m.query), .data("filter", "dossier-communes"),
                        .autocomplete("off"))
                H.label(.for("sort")) { L.sortBy }
                H.select(.id("sort"), .name("sort")) {
                    for s in DossierProvinceModel.Sort.allCases {
                        H.option(.value(s.rawValue), .when(s == m.sort, .selected)) { sortLabel(s) }
                    }
                }
                H.button(.type("submit")) { L.filter }
            }
            H.p(.class("muted"), .id("shown-count")) { L.communesShown(m.rows.count, m.communeCount) }
            Components.tableWrap(label: L.dossierByCommune) {
                H.table(.id("dossier-communes")) {
                    H.caption { L.dossierByCommune }
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { sortLink(.name, m, unit: unit.code, period: period) }
                            H.th(.scope("col"), .class("num")) { sortLink(.received, m, unit: unit.code, period: period) }
                            H.th(.scope("col"), .class("num")) { sortLink(.onlineRate, m, unit: unit.code, period: period) }
                            for h in [L.dsResolved, L.dsEarlyOnTime] { H.th(.scope("col"), .class("num")) { h } }
                            H.th(.scope("col"), .class("num")) { sortLink(.late, m, unit: unit.code, period: period) }
                            for h in [L.dsRejected, L.dsWithdrawn] { H.th(.scope("col"), .class("num")) { h } }
                            H.th(.scope("col"), .class("num")) { sortLink(.inProgress, m, unit: unit.code, period: period) }
                            H.th(.scope("col"), .class("num")) { sortLink(.onTimeRate, m, unit: unit.code, period: period) }
                            H.th(.scope("col"), .class("num")) { sortLink(.serviceIndex, m, unit: unit.code, period: period) }
                        }
                    }
                    H.tbody {
                        for row in m.rows {
                            H.tr(.id("dc-\(row.code)"), .data("name", row.name)) {
                                H.th(.scope("row")) {
                                    H.a(.href(WebPath.dossiers(row.code, period: period))) { row.name }
                                }
                                cells(row.statistics)
                                H.td(.class("num"), .data("service-index", row.serviceIndex.map { String($0) } ?? "")) {
                                    row.serviceIndex.map { VietnameseFormat.number($0, maxFractionDigits: 2) } ?? "—"
                                }
                            }
                        }
                    }
                    H.el("tfoot", []) {
                        H.tr(.id("dc-total")) {
                            H.th(.scope("row")) { L.grandTotal }
                            cells(m.total)
                            H.td(.class("num")) { "" }
                        }
                    }
                }
            }
        }
    }

    static func sortLabel(_ s: DossierProvinceModel.Sort) -> String {
        switch s {
        case .name: return L.commune
        case .received: return L.dsReceivedTotal
        case .onlineRate: return L.dsOnlineRate
        case .late: return L.dsLate
        case .inProgress: return L.dsInProgress
        case .onTimeRate: return L.dsOnTimeRate
        case .serviceIndex: return L.serviceIndexShort
        }
    }

    static func sortLink(_ s: DossierProvinceModel.Sort, _ m: DossierProvinceModel, unit: String, period: ReportingPeriod) -> Node {
        H.a(.href(WebPath.dossiers(unit, period: period, extra: ["sort": s.rawValue, "q": m.query])),
            s == m.sort ? .aria("sort", s == .name || s == .onlineRate || s == .onTimeRate ? "ascending" : "descending") : nil) {
            sortLabel(s) + (s == m.sort ? " ▾" : "")
        }
    }

    static func cells(_ s: DossierStatistics) -> Node {
        func n(_ v: Int) -> String { VietnameseFormat.number(Double(v)) }
        return Node.fragment([
            H.td(.class("num")) { n(s.receivedTotal) },
            H.td(.class("num")) { s.onlineRate.formatted() },
            H.td(.class("num")) { n(s.resolved) },
            H.td(.class("num")) { n(s.earlyOrOnTime) },
            H.td(.class("num")) { n(s.late) },
            H.td(.class("num")) { n(s.rejected) },
            H.td(.class("num")) { n(s.withdrawn) },
            H.td(.class("num")) { n(s.inProgress) },
            H.td(.class("num")) { s.onTimeRate.formatted() },
        ])
    }
}
