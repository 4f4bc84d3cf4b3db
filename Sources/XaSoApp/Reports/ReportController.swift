import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Handlers of the report endpoints. Permission checks live in the store (edits) and in
/// `requireRead` (reading); handlers only translate HTTP.
enum ReportController {
    struct Target {
        var unitCode: String
        var kindCode: String
        var period: ReportingPeriod
    }

    static func target(_ req: Request) throws -> Target {
        Target(unitCode: try req.parameter("code"), kindCode: try req.parameter("kind"),
               period: try ReportingPeriod.required(req.parameter("period")))
    }

    // MARK: kinds

    static func kinds(_ req: Request) async throws -> Response {
        _ = try await req.principal()
        var custom: [StoredReportKind] = []
        var level: UnitLevel?
        if let unit = req.query[String.self, at: "unit"] {
            _ = try await req.requireRead(unitCode: unit)
            level = try await req.store.requireUnit(unit).level
            if let province = try await req.store.provinceCode(of: unit) {
                custom = try await req.store.reportKinds(provinceCode: province)
            }
        }
        let registry = try ReportKindRegistry.builtIn.adding(custom.map(\.definition))
        // With a unit: the kinds it issues (a commune's, or a province's reports on its communes).
        return try json(registry.kinds.filter { level == nil || $0.unitLevel == level }.map { kind in
            let own = custom.first { $0.definition.code == kind.code }
            return ReportKindDTO(ReportKindSummary(kind), province: own?.provinceCode, framework: own?.framework)
        })
    }

    /// A province's own kinds: one `ReportKindDefinition` or an array of them, as JSON.
    static func saveKinds(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        try await req.store.requireKindEdit(actor, provinceCode: req.parameter("code"))
        guard let buffer = req.body.data else {
            throw AppError(.invalid, code: .reportKindEmpty, message: "send the kind definitions as JSON",
                           vietnamese: "Chưa có nội dung khai báo loại báo cáo.")
        }
        let kinds = try ReportKindRegistry.decodeKinds(from: Data(buffer: buffer))
        let saved = try await req.store.saveReportKinds(kinds, provinceCode: req.parameter("code"),
                                                        framework: req.query[String.self, at: "framework"], actor: actor)
        return try json(saved.map { ReportKindDTO(ReportKindSummary($0.definition), province: $0.provinceCode,
                                                  framework: $0.framework) })
    }

    static func deleteKind(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        try await req.store.deleteReportKind(provinceCode: req.parameter("code"), code: req.parameter("kind"), actor: actor)
        return Response(status: .noContent)
    }

    // MARK: reports

    static func list(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        return try json(try await req.store.savedReports(unitCode: req.parameter("code"), actor: actor).map(SavedReportDTO.init))
    }

    static func show(_ req: Request) async throws -> Response {
        let t = try target(req)
        let actor = try await req.requireRead(unitCode: t.unitCode)
        let prepared = try await req.reportService.prepare(unitCode: t.unitCode, kindCode: t.kindCode, period: t.period,
                                                           actor: actor)
        return try json(ReportModelDTO(prepared))
    }

    static func save(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let t = try target(req)
        let input = try req.content.decode(ReportSettingsInput.self)
        let service = req.reportService
        // The unit, kind and period must make a report before anything is stored.
        let kind = try await service.checkTarget(unitCode: t.unitCode, kindCode: t.kindCode, period: t.period)
        let saved = try await req.store.saveReport(unitCode: t.unitCode, kindCode: kind.code, period: t.period,
                                                   change: input.change, actor: actor)
        let prepared = try await service.prepare(unitCode: t.unitCode, kindCode: kind.code, period: t.period, saved: saved,
                                                 actor: actor)
        return try json(ReportModelDTO(prepared))
    }

    static func delete(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let t = try target(req)
        try await req.store.deleteReport(unitCode: t.unitCode, kindCode: t.kindCode, period: t.period, actor: actor)
        return Response(status: .noContent)
    }

    /// `?format=docx|pdf|html|json` (docx when left out), `?template=NAME` for the commune's own template.
    static func document(_ req: Request) async throws -> Response {
        try await document(req, target(req))
    }

    /// The rendered report as a file; the web's download links come here too.
    static func document(_ req: Request, _ t: Target) async throws -> Response {
        let actor = try await req.requireRead(unitCode: t.unitCode)
        let format = try ReportFormat(parsing: req.query[String.self, at: "format"])
        let (prepared, data) = try await req.reportService.document(
            unitCode: t.unitCode, kindCode: t.kindCode, period: t.period, format: format,
            template: req.query[String.self, at: "template"], actor: actor)
        let name = ReportFileName.readable(unit: prepared.unit, kindCode: prepared.kind.code, period: t.period, format: format)
        return file(data, contentType: format.contentType,
                    disposition: ReportFileName.contentDisposition(name, disposition: format.disposition))
    }

    static func startFromPrevious(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let t = try target(req)
        let service = req.reportService
        let result = try await service.startFromPrevious(unitCode: t.unitCode, kindCode: t.kindCode, period: t.period,
                                                         actor: actor)
        let prepared = try await service.prepare(unitCode: t.unitCode, kindCode: t.kindCode, period: t.period,
                                                 saved: result.report, actor: actor)
        return try json(StartFromPreviousDTO(previous_period: result.previousPeriod.description, copied: result.copied,
                                             kept: result.kept, skipped: result.skipped, report: ReportModelDTO(prepared)))
    }

    // MARK: templates

    static func templates(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        return try json(try await req.store.templates(unitCode: req.parameter("code"), actor: actor).map(ReportTemplateDTO.init))
    }

    /// The DOCX is the request body.
    static func uploadTemplate(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        // Refuse an outsider before reading what they sent.
        try await req.store.requireReportEdit(actor, unitCode: code)
        let data = try req.uploadedFile("the DOCX template", vietnamese: "Chưa có tệp mẫu.")
        let placeholders = try ReportService.inspectTemplate(data)
        let info = try await req.store.saveTemplate(unitCode: code, name: req.parameter("name"), content: data,
                                                    placeholders: placeholders, actor: actor)
        return try json(ReportTemplateDTO(info))
    }

    static func downloadTemplate(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let (info, content) = try await req.store.template(unitCode: code, name: req.parameter("name"), actor: actor)
        let name = info.name.lowercased().hasSuffix(".docx") ? info.name : info.name + ".docx"
        return file(content, contentType: ReportFormat.docx.contentType,
                    disposition: ReportFileName.contentDisposition(name))
    }

    static func deleteTemplate(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        try await req.store.deleteTemplate(unitCode: req.parameter("code"), name: req.parameter("name"), actor: actor)
        return Response(status: .noContent)
    }

    static func file(_ data: Data, contentType: String, disposition: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: disposition)
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
