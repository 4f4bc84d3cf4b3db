import Foundation
import XaSoCore

public struct IngestSave: Sendable {
    public var unitCode: String
    public var kindCode: String
    public var period: ReportingPeriod
    /// The figures to keep, after a person's corrections; each `source` names file and line.
    public var values: [IndicatorValue]
    /// The line of the file each value was read from: refusals name it.
    public var lines: [Int]?
    public var dossier: ReportedDossierFigures
    /// Where the dossier figures were read ("bao-cao.docx, dòng 49").
    public var dossierSource: String
    /// Narrative by paragraph id (`NarrativeSectionReader.overrides`).
    public var narrative: [String: String]
    public var number: Int?
    public var symbol: String?
    public var date: DocumentDate?

    public init(unitCode: String, kindCode: String, period: ReportingPeriod, values: [IndicatorValue],
                dossier: ReportedDossierFigures, dossierSource: String, narrative: [String: String],
                number: Int? = nil, symbol: String? = nil, date: DocumentDate? = nil, lines: [Int]? = nil) {
        self.lines = lines
        self.unitCode = unitCode
        self.kindCode = kindCode
        self.period = period
        self.values = values
        self.dossier = dossier
        self.dossierSource = dossierSource
        self.narrative = narrative
        self.number = number
        self.symbol = symbol
        self.date = date
    }
}

public struct IngestSaved: Sendable, Codable, Equatable {
    public var figures: ImportSummary
    public var report: String
    public var narrativeParagraphs: Int
    public var dossierFigures: Int

    public init(figures: ImportSummary, report: String, narrativeParagraphs: Int, dossierFigures: Int) {
        self.figures = figures
        self.report = report
        self.narrativeParagraphs = narrativeParagraphs
        self.dossierFigures = dossierFigures
    }
}
