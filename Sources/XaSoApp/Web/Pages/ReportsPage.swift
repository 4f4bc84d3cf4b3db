import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// A commune's reports: choose kind and period, read the preview, download DOCX/PDF, and (commune
/// admin) fill in the number, date, signer and the narrative paragraphs. Saving goes through
/// `store.saveReport`, which refuses anyone else exactly as the API does.
enum ReportsPage {
    static func handle(_ req: Request) async throws -> Response {
        try await respond(req, form: nil, error: nil)
    }

    /// What the editor shows: stored values, or what was just submitted when it was refused.
    struct Form {
        var number = ""
        var date = ""
        var signer = ""
        var viceChairman = false
        /// The indicator table's framework; empty: the kind's default.
        var framework = ""
        /// Narrative paragraph id → text.
        var texts: [String: String] = [:]

        init() {}

        init(_ p: ReportService.Prepared) {
            number = p.saved.number.map(String.init) ?? ""
            date = p.saved.date.map(DocumentDateText.text) ?? ""
            signer = p.saved.signature?.signerName ?? ""
            viceChairman = p.saved.signature.map { $0 == .viceChairman($0.signerName) } ?? false
            framework = p.saved.framework ?? ""
            texts = p.report.narrativeTexts
        }
    }

    struct Selection {
        /// As asked for: may name no kind, which `prepare` then reports.
        var kindCode: String?
        var kind: ReportKindDefinition?
        var period: ReportingPeriod
    }

    static func respond(_ req: Request, form submitted: Form?, error: String?) async throws -> Response {
        let code = try req.parameter("code")
        let principal = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        let kinds = try await req.reportService.kinds(for: unit)
        let selection = try await select(req, unit: code, kinds: kinds)
        var page = try await query(unit: unit, kinds: kinds, selection: selection, actor: principal,
                                   service: req.reportService, store: req.store)
        if let submitted { page.form = submitted }
        page.error = error ?? page.error
        page.canEdit = AccessPolicy.canEditReports(principal, unitCode: code, isProvince: unit.level == .province)
        page.pdfAvailable = req.application.reportPDFConverter.isAvailable
        let notice = req.query[String.self, at: "saved"] != nil ? L.reportSaved
            : req.query[Int.self, at: "copied"].flatMap { n in
                req.query[String.self, at: "from"].flatMap { try? ReportingPeriod(parsing: $0) }
                    .map { L.copiedFromPrevious($0, copied: n) }
            }
        return WebResponse.page(render(page, ctx: PageContext(req, active: .reports, notice: notice)),
                                status: page.error == nil ? .ok : .unprocessableEntity)
    }

    /// The report asked for, prepared (or why it cannot be), with the unit's saved reports; the form
    /// holds what is stored.
    static func query(unit: AdministrativeUnit, kinds: [ReportKindDefinition], selection: Selection, actor: Principal,
                      service: ReportService, store: some ReportStorage & FrameworkStorage) async throws -> Page {
        var problem: String?
        var prepared: ReportService.Prepared?
        if let kindCode = selection.kindCode {
            do {
                prepared = try await service.prepare(unitCode: unit.code, kindCode: kindCode, period: selection.period,
                                                     actor: actor)
            } catch let e as AppError where e.kind == .invalid || e.kind == .notFound {
                problem = e.vietnamese
            }
        }
        let saved = try await store.savedReports(unitCode: unit.code, actor: actor)
        return Page(unit: unit, kinds: kinds, selection: selection, prepared: prepared,
                    form: prepared.map(Form.init) ?? Form(), saved: saved, canEdit: false, pdfAvailable: false,
                    error: problem, frameworks: try await store.frameworks().filter { !$0.code.hasPrefix("XS-") })
    }

    /// The kind and period in the address; a kind without a period opens on the latest period of its
    /// length that has ended by the commune's latest quarter with figures.
    static func select(_ req: Request, unit: String, kinds: [ReportKindDefinition]) async throws -> Selection {
        let kindCode = req.query[String.self, at: "kind"].flatMap { $0.isEmpty ? nil : $0 }
        let kind = kindCode.flatMap { code in kinds.first { $0.code == code } }
        if let period = try req.webPeriod() { return Selection(kindCode: kindCode, kind: kind, period: period) }
        let latest = try await DefaultPeriod.latest(units: [unit], on: req.db)
        guard let kind, !kind.periodKinds.contains(latest.kind) else {
            return Selection(kindCode: kindCode, kind: kind, period: latest)
        }
        let fitting = PeriodChoices.around(latest).filter { kind.periodKinds.contains($0.kind) }
        let period = fitting.first { $0.calendarRange.to <= latest.calendarRange.to } ?? fitting.first ?? latest
        return Selection(kindCode: kindCode, kind: kind, period: period)
    }

