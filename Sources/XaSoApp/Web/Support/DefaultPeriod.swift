import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

extension Request {
    /// The `period` in the address, else the latest quarter with figures for the unit.
    func webPeriodOrLatest(unit: String) async throws -> ReportingPeriod {
        if let p = try webPeriod() { return p }
        return try await DefaultPeriod.latest(unit: unit, store: store)
    }
}

/// The period a dashboard opens on: the latest quarter (up to two years back) with figures, else the current one.
enum DefaultPeriod {
    static func latest(unit: String, store: XaSoStore, today: LocalDay = LocalDay(date: Date())) async throws -> ReportingPeriod {
        var p = PeriodChoices.current(today)
        for _ in 0..<8 {
            if try await !store.values(unitCode: unit, period: p).isEmpty { return p }
            p = p.previous
        }
        return PeriodChoices.current(today)
    }
}
