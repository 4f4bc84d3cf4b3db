import Foundation

/// Everything a report builder reads: plain values gathered by the caller (from the database,
/// a file or a test). Parts a kind does not use may stay empty; a generator whose data is
/// missing writes a line saying so instead of failing.
public struct ReportInput: Codable, Sendable, Equatable {
    public var unit: ReportUnit
    public var period: ReportingPeriod
    /// The registered number; nil leaves a blank for the clerk ("Số:      /BC-UBND").
    public var number: Int?
    /// Overrides the kind's symbol ("BC-UBND").
    public var symbol: String?
    /// Nil: the year the period's data ends, day and month left blank for signing.
    public var date: DocumentDate?
    public var signature: SignatureBlock
    /// Nil: the kind's default recipients.
    public var recipients: [String]?
    /// Lines printed under the summary, e.g. "(Phục vụ Kỳ họp thứ 3 …)".
    public var summaryNotes: [String]
    public var indicators: [ReportIndicatorRow]
    public var history: [ReportIndicatorHistory]
    public var dossiers: ReportDossierFigures?
    /// Decision 766's public-service index of the unit for the period; nil when not read.
    public var serviceIndex: ServiceIndexScore?
    public var plan: ReportPlanProgress?
    /// Figures stated in sentences (`ReportFigure`): every figure the kind's outline names that the
    /// unit has for the period, and those it has not, without a value.
    public var figures: [ReportFigure]
    /// Codes of the indicator table's figures not yet approved (the sentence figures carry their own state).
    public var unapproved: [String]
    /// People's edits, `[paragraph or section id: markup]`, laid over the generated text.
    public var overrides: [String: String]
    /// A province's report: its communes' submissions, verdicts, ranking, dossiers and warnings.
    public var province: ReportProvince?

    public init(unit: ReportUnit, period: ReportingPeriod, number: Int? = nil, symbol: String? = nil,
                date: DocumentDate? = nil, signature: SignatureBlock, recipients: [String]? = nil,
                summaryNotes: [String] = [], indicators: [ReportIndicatorRow] = [],
                history: [ReportIndicatorHistory] = [], dossiers: ReportDossierFigures? = nil,
                plan: ReportPlanProgress? = nil, figures: [ReportFigure] = [], unapproved: [String] = [], overrides: [String: String] = [:],
                province: ReportProvince? = nil) {
        self.unit = unit
        self.period = period
        self.number = number
        self.symbol = symbol
        self.date = date
        self.signature = signature
        self.recipients = recipients
        self.summaryNotes = summaryNotes
        self.indicators = indicators
        self.history = history
        self.dossiers = dossiers
        self.plan = plan
        self.figures = figures
        self.unapproved = unapproved
        self.overrides = overrides
        self.province = province
    }

    private enum CodingKeys: String, CodingKey {
        case unit, period, number, symbol, date, signature, recipients, summaryNotes, indicators, history, dossiers,
             plan, figures, unapproved, overrides, province, serviceIndex
    }

    // Lists may be left out of hand-written JSON.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(unit: try c.decode(ReportUnit.self, forKey: .unit),
                  period: try c.decode(ReportingPeriod.self, forKey: .period),
                  number: try c.decodeIfPresent(Int.self, forKey: .number),
                  symbol: try c.decodeIfPresent(String.self, forKey: .symbol),
                  date: try c.decodeIfPresent(DocumentDate.self, forKey: .date),
                  signature: try c.decode(SignatureBlock.self, forKey: .signature),
                  recipients: try c.decodeIfPresent([String].self, forKey: .recipients),
                  summaryNotes: try c.decodeIfPresent([String].self, forKey: .summaryNotes) ?? [],
                  indicators: try c.decodeIfPresent([ReportIndicatorRow].self, forKey: .indicators) ?? [],
                  history: try c.decodeIfPresent([ReportIndicatorHistory].self, forKey: .history) ?? [],
                  dossiers: try c.decodeIfPresent(ReportDossierFigures.self, forKey: .dossiers),
                  plan: try c.decodeIfPresent(ReportPlanProgress.self, forKey: .plan),
                  figures: try c.decodeIfPresent([ReportFigure].self, forKey: .figures) ?? [],
                  unapproved: try c.decodeIfPresent([String].self, forKey: .unapproved) ?? [],
                  overrides: try c.decodeIfPresent([String: String].self, forKey: .overrides) ?? [:],
                  province: try c.decodeIfPresent(ReportProvince.self, forKey: .province))
        serviceIndex = try c.decodeIfPresent(ServiceIndexScore.self, forKey: .serviceIndex)
    }

    /// A draft while any figure it states is not approved.
    public var isDraft: Bool { !unapproved.isEmpty || figures.contains { $0.value != nil && !$0.approved } }

    /// The date line's date: as given, else the year the period's data ends with day and month blank.
    public var documentDate: DocumentDate { date ?? DocumentDate(year: period.cutOffRange.to.year) }
}
