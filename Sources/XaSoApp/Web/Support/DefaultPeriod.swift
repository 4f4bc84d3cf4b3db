import Fluent
import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

extension Request {
    /// The `period` in the address, else the latest quarter with figures for the unit.
    func webPeriodOrLatest(unit: String) async throws -> ReportingPeriod {
        if let p = try webPeriod() { return p }
        return try await DefaultPeriod.latest(units: [unit], on: db)
    }
}

/// The period a page opens on: the latest quarter (up to two years back) with figures of the unit(s),
/// else the current one. One query for the eight candidate quarters.
enum DefaultPeriod {
    static func latest(units: [String], on db: any Database,
                       today: LocalDay = LocalDay(date: Date())) async throws -> ReportingPeriod {
        try await latest(units: units, store: XaSoStore(db: db), today: today)
    }

    /// The same through the storage seam (a page's query has a store, not a database).
    static func latest(units: [String], store: some FigureStorage,
                       today: LocalDay = LocalDay(date: Date())) async throws -> ReportingPeriod {
        let current = PeriodChoices.current(today)
        var candidates = [current]
        while candidates.count < 8 { candidates.append(candidates[candidates.count - 1].previous) }
        let reported = try await store.periodsWithFigures(units, among: candidates)
        return candidates.first { reported.contains($0.description) } ?? current
    }
}
