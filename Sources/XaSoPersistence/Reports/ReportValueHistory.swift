import FluentKit
import Foundation
import XaSoCore

extension XaSoStore {
    /// A unit's figures over several periods in one query: what trend charts plot.
    public func values(unitCode: String, periods: [ReportingPeriod]) async throws -> [IndicatorValue] {
        guard !periods.isEmpty else { return [] }
        return try await ValueModel.query(on: db).filter(\.$unitCode == unitCode)
            .filter(\.$period ~~ periods.map(\.description)).all().compactMap(Self.value)
    }
}
