import FluentKit
import Foundation
import XaSoCore

extension XaSoStore {
    /// A unit's figures over several periods in one query: what trend charts plot.
    public func values(unitCode: String, periods: [ReportingPeriod]) async throws -> [IndicatorValue] {
        guard !periods.isEmpty else { return [] }
        return try await storedValues(unitCodes: [unitCode], periods: periods).map(\.value)
    }
}
