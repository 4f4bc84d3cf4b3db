import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// Upload an old report, see every figure read beside the line it came from and how sure the
/// match is, correct a wrong match or value (or leave a figure out), then save: the same
/// `ReportIngestService` as the API and the CLI. The file travels to the save step inside the
/// form and is read again there, so what is stored is what the same reader found, plus the
/// corrections shown.
enum ReportIngestPage {
    // MARK: query

    static func context(_ req: Request) async throws -> (Principal, AdministrativeUnit) {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        guard unit.level == .commune, AccessPolicy.canManageCommune(p, unitCode: code) else {
            throw AppError.forbidden("only the commune's admin reads old reports in")
        }
        return (p, unit)
    }

    static func handle(_ req: Request) async throws -> Response {
        let (_, unit) = try await context(req)
        return WebResponse.page(render(IngestPageModel(unit: unit), ctx: PageContext(req, active: .reportIngest)))
    }

    struct Upload: Content {
        var file: File?
        var period: String?
        var kind: String?
    }

    static func preview(_ req: Request) async throws -> Response {
        let (p, unit) = try await context(req)
        let upload = try req.content.decode(Upload.self)
        var model = IngestPageModel(unit: unit)
        guard let file = upload.file, file.data.readableBytes > 0 else {
            model.error = L.noFile
            return WebResponse.page(render(model, ctx: PageContext(req, active: .reportIngest)), status: .unprocessableEntity)
        }
        let request = ReportIngestService.Request(unitCode: unit.code, data: Data(buffer: file.data), fileName: file.filename,
                                                  period: try upload.period.flatMap { $0.isEmpty ? nil : try ReportingPeriod.required($0) },
                                                  kindCode: upload.kind.flatMap { $0.isEmpty ? nil : $0 })
        return try await respond(req, request: request, principal: p, unit: unit, corrections: nil)
    }

    static func save(_ req: Request) async throws -> Response {
        let (p, unit) = try await context(req)
        let form = try req.content.decode([String: String].self)
        guard let data = form["data"].flatMap({ Data(base64Encoded: $0) }), !data.isEmpty else {
            throw AppError(.invalid, code: .fileEmpty, message: "no file", vietnamese: L.noFile)
        }
        let request = ReportIngestService.Request(unitCode: unit.code, data: data, fileName: form["file_name"] ?? "bao-cao",
                                                  period: try form["period"].flatMap { $0.isEmpty ? nil : try ReportingPeriod.required($0) },
                                                  kindCode: form["kind"].flatMap { $0.isEmpty ? nil : $0 })
        return try await respond(req, request: request, principal: p, unit: unit, corrections: form)
    }

    /// Reads the file; with `corrections` (the save form) applies them and stores, or shows why not.
    static func respond(_ req: Request, request: ReportIngestService.Request, principal: Principal,
                        unit: AdministrativeUnit, corrections: [String: String]?) async throws -> Response {
        let ctx = PageContext(req, active: .reportIngest)
        var model = IngestPageModel(unit: unit)
        model.kinds = try await req.reportService.kinds(for: unit).map { ($0.code, $0.name) }
        let service = req.ingestService
        let read: (report: IngestedReport, text: String)
        do {
            read = try await service.readDocument(request, actor: principal)
        } catch let e as AppError where e.kind == .invalid || e.kind == .unavailable || e.kind == .notFound {
            model.error = e.vietnamese
            return WebResponse.page(render(model, ctx: ctx), status: e.kind == .unavailable ? .serviceUnavailable : .unprocessableEntity)
        }
        let indicators = try await req.store.indicators(unitCode: unit.code)
        model.load(read.report, text: read.text, indicators: indicators, file: request.data, fileName: request.fileName)
        guard let corrections else { return WebResponse.page(render(model, ctx: ctx)) }
        var report = read.report
        let applied = IngestPageModel.apply(corrections, to: report.figures, known: Set(indicators.map(\.code)))
        if !applied.problems.isEmpty {
            model.error = applied.problems.joined(separator: " ")
            return WebResponse.page(render(model, ctx: ctx), status: .unprocessableEntity)
        }
        report.figures = applied.figures
        do {
            _ = try await service.save(report, fileName: request.fileName, actor: principal)
        } catch let e as AppError where e.kind == .invalid {
            model.error = ([e.vietnamese] + e.issues.map { "Dòng \($0.row): \($0.message)" }).joined(separator: " ")
            return WebResponse.page(render(model, ctx: ctx), status: .unprocessableEntity)
        }
        let period = report.period.flatMap { try? ReportingPeriod(parsing: $0) }
        return WebResponse.seeOther(WebPath.reports(unit.code, kind: report.kind, period: period, extra: ["saved": "1"]))
    }

    // MARK: view

