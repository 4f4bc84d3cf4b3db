import Foundation

/// Where a commune's submission of one period stands, as the province sees it.
///
/// `notStarted` and `inProgress` are never stored: they are read from the figures (none entered,
/// some entered). `submitted`, `returned` and `approved` are what people did, kept in a record.
public enum SubmissionState: String, Sendable, Codable, CaseIterable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case submitted
    case returned
    case approved

    /// Whether the state can be the result of a person's action (and so be stored).
    public var isDecided: Bool { self == .submitted || self == .returned || self == .approved }

    /// The moves people make: a commune submits (again, after a return); the province returns or
    /// approves what was submitted, and may return an approval it has to take back.
    public func canMove(to next: SubmissionState) -> Bool {
        switch (self, next) {
        case (.notStarted, .submitted), (.inProgress, .submitted), (.returned, .submitted),
             (.submitted, .returned), (.submitted, .approved), (.approved, .returned):
            return true
        default:
            return false
        }
    }

    /// The label of the province's table; a submission's label also says whether it was on time.
    public func vietnamese(onTime: Bool?) -> String {
        switch self {
        case .notStarted: return "Chưa bắt đầu"
        case .inProgress: return "Đang nhập"
        case .submitted: return onTime == false ? "Nộp muộn" : "Đã nộp đúng hạn"
        case .returned: return "Bị trả lại"
        case .approved: return "Đã duyệt"
        }
    }
}

/// What is stored of a commune's submission of one period: the last thing people did.
public struct SubmissionRecord: Sendable, Codable, Equatable {
    public var unitCode: String
    public var period: ReportingPeriod
    /// `submitted`, `returned` or `approved`.
    public var state: SubmissionState
    /// When the commune last submitted: a submission after a return is judged by its own time.
    public var submittedAt: Date?
    public var submittedBy: String?
    /// Why the province sent it back (required for `returned`).
    public var reason: String?
    public var decidedAt: Date?
    public var decidedBy: String?

    public init(unitCode: String, period: ReportingPeriod, state: SubmissionState, submittedAt: Date? = nil,
                submittedBy: String? = nil, reason: String? = nil, decidedAt: Date? = nil, decidedBy: String? = nil) {
        self.unitCode = unitCode
        self.period = period
        self.state = state
        self.submittedAt = submittedAt
        self.submittedBy = submittedBy
        self.reason = reason
        self.decidedAt = decidedAt
        self.decidedBy = decidedBy
    }
}
