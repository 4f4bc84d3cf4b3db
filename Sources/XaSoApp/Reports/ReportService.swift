import Foundation
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// Builds a commune's report from storage: the unit, the kind (built-in or the province's own),
/// the figures judged against their targets, earlier periods for trend charts, and what people
/// saved (number, date, signer, recipients, narrative). The API, the CLI and the benchmark all
/// go through here.
struct ReportService: Sendable {
    let store: any AppStorage
    var extras: ReportExtras
    var pdf: PDFConverter

    /// Periods a trend chart shows: this one and up to four before it.
    static let trendLength = 5
    /// The framework indicator parts read when neither the report nor its kind names one: the
    /// national strategy's digital-society indicators, as in the quarterly reference.
    static let defaultFramework = "CL411"

    static let indicatorGenerators: Set<ReportGenerator> = [
        .indicatorTable, .indicatorSummary, .verdictChart, .trendCharts, .achievements, .limitations, .targets,
        .keyFigures, .direction2030,
    ]
    static let dossierGenerators: Set<ReportGenerator> = [.dossierResults, .dossierLimitations, .dossierLevels, .keyFigures]
    static let planGenerators: Set<ReportGenerator> = [.planSummary, .planOverdue, .planTasks, .planPillars]

    /// A report built and ready to render, with what it was built from.
    struct Prepared: Sendable {
        var kind: ReportKindDefinition
        var unit: AdministrativeUnit
        var saved: SavedReport
        var input: ReportInput
        /// The report as generated, before people's edits: its ids are what edits may target.
        var draft: OfficialReport
        /// The report with the edits laid over it.
        var report: OfficialReport
        /// Saved edits whose paragraph no longer exists.
        var unmatchedOverrides: [String]
    }

    // MARK: kinds

    /// The built-in kinds and those of the unit's province, with the framework each reads.
    func registry(unitCode: String?) async throws -> (registry: ReportKindRegistry, frameworks: [String: String]) {
        guard let unitCode, let province = try await store.provinceCode(of: unitCode) else {
            return (.builtIn, [:])
        }
        let custom = try await store.reportKinds(provinceCode: province)
        var frameworks: [String: String] = [:]
        for kind in custom { frameworks[kind.definition.code] = kind.framework }
        return (try ReportKindRegistry.builtIn.adding(custom.map(\.definition)), frameworks)
    }

    /// The kinds a unit issues: a commune's for a commune, the province's reports on its communes for a province.
    func kinds(for unit: AdministrativeUnit) async throws -> [ReportKindDefinition] {
        guard unit.level != .village else { return [] }
        return try await registry(unitCode: unit.code).registry.kinds.filter { $0.unitLevel == unit.level }
    }

    /// The unit (a commune, or a province for a province's kind), the kind (which must be written
    /// for periods like `period`) and the frameworks of the province's own kinds.
    func resolve(unitCode: String, kindCode: String, period: ReportingPeriod) async throws
        -> (unit: AdministrativeUnit, kind: ReportKindDefinition, frameworks: [String: String]) {
        let unit = try await store.requireUnit(unitCode)
        guard unit.level == .commune || unit.level == .province else {
            throw AppError(.invalid, code: .reportUnitNotCommune,
                           message: "reports are issued by a commune, ward or special zone, or by a province; '\(unitCode)' is a \(unit.level.rawValue)",
                           vietnamese: "Báo cáo do xã, phường, đặc khu hoặc tỉnh, thành phố lập; \(unit.fullName) không thuộc cấp này.")
        }
        let (kinds, frameworks) = try await registry(unitCode: unitCode)
        let kind = try kinds.kind(kindCode)
        guard kind.unitLevel == unit.level else {
            if unit.level == .province {
                throw AppError(.invalid, code: .reportUnitNotCommune,
                               message: "report kind '\(kind.code)' is issued by a commune, ward or special zone; '\(unitCode)' is a province",
                               vietnamese: "Loại báo cáo “\(kind.name)” do xã, phường, đặc khu lập; \(unit.fullName) không phải cấp xã.")
            }
            throw AppError(.invalid, code: .reportUnitNotProvince,
                           message: "report kind '\(kind.code)' is issued by a province; '\(unitCode)' is a \(unit.level.rawValue)",
                           vietnamese: "Loại báo cáo “\(kind.name)” do tỉnh, thành phố lập; \(unit.fullName) không phải tỉnh, thành phố.")
        }
        guard kind.periodKinds.contains(period.kind) else {
            let allowed = kind.periodKinds.map(\.rawValue).joined(separator: ", ")
            throw AppError(.invalid, code: .reportPeriodNotAllowed,
                           message: "report kind '\(kind.code)' is written for periods of kind \(allowed), not \(period)",
                           vietnamese: "Loại báo cáo “\(kind.name)” không lập cho kỳ \(period.vietnameseName).")
        }
        return (unit, kind, frameworks)
    }

