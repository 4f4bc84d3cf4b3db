import Foundation

/// A report kind as data: its summary line, outline, default narrative and which parts are
/// generated from figures. The built-in kinds are written this way too, so a province can add
/// its own outline as JSON without code, combining the generators the software knows
/// (`ReportGenerator`) with its own headings and narrative.
///
/// Texts may hold variables in braces, filled when the report is built: `{don_vi}` "xã Gia Phúc",
/// `{co_quan}` "Ủy ban nhân dân xã Gia Phúc", `{ky}` "quý III năm 2025" and others listed by
/// `ReportVariables`. A variable written in capitals (`{KY}`) is printed in capitals; one with a
/// capital first letter (`{Don_vi}`) gets a capital first letter.
public struct ReportKindDefinition: Codable, Sendable, Equatable, Identifiable {
    /// Stable code: "quarterly-cds".
    public var code: String
    /// Vietnamese name for lists.
    public var name: String
    public var description: String
    /// The periods the kind is written for.
    public var periodKinds: [PeriodKind]
    /// "BC-UBND".
    public var symbol: String
    /// "BÁO CÁO".
    public var typeName: String
    /// The summary line(s) under the type name.
    public var summary: [String]
    public var sections: [ReportSectionTemplate]
    /// The closing paragraph: "Trên đây là Báo cáo … ./.".
    public var closing: String?
    public var recipients: [String]
    /// Who issues it: a commune (the default) or a province, whose report is about its communes.
    public var unitLevel: UnitLevel
    /// The body that signs for the unit, printed under it in the header ("Sở Khoa học và Công
    /// nghệ" under "UBND THÀNH PHỐ HẢI PHÒNG"); nil: the unit's people's committee itself.
    public var issuer: String?
    public var id: String { code }

    public init(code: String, name: String, description: String, periodKinds: [PeriodKind], symbol: String = "BC-UBND",
                typeName: String = "BÁO CÁO", summary: [String], sections: [ReportSectionTemplate],
                closing: String? = nil, recipients: [String] = [], unitLevel: UnitLevel = .commune,
                issuer: String? = nil) {
        self.code = code
        self.name = name
        self.description = description
        self.periodKinds = periodKinds
        self.symbol = symbol
        self.typeName = typeName
        self.summary = summary
        self.sections = sections
        self.closing = closing
        self.recipients = recipients
        self.unitLevel = unitLevel
        self.issuer = issuer
    }

    private enum CodingKeys: String, CodingKey {
        case code, name, description, periodKinds, symbol, typeName, summary, sections, closing, recipients, unitLevel,
             issuer
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(code: try c.decode(String.self, forKey: .code),
                  name: try c.decode(String.self, forKey: .name),
                  description: try c.decodeIfPresent(String.self, forKey: .description) ?? "",
                  periodKinds: try c.decode([PeriodKind].self, forKey: .periodKinds),
                  symbol: try c.decodeIfPresent(String.self, forKey: .symbol) ?? "BC-UBND",
                  typeName: try c.decodeIfPresent(String.self, forKey: .typeName) ?? "BÁO CÁO",
                  summary: try c.decode([String].self, forKey: .summary),
                  sections: try c.decode([ReportSectionTemplate].self, forKey: .sections),
                  closing: try c.decodeIfPresent(String.self, forKey: .closing),
                  recipients: try c.decodeIfPresent([String].self, forKey: .recipients) ?? [],
                  unitLevel: try c.decodeIfPresent(UnitLevel.self, forKey: .unitLevel) ?? .commune,
                  issuer: try c.decodeIfPresent(String.self, forKey: .issuer))
    }
}

/// One heading of the outline and what goes under it.
public struct ReportSectionTemplate: Codable, Sendable, Equatable {
    /// Stable id: overrides of the heading and of the paragraphs under it are keyed from it.
    public var id: String
    /// The heading without its number ("Đánh giá chung"); nil for text under no heading.
    public var title: String?
    /// 0 "PHẦN I: …", 1 "I. …", 2 "1. …", 3 "1.1. …", 4 "a) …".
    public var level: Int
    /// False for a heading printed without a number.
    public var numbered: Bool
    /// Starts counting this level again from 1 (the six-month reference numbers its
    /// digital-transformation items 1–5 again after the reform items 1–5).
    public var restartNumbering: Bool
    public var content: [ReportContentTemplate]
    /// The heading printed at the start of its first paragraph ("1. Phát triển hạ tầng số: 100% cơ
    /// quan …"), as the six-month reference writes its digital-transformation items.
    public var inline: Bool

    public init(id: String, title: String?, level: Int, numbered: Bool = true, restartNumbering: Bool = false,
                inline: Bool = false, content: [ReportContentTemplate] = []) {
        self.id = id
        self.title = title
        self.level = level
        self.numbered = numbered
        self.restartNumbering = restartNumbering
        self.inline = inline
        self.content = content
    }

