import Foundation

/// The rules of submitting a period, in one place for the API, the CLI and the web pages.
public enum SubmissionRules {
    /// The figures a province expects when it names no framework: the national strategy's
    /// digital-society indicators (Decision 411/QĐ-TTg), the part the quarterly report states.
    public static let defaultFramework = "CL411"

    /// A period may be submitted from the first day of its data cut-off range (Decree 09/2019)
    /// and at any time after: a late report is still wanted, and is marked late rather than refused.
    public static func isOpen(_ period: ReportingPeriod, on day: LocalDay) -> Bool {
        day >= period.cutOffRange.from
    }

    /// The state shown for a commune: the stored one when people acted, else read from the figures.
    public static func state(record: SubmissionRecord?, enteredFigures: Int) -> SubmissionState {
        if let record, record.state.isDecided { return record.state }
        return enteredFigures > 0 ? .inProgress : .notStarted
    }

    /// On time when submitted on or before the deadline day (Vietnam time); nil when never submitted.
    public static func onTime(submittedAt: Date?, deadline: LocalDay) -> Bool? {
        submittedAt.map { LocalDay(date: $0) <= deadline }
    }

    /// Share of the expected figures entered, 0…1. Nothing expected owes nothing: 1.
    public static func completeness(entered: Int, expected: Int) -> Double {
        guard expected > 0 else { return 1 }
        return Double(min(max(entered, 0), expected)) / Double(expected)
    }

    /// The state after `next`, or the error every interface answers with. Checked before anything
    /// is stored: the period must be open to submit, and a return must say why.
    public static func move(_ current: SubmissionState, to next: SubmissionState, period: ReportingPeriod,
                            today: LocalDay, reason: String?) throws {
        if next == .submitted, !isOpen(period, on: today) {
            let from = period.cutOffRange.from
            throw AppError(.invalid, code: .submissionPeriodNotOpen,
                           message: "period \(period) opens for submission on \(from); today is \(today)",
                           vietnamese: "Kỳ \(period.vietnameseName) chưa mở để nộp: kỳ bắt đầu nhận số liệu từ ngày \(from.shortVietnamese).",
                           issues: [ImportIssue(row: 1, field: "period", value: period.description, code: .submissionPeriodNotOpen,
                                                message: "Kỳ \(period) chưa mở (mở từ \(from.shortVietnamese)).")])
        }
        if next == .returned, (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw AppError(.invalid, code: .submissionReasonRequired, message: "returning a submission needs a reason",
                           vietnamese: "Cần ghi rõ lý do trả lại.",
                           issues: [ImportIssue(row: 1, field: "reason", value: reason ?? "", code: .submissionReasonRequired,
                                                message: "Chưa ghi lý do trả lại.")])
        }
        guard current.canMove(to: next) else {
            throw AppError(.conflict, code: .submissionStateInvalid,
                           message: "a submission that is \(current.rawValue) cannot become \(next.rawValue)",
                           vietnamese: "Không thể chuyển từ “\(current.vietnamese(onTime: nil))” sang “\(next.vietnamese(onTime: nil))”.")
        }
    }
}
