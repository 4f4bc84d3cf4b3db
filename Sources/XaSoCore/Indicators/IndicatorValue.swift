import Foundation

/// Draft → submitted → approved; a commune admin may send a submitted figure back (returned → draft again).
public enum ValueState: String, Sendable, Codable, CaseIterable {
    case draft
    case submitted
    case approved
    case returned

    public var vietnamese: String {
        switch self {
        case .draft: return "Nháp"
        case .submitted: return "Đã gửi duyệt"
        case .approved: return "Đã duyệt"
        case .returned: return "Trả lại"
        }
    }

    public func canMove(to next: ValueState) -> Bool {
        switch (self, next) {
        case (.draft, .submitted), (.returned, .submitted), (.submitted, .approved), (.submitted, .returned),
             (.approved, .returned):
            return true
        default:
            return false
        }
    }
}

/// A unit's figure for one indicator and period.
public struct IndicatorValue: Sendable, Codable, Hashable {
    public var unitCode: String
    public var indicatorCode: String
    public var period: ReportingPeriod
    public var value: MeasuredValue
    public var numerator: Double?
    public var denominator: Double?
    /// Who reports it ("UBND xã Gia Phúc", a bank branch).
    public var reportingBody: String?
    public var note: String?
    public var state: ValueState
    public var enteredBy: String?
    public var enteredAt: Date?
    /// "computed from the dossier ledger" and similar, when not typed by a person.
    public var source: String?

    public init(unitCode: String, indicatorCode: String, period: ReportingPeriod, value: MeasuredValue,
                numerator: Double? = nil, denominator: Double? = nil, reportingBody: String? = nil,
                note: String? = nil, state: ValueState = .draft, enteredBy: String? = nil,
                enteredAt: Date? = nil, source: String? = nil) {
        self.unitCode = unitCode
        self.indicatorCode = indicatorCode
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.reportingBody = reportingBody
        self.note = note
        self.state = state
        self.enteredBy = enteredBy
        self.enteredAt = enteredAt
        self.source = source
    }
}