    /// Checks that a report can exist before its settings are stored.
    func checkTarget(unitCode: String, kindCode: String, period: ReportingPeriod) async throws -> ReportKindDefinition {
        try await resolve(unitCode: unitCode, kindCode: kindCode, period: period).kind
    }

    static func generators(of kind: ReportKindDefinition) -> Set<ReportGenerator> {
        Set(kind.sections.flatMap { $0.content.compactMap { $0.generate.flatMap(ReportGenerator.init(rawValue:)) } })
    }

    // MARK: building

    /// Builds the report of a commune (or province), kind and period. `saved` nil reads what is stored
    /// (or the defaults when nothing is); `adjust` lets the CLI change the input for one run. A
    /// province's report reads its communes' submissions and ranking, which `actor` must be allowed
    /// to review (the caller has checked that it may read the unit).
    func prepare(unitCode: String, kindCode: String, period: ReportingPeriod, saved: SavedReport? = nil,
                 actor: Principal? = nil, adjust: (inout ReportInput) -> Void = { _ in }) async throws -> Prepared {
        let (unit, kind, frameworks) = try await resolve(unitCode: unitCode, kindCode: kindCode, period: period)
        var settings: SavedReport
        if let saved {
            settings = saved
        } else {
            settings = try await store.savedReport(unitCode: unitCode, kindCode: kind.code, period: period)
                ?? SavedReport(unitCode: unitCode, kindCode: kind.code, period: period)
        }
        let reportUnit = ReportUnit(unit)
        if kind.unitLevel == .province {
            guard let actor else { throw AppError.forbidden("a province's report is built for one of its officers") }
            var input = ReportInput(unit: reportUnit, period: period, number: settings.number, symbol: settings.symbol,
                                    date: settings.date, signature: settings.signature ?? .director(""),
                                    recipients: settings.recipients, summaryNotes: settings.summaryNotes,
                                    overrides: settings.overrides)
            adjust(&input)
            input.province = try await ProvinceReportSource.gather(
                store: store, province: unit, period: period,
                framework: settings.framework ?? frameworks[kind.code] ?? Self.defaultFramework,
                dossierRange: ReportDossierRange.range(for: period, documentDate: input.date), actor: actor)
            return try finish(kind: kind, unit: unit, settings: settings, input: input)
        }
        let used = Self.generators(of: kind)

        var rows: [ReportIndicatorRow] = []
        var history: [ReportIndicatorHistory] = []
        var unapproved: [String] = []
        if !used.isDisjoint(with: Self.indicatorGenerators) {
            let framework = settings.framework ?? frameworks[kind.code] ?? Self.defaultFramework
            (rows, history, unapproved) = try await indicators(unit: reportUnit, period: period, framework: framework,
                                                               withHistory: used.contains(.trendCharts))
        }
        let figures = try await self.figures(unitCode: unitCode, period: period, codes: Self.figureCodes(of: kind))
        var plan: ReportPlanProgress?
        if !used.isDisjoint(with: Self.planGenerators), let source = extras.plan {
            plan = try await source(store, unitCode, period)
        }

        var input = ReportInput(unit: reportUnit, period: period, number: settings.number, symbol: settings.symbol,
                                date: settings.date, signature: settings.signature ?? SignatureBlock.chairman(""),
                                recipients: settings.recipients, summaryNotes: settings.summaryNotes,
                                indicators: rows, history: history, plan: plan,
                                figures: figures, unapproved: unapproved, overrides: settings.overrides)
        adjust(&input)
        // After the run's own changes: the dossier days end at the report's date.
        if !used.isDisjoint(with: Self.dossierGenerators), let source = extras.dossiers,
           let range = ReportDossierRange.range(for: period, documentDate: input.date) {
            input.dossiers = try await source(store, unitCode, range)
        }
        if used.contains(.serviceIndex), input.dossiers != nil {
            input.serviceIndex = try await ServiceIndexService.scores(
                unitCodes: [unitCode], period: period, model: try ServiceIndexModel.official(), store: store)[unitCode]
        }
        return try finish(kind: kind, unit: unit, settings: settings, input: input)
    }

