import Foundation

/// What a province's own report reads about its communes for one period: plain values the caller
/// gathers (the app from the store, a test by hand). The generators `province_*` word them; every
/// part may be empty, and then the report says the data is missing rather than invent it.
public struct ReportProvince: Codable, Sendable, Equatable {
    /// Every commune of the province by full name ("Xã Gia Phúc"), in the order lists name them.
    public var communes: [String]
    /// Nil when the submissions were not read.
    public var submissions: ReportSubmissions?
    /// Each indicator of the framework with every commune's verdict on it.
    public var indicators: [ReportProvinceIndicator]
    /// The commune index ranking (`IndexRanking.rank`), ranked rows first.
    public var ranking: [RankingRow]
    /// The communes' dossier figures summed; nil when no commune has a dossier in the period.
    public var dossiers: ReportDossierFigures?
    /// Communes whose ledger has a dossier in the period.
    public var dossierCommunes: Int
    /// Indicators projected to miss their milestone (`EarlyWarning.Status.atRisk`), one per commune and indicator.
    public var warnings: [ReportProvinceWarning]

    public init(communes: [String], submissions: ReportSubmissions? = nil, indicators: [ReportProvinceIndicator] = [],
                ranking: [RankingRow] = [], dossiers: ReportDossierFigures? = nil, dossierCommunes: Int = 0,
                warnings: [ReportProvinceWarning] = []) {
        self.communes = communes
        self.submissions = submissions
        self.indicators = indicators
        self.ranking = ranking
        self.dossiers = dossiers
        self.dossierCommunes = dossierCommunes
        self.warnings = warnings
    }
}

/// The communes' submissions of the period against the province's deadline.
public struct ReportSubmissions: Codable, Sendable, Equatable {
    public var deadline: LocalDay
    public var communes: [ReportSubmissionLine]

    public init(deadline: LocalDay, communes: [ReportSubmissionLine]) {
        self.deadline = deadline
        self.communes = communes
    }

    public var expected: Int { communes.count }
    /// Standing submissions (submitted or approved), as `SubmissionOverview.submitted` counts them.
    public var submitted: [ReportSubmissionLine] { communes.filter { $0.state == .submitted || $0.state == .approved } }
    public var onTime: Int { submitted.filter { $0.onTime == true }.count }
    public var late: [ReportSubmissionLine] { submitted.filter { $0.onTime == false } }
    public func count(_ state: SubmissionState) -> Int { communes.filter { $0.state == state }.count }
}

public struct ReportSubmissionLine: Codable, Sendable, Equatable {
    /// "Xã Gia Phúc".
    public var name: String
    public var state: SubmissionState
    /// Nil until the commune has submitted.
    public var onTime: Bool?

    public init(name: String, state: SubmissionState, onTime: Bool? = nil) {
        self.name = name
        self.state = state
        self.onTime = onTime
    }

    /// "Chưa bắt đầu", "Nộp muộn" …: the province's table's label.
    public var stateText: String { state.vietnamese(onTime: onTime) }
}

/// One indicator and how each commune stands on it.
public struct ReportProvinceIndicator: Codable, Sendable, Equatable {
    public var number: String
    public var code: String
    public var name: String
    /// The target most communes are judged against, as written ("> 50%"); nil without one.
    public var target: String?
    public var communes: [ReportCommuneVerdict]

    public init(number: String, code: String, name: String, target: String? = nil, communes: [ReportCommuneVerdict]) {
        self.number = number
        self.code = code
        self.name = name
        self.target = target
        self.communes = communes
    }

    public func count(_ verdicts: [Verdict]) -> Int { communes.filter { verdicts.contains($0.verdict) }.count }
}

public struct ReportCommuneVerdict: Codable, Sendable, Equatable {
    public var commune: String
    public var verdict: Verdict
    /// The figure as printed ("35%"); nil without one.
    public var result: String?

    public init(commune: String, verdict: Verdict, result: String? = nil) {
        self.commune = commune
        self.verdict = verdict
        self.result = result
    }
}

public struct ReportProvinceWarning: Codable, Sendable, Equatable {
    public var commune: String
    public var indicatorCode: String
    public var indicatorName: String
    /// `EarlyWarning.explanation`: where it stands, its pace, the pace needed, the forecast.
    public var explanation: String

    public init(commune: String, indicatorCode: String, indicatorName: String, explanation: String) {
        self.commune = commune
        self.indicatorCode = indicatorCode
        self.indicatorName = indicatorName
        self.explanation = explanation
    }
}

extension ReportDossierFigures {
    /// The report's terms for dossier statistics (a commune's, or a province's total): "trực tiếp"
    /// is every dossier not submitted online, at the counter or by post; late fields most first.
    public init(_ s: DossierStatistics, range: DayRange, procedures: [ReportProcedureActivity]? = nil) {
        self.init(receivedInPeriod: s.receivedInPeriod, carriedOver: s.carriedOver, online: s.online,
                  direct: s.direct + s.post, early: s.early, onTime: s.onTime,
                  lateByField: s.lateByField.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                      .map { ReportFieldCount(field: $0.key, count: $0.value) },
                  rejected: s.rejected, withdrawn: s.withdrawn, inProgress: s.inProgress, inProgressLate: s.inProgressLate,
                  range: range, byLevel: s.byLevel, onlinePayment: s.onlinePayment, procedures: procedures)
    }
}
