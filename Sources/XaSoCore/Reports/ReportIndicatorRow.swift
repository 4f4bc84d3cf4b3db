import Foundation

/// One row of a report's indicator table, already judged: the figure, the target that applied
/// and the verdict. Built from an `Evaluation`, or typed by hand for a reproduction.
public struct ReportIndicatorRow: Codable, Sendable, Equatable {
    /// STT as printed ("1", "7.1").
    public var number: String
    public var code: String
    public var name: String
    /// "UBND xã Gia Phúc", a department or a bank branch.
    public var reportingBody: String
    public var unitKind: UnitKind
    public var direction: Direction
    public var value: MeasuredValue?
    public var target: Target?
    /// Milestone year of the target ("Mục tiêu 2025").
    public var targetYear: Int?
    public var verdict: Verdict
    /// The verdict as an official rewrote it ("Tiệm cận mục tiêu, cần nâng thêm"); replaces the
    /// generated wording in the table only.
    public var verdictText: String?
    /// The reporter's note on causes ("do người dân chưa phổ cập sử dụng").
    public var note: String?
    /// The target of the indicator's last milestone (2030 for the national strategy), for "Định hướng đến năm 2030".
    public var horizonTarget: Target?
    public var horizonYear: Int?

    public init(number: String, code: String, name: String, reportingBody: String, unitKind: UnitKind = .percent,
                direction: Direction = .higher, value: MeasuredValue?, target: Target?, targetYear: Int? = nil,
                verdict: Verdict, verdictText: String? = nil, note: String? = nil) {
        self.number = number
        self.code = code
        self.name = VietnameseText.normalized(name)
        self.reportingBody = reportingBody
        self.unitKind = unitKind
        self.direction = direction
        self.value = value
        self.target = target
        self.targetYear = targetYear
        self.verdict = verdict
        self.verdictText = verdictText
        self.note = note.map(VietnameseText.normalized).flatMap { $0.isEmpty ? nil : $0 }
    }

    public init(evaluation e: Evaluation, reportingBody: String, number: String? = nil) {
        self.init(number: number ?? e.indicator.number, code: e.indicator.code, name: e.indicator.name,
                  reportingBody: reportingBody, unitKind: e.indicator.unitKind, direction: e.indicator.direction,
                  value: e.value, target: e.target, targetYear: e.targetYear, verdict: e.verdict, note: e.note)
        if let last = e.indicator.targets.keys.max() {
            horizonYear = last
            horizonTarget = e.indicator.targets[last]
        }
    }

    /// "85%", "~15%"; "Chưa có số liệu" without a figure.
    public var resultText: String { value?.formatted(unitKind: unitKind) ?? Verdict.noData.vietnamese }

    /// The target as written ("> 50%"); "-" when none applies.
    public var targetText: String {
        guard let target, target.comparison != .none else { return "-" }
        return target.text
    }

    /// "Chưa đạt – do người dân chưa phổ cập sử dụng": the verdict, and for an indicator not met
    /// the cause the reporter gave, as the reference table writes it.
    public var assessmentText: String {
        if let verdictText, !verdictText.isEmpty { return verdictText }
        guard let note, !verdict.isAchieved, verdict != .noData, verdict != .noTarget else { return verdict.vietnamese }
        return verdict.vietnamese + " – " + note
    }
}

/// An indicator's figures over past periods, for trend charts.
public struct ReportIndicatorHistory: Codable, Sendable, Equatable {
    public var code: String
    public var points: [ReportHistoryPoint]

    public init(code: String, points: [ReportHistoryPoint]) {
        self.code = code
        self.points = points
    }
}

public struct ReportHistoryPoint: Codable, Sendable, Equatable {
    public var period: ReportingPeriod
    public var value: Double?
    /// The target's bound that applied in that period.
    public var target: Double?

    public init(period: ReportingPeriod, value: Double?, target: Double? = nil) {
        self.period = period
        self.value = value
        self.target = target
    }
}