    /// The report built from its input, with people's edits laid over it.
    func finish(kind: ReportKindDefinition, unit: AdministrativeUnit, settings: SavedReport,
                input: ReportInput) throws -> Prepared {
        // Built once without the edits, so the ids an edit may target are known (an edit that
        // empties a paragraph removes its id from the finished report).
        var bare = input
        bare.overrides = [:]
        let draft = try ReportBuilder.build(kind, input: bare)
        let report = draft.applyingOverrides(input.overrides)
        do {
            try report.validate()
        } catch {
            throw AppError(.invalid, code: error.code, message: "the edited report cannot be laid out: \(error.code)",
                           vietnamese: error.message)
        }
        return Prepared(kind: kind, unit: unit, saved: settings, input: input, draft: draft, report: report,
                        unmatchedOverrides: draft.unmatchedOverrideIDs(input.overrides))
    }

    /// Every indicator of the framework judged for the period, the reporting body taken from the
    /// figure (else the commune's people's committee) and the figure's note kept as the cause;
    /// with `withHistory`, each indicator's figures and target bounds over the last periods.
    func indicators(unit: ReportUnit, period: ReportingPeriod, framework: String,
                    withHistory: Bool) async throws
        -> (rows: [ReportIndicatorRow], history: [ReportIndicatorHistory], unapproved: [String]) {
        let (evaluations, current) = try await store.evaluateWithValues(unitCode: unit.code, period: period, framework: framework)
        var periods = [period]
        if withHistory {
            while periods.count < Self.trendLength { periods.append(periods[periods.count - 1].previous) }
        }
        // The period's own figures came with the evaluation; only the earlier ones are read here.
        let earlier = try await store.values(unitCode: unit.code, periods: Array(periods.dropFirst()))
        var byKey: [String: IndicatorValue] = [:]
        for v in current + earlier { byKey["\(v.indicatorCode)|\(v.period)"] = v }
        let rows = evaluations.map { e in
            ReportIndicatorRow(evaluation: e,
                               reportingBody: byKey["\(e.indicator.code)|\(period)"]?.reportingBody ?? unit.shortAuthorityName)
        }
        let unapproved = current.filter { $0.state != .approved }.map(\.indicatorCode)
        guard withHistory else { return (rows, [], unapproved) }
        let history = evaluations.map { e in
            ReportIndicatorHistory(code: e.indicator.code, points: periods.reversed().map { p in
                ReportHistoryPoint(period: p, value: byKey["\(e.indicator.code)|\(p)"]?.value.number,
                                   target: e.indicator.target(forYear: p.year)?.comparison.bound)
            })
        }
        return (rows, history, unapproved)
    }

    // MARK: rendering

    /// The document in the chosen format. A template (the commune's own DOCX) replaces the
    /// built-in layout for DOCX and PDF; the HTML preview always uses the built-in one.
    func render(_ prepared: Prepared, format: ReportFormat, template: Data? = nil) async throws -> Data {
        switch format {
        case .html:
            return Data(HTMLReportRenderer.render(prepared.report).utf8)
        case .json:
            return try ReportModelDTO.encoder.encode(ReportModelDTO(prepared))
        case .docx:
            return try docx(prepared, template: template)
        case .pdf:
            let document = try docx(prepared, template: template)
            do {
                return try await pdf.convert(docx: document)
            } catch {
                throw error.appError
            }
        }
    }