    static func render(_ m: IngestPageModel, ctx: PageContext) -> Node {
        Layout.document(title: L.ingestTitle(m.unit.fullName), ctx: ctx) {
            H.h1 { L.ingestTitle(m.unit.fullName) }
            H.p { L.ingestIntro }
            if let error = m.error { H.p(.class("error"), .role("alert"), .id("ingest-error")) { error } }
            if m.encoded != nil { previewSection(m, ctx: ctx) }
            H.form(.method("post"), .action(WebPath.reportIngest(m.unit.code)), .enctype("multipart/form-data"), .class("card")) {
                ctx.csrfField
                H.div(.class("field")) {
                    H.label(.for("file")) { L.ingestChooseFile }
                    H.input(.type("file"), .id("file"), .name("file"), .required,
                            .accept(".docx,.pdf,.txt,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                }
                H.div(.class("field")) {
                    H.label(.for("period")) { L.ingestPeriodOptional }
                    H.input(.type("text"), .id("period"), .name("period"), .placeholder("2025-Q3"), .maxlength(16))
                }
                H.div(.class("field")) {
                    H.label(.for("kind")) { L.reportKind }
                    H.select(.id("kind"), .name("kind")) {
                        H.option(.value("")) { L.ingestKindAuto }
                        for k in m.kinds { H.option(.value(k.code)) { k.name } }
                    }
                }
                H.button(.type("submit")) { L.ingestRead }
            }
        }
    }

    /// Every figure read, with its line, the indicator it was matched to and the value, each correctable.
    static func figuresTable(_ m: IngestPageModel) -> Node {
        DataTable(rows: m.rows, columns: [
            .init(L.ingestKeep) { r in
                H.input(.type("checkbox"), .name("keep_\(r.index)"), .value("1"), .checked,
                        .aria("label", L.ingestKeepLabel(r.line)))
            },
            .init(L.ingestSourceLine) { r in
                H.span(.class("muted")) { L.ingestLine(r.line) }
                H.br()
                H.span(.class("source")) { "“\(r.sourceLine)”" }
            },
            .init(L.indicatorColumn) { r in
                H.select(.name("code_\(r.index)"), .aria("label", L.ingestMatchLabel(r.line))) {
                    for o in m.indicatorOptions {
                        H.option(.value(o.code), .when(o.code == r.code, .selected)) { "\(o.code) – \(Components.short(o.name, 70))" }
                    }
                }
                H.br()
                if r.restored { r.text } else { H.span(.class("muted")) { L.ingestAsRead(r.text) } }
                if let extra = r.detail { H.br(); H.span(.class("muted")) { extra } }
            },
            .init(L.valueColumn, .numeric) { r in
                H.input(.type("text"), .name("value_\(r.index)"), .value(r.value), .maxlength(20),
                        .aria("label", L.ingestValueLabel(r.line)))
            },
            .init(L.ingestConfidence, .numeric) { $0.confidence },
        ], id: "ingest-figures", label: L.ingestFiguresCaption, rowAttributes: { [.id("fig-\($0.index)")] }).node
    }

    static func previewSection(_ m: IngestPageModel, ctx: PageContext) -> Node {
        H.section(.aria("labelledby", "ig-h"), .id("ingest-preview")) {
            H.h2(.id("ig-h")) { L.ingestPreviewTitle }
            H.dl(.class("facts")) {
                H.dt { L.reportKind }
                H.dd { m.kindName ?? L.ingestNotFound }
                H.dt { L.period }
                H.dd { m.periodName ?? L.ingestNotFound }
                H.dt { L.reportNumber }
                H.dd { m.number ?? L.notNumbered }
                H.dt { L.reportDate }
                H.dd { m.date ?? L.ingestNotFound }
            }
            H.form(.method("post"), .action(WebPath.reportIngestSave(m.unit.code))) {
                ctx.csrfField
                H.input(.type("hidden"), .name("data"), .value(m.encoded ?? ""))
                H.input(.type("hidden"), .name("file_name"), .value(m.fileName))
                H.input(.type("hidden"), .name("period"), .value(m.period ?? ""))
                H.input(.type("hidden"), .name("kind"), .value(m.kindCode ?? ""))
                H.h3 { L.ingestFigures(m.rows.count) }
                if m.rows.isEmpty { H.p { L.ingestNoFigures } } else {
                    figuresTable(m)
                }
                if !m.dossierRows.isEmpty {
                    H.h3 { L.ingestDossiers }
                    H.ul(.id("ingest-dossiers")) {
                        for d in m.dossierRows { H.li { d } }
                    }
                }
                H.h3 { L.ingestSections(m.sections.count) }
                H.ul(.id("ingest-sections")) {
                    for s in m.sections {
                        H.li {
                            H.strong { s.heading }
                            " → "
                            s.target
                            if !s.hasDiacritics { " "; H.span(.class("muted")) { L.ingestNoDiacritics } }
                        }
                    }
                }
                if !m.unmatched.isEmpty {
                    H.details {
                        H.summary { L.ingestUnmatched(m.unmatched.count) }
                        H.ul { for u in m.unmatched { H.li { u } } }
                    }
                }
                H.button(.type("submit"), .id("save-ingest")) { L.ingestSave }
            }
        }
    }
}

/// What the page shows: pure, built from what was read.
struct IngestPageModel {
    struct Row {
        var index: Int
        var line: Int
        var sourceLine: String
        var code: String
        var text: String
        var restored: Bool
        var value: String
        var confidence: String
        var detail: String?
    }

    struct Section {
        var heading: String
        var target: String
        var hasDiacritics: Bool
    }

    var unit: AdministrativeUnit
    var error: String?
    var kinds: [(code: String, name: String)] = []
    var encoded: String?
    var fileName = ""
    var period: String?
    var periodName: String?
    var kindCode: String?
    var kindName: String?
    var number: String?
    var date: String?
    var rows: [Row] = []
    var indicatorOptions: [(code: String, name: String)] = []
    var dossierRows: [String] = []
    var sections: [Section] = []
    var unmatched: [String] = []

    init(unit: AdministrativeUnit) {
        self.unit = unit
    }

    mutating func load(_ report: IngestedReport, text: String, indicators: [Indicator], file: Data, fileName: String) {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        func line(_ n: Int) -> String { n >= 1 && n <= lines.count ? VietnameseText.normalized(lines[n - 1]) : "" }
        let kinds = Dictionary(indicators.map { ($0.code, $0.unitKind) }, uniquingKeysWith: { a, _ in a })
        encoded = file.base64EncodedString()
        self.fileName = fileName
        period = report.period
        periodName = report.period.flatMap { try? ReportingPeriod(parsing: $0) }?.vietnameseName
        kindCode = report.kind
        kindName = kinds_(report.kind)
        number = report.number
        date = report.date.flatMap(DocumentDateText.storage).map(\.text)
        indicatorOptions = indicators.filter { $0.unitKind != .text }.map { ($0.code, $0.name) }
        rows = report.figures.enumerated().map { i, f in
            var detail: [String] = []
            if let t = f.target { detail.append("Mục tiêu: \(t)") }
            if let v = f.verdict { detail.append("Đánh giá: \(v)") }
            if let c = f.cause { detail.append("Nguyên nhân: \(c)") }
            return Row(index: i, line: f.line, sourceLine: line(f.line), code: f.indicatorCode, text: f.text, restored: f.restored,
                       value: MeasuredValue(number: f.value, approximate: f.approximate).formatted(unitKind: kinds[f.indicatorCode] ?? .count),
                       confidence: VietnameseFormat.percent(f.confidence * 100, maxFractionDigits: 0),
                       detail: detail.isEmpty ? nil : detail.joined(separator: " · "))
        }
        let labels = ["received_total": "Tổng số hồ sơ tiếp nhận", "online": "Hồ sơ trực tuyến", "direct": "Hồ sơ trực tiếp",
                      "resolved": "Hồ sơ đã giải quyết", "early": "Trước hạn", "on_time": "Đúng hạn", "late": "Quá hạn",
                      "withdrawn": "Rút", "rejected": "Từ chối", "in_progress": "Đang giải quyết"]
        dossierRows = report.dossierFigures.stated.map { "\(labels[$0.key] ?? $0.key): \(VietnameseFormat.count($0.value))" }
        sections = report.sections.map {
            Section(heading: $0.heading, target: $0.section ?? L.ingestNoSection, hasDiacritics: $0.hasDiacritics)
        }
        unmatched = report.unmatched.map { L.ingestLine($0.line) + ": " + $0.text }

        func kinds_(_ code: String?) -> String? {
            guard let code else { return nil }
            return self.kinds.first { $0.code == code }?.name ?? code
        }
    }

    /// The save form's corrections: `keep_i` unticked drops figure i, `code_i` re-matches it,
    /// `value_i` corrects it ("~15%", "36,7").
    static func apply(_ form: [String: String], to figures: [RecoveredFigure], known: Set<String>)
        -> (figures: [RecoveredFigure], problems: [String]) {
        var out: [RecoveredFigure] = []
        var problems: [String] = []
        for (i, f) in figures.enumerated() where form["keep_\(i)"] != nil {
            var g = f
            if let code = form["code_\(i)"], !code.isEmpty, code != f.indicatorCode {
                guard known.contains(code) else {
                    problems.append(L.ingestUnknownCode(code, line: f.line))
                    continue
                }
                g.indicatorCode = code
                g.restored = false
                g.confidence = 1
            }
            if let text = form["value_\(i)"] {
                guard let v = MeasuredValue.parse(text) else {
                    problems.append(L.ingestBadValue(text, line: f.line))
                    continue
                }
                g.value = v.number
                g.approximate = v.approximate
            }
            out.append(g)
        }
        // One figure per indicator: two rows re-matched to the same one cannot both be kept.
        let codes = out.map(\.indicatorCode)
        for code in Set(codes) where codes.filter({ $0 == code }).count > 1 { problems.append(L.ingestDuplicate(code)) }
        return (out, problems)
    }
}
