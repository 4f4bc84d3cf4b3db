import Foundation
import XaSoCore

/// What the province's table and reminders are built from.
public struct SubmissionTable: Sendable {
    public var overview: SubmissionOverview
    public var indicators: [Indicator]
    public var entered: [String: Set<String>]
    public var framework: String

    public var reminders: [SubmissionReminder] {
        SubmissionReminder.list(overview, indicators: indicators, entered: entered)
    }

    public init(overview: SubmissionOverview, indicators: [Indicator], entered: [String: Set<String>],
                framework: String) {
        self.overview = overview
        self.indicators = indicators
        self.entered = entered
        self.framework = framework
    }
}