    func docx(_ prepared: Prepared, template: Data?) throws -> Data {
        do {
            if let template {
                return try DocxTemplateFiller.fill(docx: template, data: ReportTemplateData.make(report: prepared.report,
                                                                                                  input: prepared.input))
            }
            return try DocxWriter.write(prepared.report)
        } catch let error as TemplateError {
            throw error.appError
        } catch let error as ReportValidationError {
            throw AppError(.invalid, code: error.code, message: "the report cannot be laid out: \(error.code)",
                           vietnamese: error.message)
        } catch let error as DocxArchiveError {
            throw Self.notDocx(error.message)
        }
    }

    /// The template a render uses: the one asked for, else the one the report names, else none.
    /// The report as a file, the one way every interface gets it: built (with `adjust` for one run),
    /// laid out for DOCX and PDF with a template — the bytes given, else the commune's template asked
    /// for by name, else the one the saved report names — and rendered.
    func document(unitCode: String, kindCode: String, period: ReportingPeriod, format: ReportFormat,
                  template requested: String? = nil, templateData: Data? = nil, framework: String? = nil,
                  actor: Principal? = nil,
                  adjust: (inout ReportInput) -> Void = { _ in }) async throws -> (prepared: Prepared, data: Data) {
        var saved: SavedReport?
        if let framework {
            // One run's framework: over what is saved, stored nowhere.
            _ = try await store.indicators(framework: framework)
            saved = try await store.savedReport(unitCode: unitCode, kindCode: kindCode, period: period)
                ?? SavedReport(unitCode: unitCode, kindCode: kindCode, period: period)
            saved?.framework = framework
        }
        let prepared = try await prepare(unitCode: unitCode, kindCode: kindCode, period: period, saved: saved, actor: actor,
                                         adjust: adjust)
        var template = templateData
        if template == nil, format == .docx || format == .pdf {
            template = try await templateContent(unitCode: unitCode, requested: requested, saved: prepared.saved)
        }
        return (prepared, try await render(prepared, format: format, template: template))
    }

    func templateContent(unitCode: String, requested: String?, saved: SavedReport) async throws -> Data? {
        guard let name = requested ?? saved.templateName else { return nil }
        return try await store.template(unitCode: unitCode, name: name).content
    }

    // MARK: templates

    /// Checks that an upload is a Word document and lists its placeholders.
    static func inspectTemplate(_ data: Data) throws -> [String] {
        let parts: [DocxPart]
        do {
            parts = try DocxArchive.unzip(data)
        } catch {
            throw notDocx("the file is not a ZIP package")
        }
        guard parts.contains(where: { $0.path == "word/document.xml" }) else {
            throw notDocx("the package has no word/document.xml")
        }
        do {
            return try DocxTemplateFiller.placeholders(docx: data)
        } catch let error as TemplateError {
            throw error.appError
        }
    }

    static func notDocx(_ detail: String) -> AppError {
        AppError(.invalid, code: .templateNotDocx, message: "the template is not a Word (.docx) document: \(detail)",
                 vietnamese: "Tệp mẫu không phải văn bản Word (.docx) hợp lệ.")
    }

    // MARK: start from the previous period

    /// Copies the narrative of the latest earlier report of the same kind into this period's,
    /// keeping only what people write (the figures of this period are generated afresh).
    func startFromPrevious(unitCode: String, kindCode: String, period: ReportingPeriod,
                           actor: Principal) async throws -> StartFromPreviousResult {
        try await store.requireReportEdit(actor, unitCode: unitCode)
        let prepared = try await prepare(unitCode: unitCode, kindCode: kindCode, period: period, actor: actor)
        return try await store.startFromPrevious(unitCode: unitCode, kindCode: prepared.kind.code, period: period,
                                                 narrativeIDs: prepared.draft.narrativeIDs, actor: actor)
    }
}
