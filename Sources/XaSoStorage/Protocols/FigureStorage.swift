import Foundation
import XaSoCore

/// Figures (indicator values): stored all-or-nothing, reviewed, their history, and the lookups pages make.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol FigureStorage: Sendable {
    @discardableResult func deleteValues(unitCode: String, period: ReportingPeriod, indicators: [String]?,
                                         actor: Principal) async throws -> Int

    func values(unitCode: String, periods: [ReportingPeriod]) async throws -> [IndicatorValue]

    func figuresOverTime(unit: String, indicator: String) async throws -> [(period: ReportingPeriod, row: PeriodFigure)]
    func reviewComments(unit: String, period: ReportingPeriod) async throws -> [String: String]
    func unitsWithFigures(_ units: [String], period: ReportingPeriod) async throws -> Set<String>
    func periodsWithFigures(_ units: [String], among periods: [ReportingPeriod]) async throws -> Set<String>

    @discardableResult func saveValues(_ values: [IndicatorValue], positions: [Int]?,
                                       actor: Principal) async throws -> ImportSummary
    func values(unitCode: String, period: ReportingPeriod) async throws -> [IndicatorValue]
    func transition(unitCode: String, indicator: String, period: ReportingPeriod, to next: ValueState, comment: String?,
                    actor: Principal) async throws -> IndicatorValue
    func history(unitCode: String, indicator: String, period: ReportingPeriod) async throws -> [HistoryEntry]
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension FigureStorage {
    @discardableResult func deleteValues(unitCode: String, period: ReportingPeriod, indicators: [String]? = nil,
                                         actor: Principal) async throws -> Int {
        try await deleteValues(unitCode: unitCode, period: period, indicators: indicators, actor: actor)
    }

    @discardableResult func saveValues(_ values: [IndicatorValue], positions: [Int]? = nil,
                                       actor: Principal) async throws -> ImportSummary {
        try await saveValues(values, positions: positions, actor: actor)
    }

    func transition(unitCode: String, indicator: String, period: ReportingPeriod, to next: ValueState,
                    comment: String? = nil, actor: Principal) async throws -> IndicatorValue {
        try await transition(unitCode: unitCode, indicator: indicator, period: period, to: next, comment: comment,
                             actor: actor)
    }
}