    private enum CodingKeys: String, CodingKey { case id, title, level, numbered, restartNumbering, inline, content }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id),
                  title: try c.decodeIfPresent(String.self, forKey: .title),
                  level: try c.decodeIfPresent(Int.self, forKey: .level) ?? 1,
                  numbered: try c.decodeIfPresent(Bool.self, forKey: .numbered) ?? true,
                  restartNumbering: try c.decodeIfPresent(Bool.self, forKey: .restartNumbering) ?? false,
                  inline: try c.decodeIfPresent(Bool.self, forKey: .inline) ?? false,
                  content: try c.decodeIfPresent([ReportContentTemplate].self, forKey: .content) ?? [])
    }

    /// Generated when any of its content is.
    public var origin: ReportOrigin {
        content.contains { $0.generate != nil || $0.figures != nil } ? .generated : .narrative
    }
}

/// One item under a heading: a narrative paragraph or dash line (default text a person will
/// replace), or a part generated from the figures. In JSON: `{"text": "…"}`, `{"dash": "…"}`
/// or `{"generate": "indicator_table"}`, each with an optional `id`; or `{"figures": ["XS-CDS.03", …]}`:
/// one paragraph stating those figures in their sentences (`FigureSentence`), and where none is
/// entered for the period, a bracketed hint naming them, so the official knows what to enter.
/// `{"figures": […], "dash": ""}` writes each figure as a dash line instead.
public struct ReportContentTemplate: Codable, Sendable, Equatable {
    public var id: String?
    public var text: String?
    public var dash: String?
    public var generate: String?
    public var figures: [String]?

    public init(id: String? = nil, text: String? = nil, dash: String? = nil, generate: String? = nil,
                figures: [String]? = nil) {
        self.id = id
        self.text = text
        self.dash = dash
        self.generate = generate
        self.figures = figures
    }

    /// The figures' sentences in one paragraph.
    public static func figures(_ codes: String...) -> ReportContentTemplate {
        ReportContentTemplate(figures: codes)
    }

    /// The figures' sentences, each on a dash line.
    public static func figureDashes(_ codes: String...) -> ReportContentTemplate {
        ReportContentTemplate(dash: "", figures: codes)
    }

    public static func text(_ text: String, id: String? = nil) -> ReportContentTemplate {
        ReportContentTemplate(id: id, text: text)
    }

    public static func dash(_ text: String, id: String? = nil) -> ReportContentTemplate {
        ReportContentTemplate(id: id, dash: text)
    }

    public static func generate(_ generator: ReportGenerator) -> ReportContentTemplate {
        ReportContentTemplate(generate: generator.rawValue)
    }
}

/// The parts the software can write from figures. A kind's outline names them by raw value.
public enum ReportGenerator: String, Codable, Sendable, CaseIterable {
    /// STT, Chỉ tiêu, Cơ quan báo cáo, Kết quả, Mục tiêu, Đánh giá.
    case indicatorTable = "indicator_table"
    /// "Trong 10 chỉ tiêu, có 03 chỉ tiêu đạt, vượt mục tiêu; …".
    case indicatorSummary = "indicator_summary"
    /// Columns counting indicators per verdict.
    case verdictChart = "verdict_chart"
    /// One line chart per indicator with at least two periods of history.
    case trendCharts = "trend_charts"
    /// Indicators met or exceeded.
    case achievements
    /// Indicators not met, with the causes from the value notes.
    case limitations
    /// The distance to go for every indicator not yet met.
    case targets
    /// The dossier paragraph of the six-month reference.
    case dossierResults = "dossier_results"
    /// "Còn 05 hồ sơ TTHC giải quyết quá hạn (gồm: …)".
    case dossierLimitations = "dossier_limitations"
    /// Task counts by status and a table by lead department.
    case planSummary = "plan_summary"
    /// Overdue tasks with their lead departments.
    case planOverdue = "plan_overdue"
    /// Every task with its status.
    case planTasks = "plan_tasks"
    /// Section I's opening: indicators met and the dossier rates of the period.
    case keyFigures = "key_figures"
    /// The annual report's table by online service level, and the procedures with dossiers and paid online.
    case dossierLevels = "dossier_levels"
    /// The public-service index of Decision 766 (annual report): score, groups, criteria without data.
    case serviceIndex = "service_index"
    /// Each indicator's target at its last milestone ("Định hướng đến năm 2030").
    case direction2030 = "direction_2030"
    /// The plan's pillars (task, solution, lead and partners), or its open tasks by lead body.
    case planPillars = "plan_pillars"
    /// A province's report: communes expected, submitted, on time, late, not started, and who is missing.
    case provinceSubmissions = "province_submissions"
    /// A province's report: per indicator, how many communes met, approached or missed it.
    case provinceVerdicts = "province_verdicts"
    /// A province's report: the commune index ranking (all rows up to 40 ranked, else top and bottom 10).
    case provinceRanking = "province_ranking"
    /// A province's report: for each indicator, the communes judged "Chưa đạt", named.
    case provinceLaggards = "province_laggards"
    /// A province's report: the communes' dossier figures summed.
    case provinceDossiers = "province_dossiers"
    /// A province's report: indicators of communes projected to miss their milestone.
    case provinceWarnings = "province_warnings"
}
