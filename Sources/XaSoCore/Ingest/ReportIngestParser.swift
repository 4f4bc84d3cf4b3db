import Foundation

/// Reads an old report's text back into XaSo's terms: header, indicator table, figures stated
/// in sentences, narrative by section. Pure and fast; files are turned into text by
/// XaSoDocuments, and storing is XaSoPersistence's.
public struct ReportIngestParser: Sendable {
    public struct Options: Sendable {
        public var unitCode: String
        /// The commune's name ("Gia Phúc"): a report naming another commune is refused.
        public var unitName: String?
        /// Given by the person: used instead of what the text says.
        public var period: ReportingPeriod?
        public var kindCode: String?

        public init(unitCode: String, unitName: String? = nil, period: ReportingPeriod? = nil, kindCode: String? = nil) {
            self.unitCode = unitCode
            self.unitName = unitName
            self.period = period
            self.kindCode = kindCode
        }
    }

    public let catalogue: IngestCatalogue
    public let registry: ReportKindRegistry

    public init(catalogue: IngestCatalogue, registry: ReportKindRegistry = .builtIn) {
        self.catalogue = catalogue
        self.registry = registry
    }

    /// Throws `ingest.not_a_report`, `ingest.unit_mismatch`, `ingest.period_not_found`,
    /// `report_kind.not_found` or `ingest.empty`; nothing is guessed silently.
    public func parse(_ text: String, options: Options) throws(AppError) -> IngestedReport {
        let doc = IngestDocument(text: text)
        guard doc.numberedLines.count >= 3 else {
            throw AppError(.invalid, code: .ingestEmpty, message: "the file holds no text to read",
                           vietnamese: "Tệp không có nội dung văn bản để đọc (tệp scan cần được nhận dạng chữ - OCR - trước).")
        }
        let header = ReportHeaderReader.read(doc)
        if let type = header.typeName, type != "BÁO CÁO" {
            throw Self.notAReport("the document's type is “\(type)”", vietnamese: "Văn bản là “\(type)”, không phải báo cáo.")
        }
        if let read = header.communeName, let name = options.unitName {
            let own = IngestFold.key(name)
            let all = " " + IngestFold.key(text) + " "
            if IngestFold.similarity(IngestFold.tokens(read), IngestFold.tokens(name)) < 0.6 && !all.contains(" \(own) ") {
                throw AppError(.invalid, code: .ingestUnitMismatch,
                               message: "the report is of '\(read)', not of unit \(options.unitCode) (\(name))",
                               vietnamese: "Báo cáo là của “\(read)”, không phải của đơn vị \(name) (\(options.unitCode)).")
            }
        }

        let table = IndicatorTableReader(catalogue: catalogue).read(doc)
        let paragraphs = doc.paragraphs(excluding: table.lines)
        let sentences = SentenceFigureReader(catalogue: catalogue).read(paragraphs)

        let period = options.period ?? header.period
        let kind = try chooseKind(options.kindCode, paragraphs: paragraphs, period: period)
        let mapping = kind.map { NarrativeSectionReader.read(paragraphs, kind: $0) }

        var figures = table.rows.compactMap(\.figure)
        var seen: [String: Int] = [:]
        var deduped: [RecoveredFigure] = []
        for f in figures {
            if let i = seen[f.indicatorCode] {
                if f.confidence > deduped[i].confidence { deduped[i] = f }
            } else {
                seen[f.indicatorCode] = deduped.count
                deduped.append(f)
            }
        }
        figures = deduped
        // A sentence repeating a table figure adds nothing; one the table lacks is kept.
        for f in sentences.figures where seen[f.indicatorCode] == nil {
            seen[f.indicatorCode] = figures.count
            figures.append(f)
        }
        var unmatched = table.rows.filter { $0.figure == nil }.map { UnmatchedLine(line: $0.lines.lowerBound, text: $0.text) }
        // A sentence restating a figure already read ("… chữ ký điện tử cá nhân còn thấp (~15%)") is not unmatched.
        unmatched += sentences.unmatched.filter { line in
            let words = IngestFold.tokens(line.text)
            let stated = Set(FigureScanner.scan(line.text).map(\.value))
            return !figures.contains { f in
                stated.contains(f.value)
                    && IngestFold.coverage(catalogue.entries.first { $0.code == f.indicatorCode }?.nameTokens ?? [], in: words) >= 0.5
            }
        }
        unmatched.sort { $0.line < $1.line }

        let matchedSections = mapping?.matched ?? 0
        if !header.saysReport && figures.isEmpty && sentences.dossier.isEmpty && matchedSections < 2 {
            throw Self.notAReport("no report header, indicator table, figures or report sections were found",
                                  vietnamese: "Không tìm thấy tiêu đề báo cáo, bảng chỉ tiêu, số liệu hay các mục của một báo cáo.")
        }
        guard let period else {
            throw AppError(.invalid, code: .ingestPeriodNotFound,
                           message: "the report names no period (quý III năm 2025, 6 tháng đầu năm 2026 …); give one with --period",
                           vietnamese: "Không xác định được kỳ báo cáo trong văn bản; hãy chọn kỳ báo cáo (ví dụ 2025-Q3, 2026-H1).")
        }
        var report = IngestedReport(kind: kind?.code, number: header.number, date: header.date.map(Self.dateText),
                                    period: period.description, unitCode: options.unitCode, figures: figures,
                                    dossierFigures: sentences.dossier, sections: mapping?.sections ?? [], unmatched: unmatched,
                                    unitNameRead: header.communeName, symbol: header.symbol)
        report.dossierLines = sentences.dossierLines
        return report
    }

    /// The kind named, or the one whose outline the headings follow best among those written for the period.
    func chooseKind(_ code: String?, paragraphs: [IngestParagraph], period: ReportingPeriod?) throws(AppError) -> ReportKindDefinition? {
        if let code { return try registry.kind(code) }
        var best: (kind: ReportKindDefinition, score: Int)?
        for kind in registry.kinds {
            if let period, !kind.periodKinds.contains(period.kind) { continue }
            let matched = NarrativeSectionReader.read(paragraphs, kind: kind).matched
            if matched > (best?.score ?? 0) { best = (kind, matched) }
        }
        return best?.kind
    }

    static func dateText(_ d: DocumentDate) -> String {
        guard let month = d.month else { return String(d.year) }
        guard let day = d.day else { return String(format: "%04d-%02d", d.year, month) }
        return String(format: "%04d-%02d-%02d", d.year, month, day)
    }

    static func notAReport(_ message: String, vietnamese: String) -> AppError {
        AppError(.invalid, code: .ingestNotAReport, message: "not a report: \(message)",
                 vietnamese: "Tệp không phải là báo cáo: \(vietnamese)")
    }
}
