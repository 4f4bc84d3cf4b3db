import Vapor

/// The report endpoints under /api/v1 (served and documented through `APIRoutes.all`).
enum ReportRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .GET, path: "report-kinds",
                 summary: "Report kinds: the built-in ones and, with ?unit=, those of the unit's province",
                 tag: "reports", query: ["unit"], handler: ReportController.kinds),
        APIRoute(method: .PUT, path: "provinces/:code/report-kinds",
                 summary: "Add or replace a province's own report kinds (one definition or an array, JSON)",
                 tag: "reports", query: ["framework"], body: "ReportKindDefinition", writes: .editReportKinds, handler: ReportController.saveKinds),
        APIRoute(method: .DELETE, path: "provinces/:code/report-kinds/:kind", summary: "Remove a province's own report kind",
                 tag: "reports", writes: .editReportKinds, handler: ReportController.deleteKind),

        APIRoute(method: .GET, path: "units/:code/reports", summary: "A commune's saved reports", tag: "reports",
                 handler: ReportController.list),
        APIRoute(method: .GET, path: "units/:code/reports/:kind/:period",
                 summary: "A report as built now: sections, paragraphs with ids, narrative texts, saved settings",
                 tag: "reports", handler: ReportController.show),
        APIRoute(method: .PUT, path: "units/:code/reports/:kind/:period",
                 summary: "Create or edit a report: number, date, signer, recipients, narrative edits by paragraph id",
                 tag: "reports", body: "ReportSettingsInput", writes: .editReports, handler: ReportController.save),
        APIRoute(method: .DELETE, path: "units/:code/reports/:kind/:period",
                 summary: "Remove a report's saved settings and narrative", tag: "reports", writes: .editReports, handler: ReportController.delete),
        APIRoute(method: .GET, path: "units/:code/reports/:kind/:period/document",
                 summary: "The report as DOCX, PDF (needs LibreOffice; 503 pdf_unavailable without it) or HTML",
                 tag: "reports", query: ["format", "template"], handler: ReportController.document),
        APIRoute(method: .POST, path: "units/:code/reports/:kind/:period/start-from-previous",
                 summary: "Copy the narrative of the previous period's report; figures are generated afresh",
                 tag: "reports", writes: .editReports, handler: ReportController.startFromPrevious),

        APIRoute(method: .POST, path: "units/:code/reports/ingest",
                 summary: "Read an old report (DOCX, PDF or text as the body) back into figures, dossier figures and narrative by section; stored as drafts and the period's report unless dry_run=true",
                 tag: "reports", query: ["period", "kind", "dry_run", "file_name"], body: "File", writes: .editReports,
                 handler: ReportIngestController.ingest),
        APIRoute(method: .GET, path: "units/:code/reported-dossier-figures",
                 summary: "The dossier figures an ingested old report stated for the period, as kept (no dossier rows are made from them)",
                 tag: "reports", query: ["period"], handler: ReportIngestController.reportedDossierFigures),

        APIRoute(method: .GET, path: "units/:code/report-templates", summary: "A commune's Word templates",
                 tag: "reports", handler: ReportController.templates),
        APIRoute(method: .PUT, path: "units/:code/report-templates/:name",
                 summary: "Upload a Word template (the DOCX is the body) with placeholders such as {xa}, {#chi_tieu}…{/chi_tieu}",
                 tag: "reports", body: "File", writes: .editReports, handler: ReportController.uploadTemplate),
        APIRoute(method: .GET, path: "units/:code/report-templates/:name", summary: "Download a Word template",
                 tag: "reports", handler: ReportController.downloadTemplate),
        APIRoute(method: .DELETE, path: "units/:code/report-templates/:name", summary: "Remove a Word template",
                 tag: "reports", writes: .editReports, handler: ReportController.deleteTemplate),
    ]
}
