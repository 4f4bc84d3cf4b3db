import Foundation
import XaSoCore

public struct ImportSummary: Sendable, Codable, Equatable {
    public var inserted: Int
    public var updated: Int

    public init(inserted: Int, updated: Int) {
        self.inserted = inserted
        self.updated = updated
    }
}

public struct HistoryEntry: Sendable, Codable, Equatable {
    public var changedAt: Date
    public var changedBy: String
    public var action: String
    public var value: IndicatorValue?

    public init(changedAt: Date, changedBy: String, action: String, value: IndicatorValue? = nil) {
        self.changedAt = changedAt
        self.changedBy = changedBy
        self.action = action
        self.value = value
    }
}

public struct PeriodFigure: Sendable, Decodable {
    public var period: String
    public var value: Double
    public var approximate: Bool
    public var note: String?
    public var state: String

    public init(period: String, value: Double, approximate: Bool, note: String? = nil, state: String) {
        self.period = period
        self.value = value
        self.approximate = approximate
        self.note = note
        self.state = state
    }
}
