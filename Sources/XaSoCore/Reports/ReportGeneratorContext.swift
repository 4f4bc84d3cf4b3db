import Foundation

/// Runs the generators of one report. Ids of what a generator writes start with the section id
/// and the generator's code ("ton-tai.limitations-2"), so they stay the same from one period to
/// the next and a person's edit finds its paragraph again.
struct ReportGeneratorContext {
    let input: ReportInput
    var idPrefix = ""
    /// Charts are numbered through the whole report ("Biểu đồ 2. …").
    var chartCount = 0
    private var itemCount = 0

    init(input: ReportInput) {
        self.input = input
    }

    mutating func generate(_ generator: ReportGenerator) -> [ReportBlock] {
        itemCount = 0
        switch generator {
        case .indicatorTable: return indicatorTable()
        case .indicatorSummary: return indicatorSummary()
        case .verdictChart: return verdictChart()
        case .trendCharts: return trendCharts()
        case .achievements: return achievements()
        case .limitations: return limitations()
        case .targets: return targets()
        case .dossierResults: return dossierResults()
        case .dossierLimitations: return dossierLimitations()
        case .planSummary: return planSummary()
        case .planOverdue: return planOverdue()
        case .planTasks: return planTasks()
        case .keyFigures: return keyFigures()
        case .dossierLevels: return dossierLevels()
        case .serviceIndex: return serviceIndex()
        case .direction2030: return direction2030()
        case .planPillars: return planPillars()
        case .provinceSubmissions: return provinceSubmissions()
        case .provinceVerdicts: return provinceVerdicts()
        case .provinceRanking: return provinceRanking()
        case .provinceLaggards: return provinceLaggards()
        case .provinceDossiers: return provinceDossiers()
        case .provinceWarnings: return provinceWarnings()
        }
    }

    mutating func nextID() -> String {
        itemCount += 1
        return "\(idPrefix)-\(itemCount)"
    }

    mutating func paragraph(_ text: String) -> ReportBlock {
        .paragraph(nextID(), text)
    }

    mutating func dash(_ text: String) -> ReportBlock {
        .dash(nextID(), text)
    }

    mutating func nextChartCaption(_ text: String) -> String {
        chartCount += 1
        return "Biểu đồ \(chartCount). \(text)"
    }

    var period: ReportingPeriod { input.period }
    var periodShort: String { ReportWording.periodShortName(input.period) }
}
