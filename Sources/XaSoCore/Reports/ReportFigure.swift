import Foundation

/// A figure a report states in a sentence rather than in the indicator table: documents issued,
/// outreach sessions, staffing, accounts, signed documents, village digital teams… (the XaSo sets
/// XS-CCHC and XS-CDS, a unit's own figures, or any indicator named in a kind's outline).
public struct ReportFigure: Codable, Sendable, Equatable {
    public var code: String
    public var name: String
    public var unit: String
    public var unitKind: UnitKind
    /// The indicator's sentence wordings (`Indicator.sentences`).
    public var sentences: [String]
    /// Nil: not entered for the period.
    public var value: MeasuredValue?
    public var numerator: Double?
    public var denominator: Double?
    public var note: String?
    /// The same figure one period earlier, for "tăng 3 so với …".
    public var previous: MeasuredValue?
    /// Lead department.
    public var owner: String?
    public var approved: Bool

    public init(code: String, name: String, unit: String = "", unitKind: UnitKind, sentences: [String] = [],
                value: MeasuredValue?, numerator: Double? = nil, denominator: Double? = nil, note: String? = nil,
                previous: MeasuredValue? = nil, owner: String? = nil, approved: Bool = true) {
        self.code = code
        self.name = VietnameseText.normalized(name)
        self.unit = unit
        self.unitKind = unitKind
        self.sentences = sentences
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.note = note
        self.previous = previous
        self.owner = owner
        self.approved = approved
    }

    public init(indicator: Indicator, value: IndicatorValue?, previous: IndicatorValue? = nil) {
        self.init(code: indicator.code, name: indicator.name, unit: indicator.unit, unitKind: indicator.unitKind,
                  sentences: indicator.sentences, value: value?.value, numerator: value?.numerator,
                  denominator: value?.denominator, note: value?.note, previous: previous?.value,
                  owner: indicator.leadOwner, approved: value.map { $0.state == .approved } ?? true)
    }
}
