import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// `POST /units/{code}/reports/ingest`: the same reading and storing as `xaso reports ingest`.
enum ReportIngestController {
    static func ingest(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let data = try req.uploadedFile("the report (DOCX, PDF or text)", vietnamese: "Chưa có tệp báo cáo.")
        let period = try req.query[String.self, at: "period"].flatMap { $0.isEmpty ? nil : $0 }.map { try ReportingPeriod.required($0) }
        let kind = req.query[String.self, at: "kind"].flatMap { $0.isEmpty ? nil : $0 }
        let fileName = req.query[String.self, at: "file_name"].flatMap { $0.isEmpty ? nil : $0 } ?? "bao-cao"
        let dryRun = PlanQuery.flag(req.query[String.self, at: "dry_run"])
        let report = try await req.ingestService.ingest(
            .init(unitCode: code, data: data, fileName: fileName, period: period, kindCode: kind), dryRun: dryRun, actor: actor)
        return try json(report, status: dryRun ? .ok : .created)
    }
}

extension ReportIngestController {
    /// What an old report stated of the period's dossiers, as it was kept.
    /// `source` is null and `dossier_figures` empty when no old report of the period stated any.
    struct ReportedDossierFiguresDTO: Content {
        var period: String
        var source: String?
        var dossier_figures: ReportedDossierFigures
    }

    static func reportedDossierFigures(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let kept = try await req.store.reportedDossierFigures(unitCode: code, period: period, actor: actor)
        return try json(ReportedDossierFiguresDTO(period: period.description, source: kept?.source,
                                                  dossier_figures: kept?.figures ?? ReportedDossierFigures()))
    }
}

extension Request {
    var ingestService: ReportIngestService { ReportIngestService(store: store, reports: reportService) }
}