    struct Page {
        var unit: AdministrativeUnit
        var kinds: [ReportKindDefinition]
        var selection: Selection
        var prepared: ReportService.Prepared?
        var form: Form
        var saved: [SavedReport]
        var canEdit: Bool
        var pdfAvailable: Bool
        var error: String?
        /// The frameworks an indicator table may read (issue #11: the framework is a choice on the page).
        var frameworks: [IndicatorFramework] = []
    }

    static func render(_ m: Page, ctx: PageContext) -> Node {
        Layout.document(title: L.reportsTitle(m.unit.fullName), ctx: ctx) {
            H.h1 { L.reportsTitle(m.unit.fullName) }
            if let error = m.error { H.p(.class("error"), .role("alert"), .id("report-error")) { error } }
            chooser(m)
            if let p = m.prepared {
                ReportEditorView.render(p, page: m, ctx: ctx)
            } else if m.selection.kindCode == nil {
                H.p(.class("muted")) { L.chooseReport }
            }
            savedList(m)
        }
    }

    static func chooser(_ m: Page) -> Node {
        H.form(.method("get"), .action(WebPath.reports(m.unit.code)), .class("picker"), .id("report-chooser")) {
            H.label(.for("kind")) { L.reportKind }
            H.select(.id("kind"), .name("kind")) {
                for k in m.kinds {
                    H.option(.value(k.code), .when(k.code == m.selection.kindCode, .selected)) { k.name }
                }
            }
            H.label(.for("period")) { L.period }
            H.select(.id("period"), .name("period")) {
                for p in PeriodChoices.around(m.selection.period) {
                    H.option(.value(p.description), .when(p == m.selection.period, .selected)) { L.periodTitle(p) }
                }
            }
            H.button(.type("submit")) { L.openReport }
        }
    }

    static func savedList(_ m: Page) -> Node {
        H.section(.aria("labelledby", "saved-h"), .id("saved-reports")) {
            H.h2(.id("saved-h")) { L.savedReports }
            if m.saved.isEmpty {
                H.p(.class("muted")) { L.noSavedReports }
            } else {
                H.ul {
                    for r in m.saved {
                        H.li {
                            H.a(.href(WebPath.reports(m.unit.code, kind: r.kindCode, period: r.period))) {
                                "\(m.kinds.first { $0.code == r.kindCode }?.name ?? r.kindCode) – \(L.periodTitle(r.period))"
                            }
                            " · \(L.reportNumberShort) \(r.number.map(String.init) ?? L.notNumbered) · \(L.narrativeEdits(r.overrides.count))"
                        }
                    }
                }
            }
        }
    }

    // MARK: saving

    static func save(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let actor = try req.webPrincipal
        let fields = try req.content.decode([String: String].self)
        let t = try ReportDocumentRoutes.target(req)
        let (kindCode, period) = (t.kindCode, t.period)
        let service = req.reportService
        var form = Form()
        form.number = fields["number"] ?? ""
        form.date = fields["date"] ?? ""
        form.signer = fields["signer"] ?? ""
        form.viceChairman = fields["signer_role"] == "vice_chairman"
        form.framework = fields["framework"] ?? ""
        for (key, id) in fields where key.hasPrefix("id") {
            form.texts[id] = fields["text" + key.dropFirst(2)] ?? ""
        }
        do {
            let prepared = try await service.prepare(unitCode: code, kindCode: kindCode, period: period, actor: actor)
            let change = try ReportEditorForm.change(form, prepared: prepared)
            _ = try await req.store.saveReport(unitCode: code, kindCode: kindCode, period: period, change: change, actor: actor)
        } catch let e as AppError where e.kind == .invalid {
            return try await respond(req, form: form, error: e.vietnamese)
        }
        return WebResponse.seeOther(WebPath.reports(code, kind: kindCode, period: period, extra: ["saved": "1"]))
    }

    static func startFromPrevious(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let actor = try req.webPrincipal
        let t = try ReportDocumentRoutes.target(req)
        let (kindCode, period) = (t.kindCode, t.period)
        do {
            let result = try await req.reportService.startFromPrevious(unitCode: code, kindCode: kindCode, period: period,
                                                                       actor: actor)
            return WebResponse.seeOther(WebPath.reports(code, kind: kindCode, period: period,
                                                        extra: ["copied": String(result.copied.count),
                                                                "from": result.previousPeriod.description]))
        } catch let e as AppError where e.kind == .invalid || e.kind == .notFound {
            return try await respond(req, form: nil, error: e.vietnamese)
        }
    }
}
