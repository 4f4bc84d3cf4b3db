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
        /// Chosen by the page's script so it can ask how far the server has come (`DossierUploadProgress`).
        var progressToken: String?

        enum CodingKeys: String, CodingKey {
            case kind, file
            case progressToken = "progress_token"
        }
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
                defer { DossierUploadProgress.finish(req, token: form.progressToken) }
                summary = try await DossierService.importDossiers(.data(data), unitCode: code, actor: actor, store: req.store,
                                                                  progress: try DossierUploadProgress.reporter(req, token: form.progressToken))
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
        let actor = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        let model = try await query(
            unit: unit, period: try period(req),
            sort: req.query[String.self, at: "sort"].flatMap(DossierProvinceModel.Sort.init(rawValue:)) ?? .name,
            search: req.query[String.self, at: "q"] ?? "", store: req.store)
        let ctx = PageContext(req, active: .dossiers, notice: notice(req))
        let status: HTTPStatus = errors == nil ? .ok : .unprocessableEntity
        switch model {
        case .province(let p):
            return WebResponse.page(renderProvince(unit: unit, period: p.period, range: p.range, model: p.table,
                                                   errors: errors, ctx: ctx), status: status)
        case .commune(var c):
            c.mayImport = mayImport(actor, unitCode: code)
            c.errors = errors
            return WebResponse.page(view(c, ctx: ctx), status: status)
        }
    }

    /// A commune's dossiers or a province's table of its communes, for the period's cut-off range.
    enum Model {
        case commune(CommuneModel)
        case province(ProvinceModel)
    }

    struct CommuneModel {
        var unit: AdministrativeUnit
        var period: ReportingPeriod
        var stats: DossierStatistics
        var late: [LateDossier]
        var index: ServiceIndexScore?
        var errors: [ImportIssue]? = nil
        var mayImport = false
        /// The period picker offers periods up to this day.
        var today = LocalDay(date: Date())
    }

    struct ProvinceModel {
        var period: ReportingPeriod
        var range: DayRange
        var table: DossierProvinceModel
    }

    static func query(unit: AdministrativeUnit, period: ReportingPeriod, sort: DossierProvinceModel.Sort, search: String,
                      store: any AppStorage) async throws -> Model {
        let code = unit.code
        let range = period.cutOffRange
        switch try await DossierService.statistics(unitCode: code, range: range, store: store) {
        case .province(let rollUp):
            let names = Dictionary(try await store.children(of: code).map { ($0.code, $0.fullName) }, uniquingKeysWith: { a, _ in a })
            let index = try await ServiceIndexService.scores(unitCodes: rollUp.units.map(\.unitCode), period: period,
                                                             model: try ServiceIndexModel.official(), store: store)
            let table = DossierProvinceModel.build(rollUp: rollUp, names: names, serviceIndex: index.mapValues(\.total),
                                                   sort: sort, query: search)
            return .province(ProvinceModel(period: period, range: rollUp.range, table: table))
        case .commune(let stats):
            let late = try await store.lateDossiers(unitCode: code, range: range)
            let index = try await ServiceIndexService.scores(unitCodes: [code], period: period,
                                                             model: try ServiceIndexModel.official(), store: store)[code]
            return .commune(CommuneModel(unit: unit, period: period, stats: stats, late: late, index: index))
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

    static func view(_ m: CommuneModel, ctx: PageContext) -> Node {
        let unit = m.unit, period = m.period
        return Layout.document(title: L.dossiersTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.dossiersTitle(unit.fullName) }
            H.p(.class("muted")) { L.dossierRange(period, period.cutOffRange) }
            Components.periodPicker(action: WebPath.dossiers(unit.code), selected: period, frameworks: nil, framework: nil,
                                    today: m.today)
            if let errors = m.errors { errorSection(errors) }
            summary(m.stats)
            lateByField(m.stats)
            lateList(m.late)
            if let index = m.index { serviceIndex(index) }
            if m.mayImport { uploadForms(unit: unit, period: period, ctx: ctx) }
        }
    }

    static func summary(_ s: DossierStatistics) -> Node {
        H.section(.aria("labelledby", "ds-h")) {
            H.h2(.id("ds-h")) { L.dossierSummary }
            DataTable(rows: rows(s), columns: [
                .init(L.dossierItem, rowHeader: true) { $0.1 },
                .init(L.dossierCount, .numeric) { $0.2 },
            ], id: "dossier-stats", label: L.dossierSummary, rowAttributes: { [.id("ds-\($0.0)")] }).node
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
            DataTable(rows: serviceIndexLines(index), columns: [
                DataTable<ServiceIndexLine>.Column(header: [.text(L.serviceIndexComponent)]) { line -> DataTable<ServiceIndexLine>.Cell? in
                    switch line {
                    case .group(let g): return DataTable<ServiceIndexLine>.Cell(attributes: [.scope("row")], content: [.text(g.name)],
                                                                                isHeader: true)
                    case .component(let c): return DataTable<ServiceIndexLine>.Cell(attributes: [], content: [.text(c.name)])
                    }
                },
                .init(L.serviceIndexRate, .numeric) { line in
                    if case .component(let part) = line {
                        part.rate.map { VietnameseFormat.percent($0, maxFractionDigits: 1) } ?? L.serviceIndexNoData
                    } else {
                        ""
                    }
                },
                .init(L.serviceIndexPoints, .numeric) { line in
                    switch line {
                    case .group(let g): L.serviceIndexOf(points(g.score), points(g.points))
                    case .component(let part): part.score.map { L.serviceIndexOf(points($0), points(part.points)) } ?? "—"
                    }
                },
            ], label: L.serviceIndexTitle, rowAttributes: { line in
                switch line {
                case .group: return [.class("group")]
                case .component(let c): return [.data("component", c.code)]
                }
            }).node
            H.p(.class("muted")) { L.serviceIndexSource }
        }
    }

    /// The service index table's lines: each group, then its components.
    enum ServiceIndexLine {
        case group(ServiceIndexScore.GroupScore)
        case component(ServiceIndexScore.ComponentScore)
    }

    static func serviceIndexLines(_ index: ServiceIndexScore) -> [ServiceIndexLine] {
        index.groups.flatMap { g in [.group(g)] + g.components.map { .component($0) } }
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
                DataTable(rows: late, columns: [
                    .init(L.dossierCode) { $0.code },
                    .init(L.procedure) { d in d.procedureName.map { "\(d.procedureCode) – \($0)" } ?? d.procedureCode },
                    .init(L.procedureField) { $0.field },
                    .init(L.daysLate, .numeric) { String($0.daysLate) },
                    .init(L.lateReason) { $0.reason },
                ], id: "late-dossiers", label: L.lateDossiers).node
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
                       .class("card"), .id("upload-\(kind)"), .data("upload", L.uploadProgress), .data("processing", L.uploadProcessing),
                       kind == "dossiers" ? .data("progress", WebPath.dossierProgress(unit.code)) : nil) {
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
                               errors: [ImportIssue]?, today: LocalDay = LocalDay(date: Date()), ctx: PageContext) -> Node {
        Layout.document(title: L.dossiersTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.dossiersTitle(unit.fullName) }
            H.p(.class("muted")) { L.dossierRange(period, range) }
            Components.periodPicker(action: WebPath.dossiers(unit.code), selected: period, frameworks: nil, framework: nil,
                                    today: today)
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
            communesTable(m, unit: unit.code, period: period)
        }
    }

    static func communesTable(_ m: DossierProvinceModel, unit: String, period: ReportingPeriod) -> Node {
        typealias Column = DataTable<DossierProvinceModel.Row>.Column
        func n(_ v: Int) -> String { VietnameseFormat.number(Double(v)) }
        func sorted(_ s: DossierProvinceModel.Sort, _ text: @escaping (DossierStatistics) -> String) -> Column {
            Column(header: [sortLink(s, m, unit: unit, period: period)], .numeric) { text($0.statistics) }
        }
        func plain(_ header: String, _ text: @escaping (DossierStatistics) -> String) -> Column {
            Column(header, .numeric) { text($0.statistics) }
        }
        let columns: [Column] = [
            Column(header: [sortLink(.name, m, unit: unit, period: period)], rowHeader: true) { row in
                H.a(.href(WebPath.dossiers(row.code, period: period))) { row.name }
            },
            sorted(.received) { n($0.receivedTotal) },
            sorted(.onlineRate) { $0.onlineRate.formatted() },
            plain(L.dsResolved) { n($0.resolved) },
            plain(L.dsEarlyOnTime) { n($0.earlyOrOnTime) },
            sorted(.late) { n($0.late) },
            plain(L.dsRejected) { n($0.rejected) },
            plain(L.dsWithdrawn) { n($0.withdrawn) },
            sorted(.inProgress) { n($0.inProgress) },
            sorted(.onTimeRate) { $0.onTimeRate.formatted() },
            Column(header: [sortLink(.serviceIndex, m, unit: unit, period: period)], .numeric,
                   attributes: { [.data("service-index", $0.serviceIndex.map { String($0) } ?? "")] }) { row in
                row.serviceIndex.map { VietnameseFormat.number($0, maxFractionDigits: 2) } ?? "—"
            },
        ]
        return DataTable(rows: m.rows, columns: columns, id: "dossier-communes", caption: L.dossierByCommune,
                         label: L.dossierByCommune, rowAttributes: { [.id("dc-\($0.code)"), .data("name", $0.name)] },
                         foot: [H.tr(.id("dc-total")) {
                             H.th(.scope("row")) { L.grandTotal }
                             cells(m.total)
                             H.td(.class("num")) { "" }
                         }]).node
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
