import Foundation
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// Reading an old report into XaSo: the file to text (XaSoDocuments), the text to figures and
/// narrative (the core's `ReportIngestParser`, against the unit's catalogue and report kinds),
/// and, unless it is a dry run, all of it stored at once (`XaSoStore.saveIngested`). The CLI, the
/// API and the web page all come through here.
struct ReportIngestService: Sendable {
    let store: any AppStorage
    let reports: ReportService
    var tools: ReportTextReader.Tools = .find()

    /// What people may give beside the file.
    struct Request: Sendable {
        var unitCode: String
        var data: Data
        var fileName: String
        var period: ReportingPeriod?
        var kindCode: String?
    }

    /// Reads the file; nothing is stored. The reader needs read access to the unit.
    func read(_ request: Request, actor: Principal) async throws -> IngestedReport {
        try await readDocument(request, actor: actor).report
    }

    /// The report as read and the text it was read from (the web page shows each figure's line).
    func readDocument(_ request: Request, actor: Principal) async throws -> (report: IngestedReport, text: String) {
        try await store.requireRead(actor, unitCode: request.unitCode)
        let unit = try await store.requireUnit(request.unitCode)
        let parser = try await parser(unitCode: request.unitCode)
        let text = try ReportTextReader.text(from: request.data, fileName: request.fileName, tools: tools)
        let report = try parser.parse(text, options: .init(unitCode: request.unitCode, unitName: unit.name,
                                                           period: request.period, kindCode: request.kindCode))
        return (report, text)
    }

    func parser(unitCode: String) async throws -> ReportIngestParser {
        let indicators = try await store.indicators(unitCode: unitCode)
        // A commune's old report is one of the kinds a commune issues, never a province's.
        let all = try await reports.registry(unitCode: unitCode).registry
        let registry = try ReportKindRegistry(kinds: all.kinds.filter { $0.unitLevel == .commune })
        return ReportIngestParser(catalogue: IngestCatalogue(indicators: indicators), registry: registry)
    }

    /// Reads and stores, all or nothing. Returns the report as read.
    func ingest(_ request: Request, dryRun: Bool, actor: Principal) async throws -> IngestedReport {
        let report = try await read(request, actor: actor)
        if !dryRun { _ = try await save(report, fileName: request.fileName, actor: actor) }
        return report
    }

    /// Stores a report as read (or as a person corrected it on the web page): figures as drafts
    /// naming the file and line, the narrative as the period's saved report, the dossier figures
    /// as reported. A report with no kind found cannot be stored: its narrative has no outline.
    func save(_ report: IngestedReport, fileName: String, actor: Principal) async throws -> XaSoStore.IngestSaved {
        guard let kindCode = report.kind else {
            throw AppError(.invalid, code: .ingestKindNotFound,
                           message: "no report kind matches the report's outline; give one with --kind",
                           vietnamese: "Không xác định được loại báo cáo theo đề mục của văn bản; hãy chọn loại báo cáo.")
        }
        let period = try ReportingPeriod.required(report.period)
        let kind = try await reports.registry(unitCode: report.unitCode).registry.kind(kindCode)
        guard kind.periodKinds.contains(period.kind) else {
            throw AppError(.invalid, code: .reportPeriodNotAllowed,
                           message: "report kind '\(kind.code)' is not written for \(period)",
                           vietnamese: "Loại báo cáo “\(kind.name)” không lập cho kỳ \(period.vietnameseName).")
        }
        let name = (fileName as NSString).lastPathComponent
        let values = report.figures.map { f in
            IndicatorValue(unitCode: report.unitCode, indicatorCode: f.indicatorCode, period: period,
                           value: MeasuredValue(number: f.value, approximate: f.approximate),
                           note: f.cause, state: .draft, enteredBy: actor.username,
                           source: "Nhập từ báo cáo “\(name)”, dòng \(f.line)")
        }
        let lines = report.dossierLines.values
        var dossierSource = "Nhập từ báo cáo “\(name)”"
        if let lo = lines.min(), let hi = lines.max() { dossierSource += lo == hi ? ", dòng \(lo)" : ", dòng \(lo)–\(hi)" }
        let narrative = NarrativeSectionReader.overrides(report.sections, kind: kind).overrides
        let number = report.numberValue
        let date = report.date.flatMap(DocumentDateText.storage)
        return try await store.saveIngested(
            XaSoStore.IngestSave(unitCode: report.unitCode, kindCode: kind.code, period: period, values: values,
                                 dossier: report.dossierFigures, dossierSource: dossierSource, narrative: narrative,
                                 number: number, symbol: report.symbol, date: date, lines: report.figures.map(\.line)),
            actor: actor)
    }
}

extension DocumentDateText {
    /// "2026-01-09", "2026-01" or "2026" as the ingest JSON writes a date.
    static func storage(_ text: String) -> DocumentDate? {
        let parts = text.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let year = parts[0] else { return nil }
        return DocumentDate(year: year, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }
}
