import Foundation
import XaSoCore
import XaSoStorage

extension InMemoryStorage: FigureStorage {
    /// As `XaSoStore.saveValues`: every row checked for permission and `FigureRules` first, nothing
    /// stored on any problem; then inserted or updated by (unit, indicator, period), an approved
    /// figure that changes going back to draft, the reviewer's verdict and comment kept.
    public func saveValues(_ values: [IndicatorValue], positions: [Int]?, actor: Principal) async throws -> ImportSummary {
        guard !values.isEmpty else { return ImportSummary(inserted: 0, updated: 0) }
        let indicators = read { s in Dictionary(s.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first }) }
        try FigureBatchCheck.check(values, positions: positions, indicators: indicators, actor: actor)
        let now = self.now()
        return write { s in
            var summary = ImportSummary(inserted: 0, updated: 0)
            for v in values {
                var stored = v
                stored.enteredAt = v.enteredAt ?? now
                let key = Self.key(v.unitCode, v.indicatorCode, v.period)
                let action: String
                if let old = s.values[key] {
                    if old.value.state == .approved { stored.state = .draft }
                    s.values[key] = StoredFigure(value: stored, manualVerdict: old.manualVerdict, reviewComment: old.reviewComment)
                    action = "update"
                    summary.updated += 1
                } else {
                    s.values[key] = StoredFigure(value: stored)
                    action = "create"
                    summary.inserted += 1
                }
                s.history[key, default: []].append(HistoryEntry(changedAt: now, changedBy: actor.username, action: action,
                                                                value: stored))
            }
            return summary
        }
    }

    public func values(unitCode: String, period: ReportingPeriod) async throws -> [IndicatorValue] {
        storedValues(unitCodes: [unitCode], periods: [period]).map(\.value)
    }

    public func values(unitCode: String, periods: [ReportingPeriod]) async throws -> [IndicatorValue] {
        storedValues(unitCodes: [unitCode], periods: periods).map(\.value)
    }

    public func transition(unitCode: String, indicator: String, period: ReportingPeriod, to next: ValueState,
                           comment: String?, actor: Principal) async throws -> IndicatorValue {
        let owners = try await self.indicator(indicator, unitCode: nil).owners
        try ValueTransitionCheck.requireAllowed(actor, unitCode: unitCode, indicatorOwners: owners, to: next)
        let now = self.now()
        return try write { s in
            let key = Self.key(unitCode, indicator, period)
            guard var row = s.values[key] else { throw Self.noValue(unitCode, indicator, period) }
            try ValueTransitionCheck.check(from: row.value.state, to: next, comment: comment)
            row.value.state = next
            if next == .returned { row.reviewComment = comment }
            s.values[key] = row
            s.history[key, default: []].append(HistoryEntry(changedAt: now, changedBy: actor.username, action: next.rawValue,
                                                            value: row.value))
            return row.value
        }
    }

    public func history(unitCode: String, indicator: String, period: ReportingPeriod) async throws -> [HistoryEntry] {
        let key = Self.key(unitCode, indicator, period)
        return try read { s in
            guard s.values[key] != nil else { throw Self.noValue(unitCode, indicator, period) }
            return s.history[key] ?? []
        }
    }

    public func deleteValues(unitCode: String, period: ReportingPeriod, indicators: [String]?,
                             actor: Principal) async throws -> Int {
        _ = try await requireUnit(unitCode)
        guard AccessPolicy.canDeleteValues(actor, unitCode: unitCode) else {
            throw AppError.forbidden("you may not delete figures of unit \(unitCode)")
        }
        let now = self.now()
        return write { s in
            let keys = s.values.filter { _, f in
                f.value.unitCode == unitCode && f.value.period == period
                    && (indicators?.contains(f.value.indicatorCode) ?? true)
            }.keys
            for key in keys {
                s.history[key, default: []].append(HistoryEntry(changedAt: now, changedBy: actor.username, action: "delete",
                                                                value: s.values[key]?.value))
                s.values[key] = nil
            }
            return keys.count
        }
    }

    public func figuresOverTime(unit: String, indicator: String) async throws -> [(period: ReportingPeriod, row: PeriodFigure)] {
        read { s in
            s.values.values.filter { $0.value.unitCode == unit && $0.value.indicatorCode == indicator }.map { f in
                let v = f.value
                return (period: v.period, row: PeriodFigure(period: v.period.description, value: v.value.number,
                                                            approximate: v.value.approximate, note: v.note,
                                                            state: v.state.rawValue))
            }.sorted { $0.period < $1.period }
        }
    }

    public func reviewComments(unit: String, period: ReportingPeriod) async throws -> [String: String] {
        read { s in
            var result: [String: String] = [:]
            for f in s.values.values where f.value.unitCode == unit && f.value.period == period && f.value.state == .returned {
                if let c = f.reviewComment { result[f.value.indicatorCode] = c }
            }
            return result
        }
    }

    public func unitsWithFigures(_ units: [String], period: ReportingPeriod) async throws -> Set<String> {
        let wanted = Set(units)
        return read { s in Set(s.values.values.filter { $0.value.period == period && wanted.contains($0.value.unitCode) }
            .map(\.value.unitCode)) }
    }

    public func periodsWithFigures(_ units: [String], among periods: [ReportingPeriod]) async throws -> Set<String> {
        let wanted = Set(units), among = Set(periods)
        return read { s in Set(s.values.values.filter { among.contains($0.value.period) && wanted.contains($0.value.unitCode) }
            .map(\.value.period.description)) }
    }

    /// The figures of the units for the periods, ordered as the database reads them (unit, period, indicator).
    func storedValues(unitCodes: [String], periods: [ReportingPeriod]) -> [StoredValue] {
        let units = Set(unitCodes), among = Set(periods)
        return read { s in
            s.values.values.filter { units.contains($0.value.unitCode) && among.contains($0.value.period) }
                .sorted { a, b in
                    (a.value.unitCode, a.value.period.description, a.value.indicatorCode)
                        < (b.value.unitCode, b.value.period.description, b.value.indicatorCode)
                }
                .map { StoredValue(value: $0.value, manualVerdict: $0.manualVerdict) }
        }
    }

    static func noValue(_ unitCode: String, _ indicator: String, _ period: ReportingPeriod) -> AppError {
        AppError.notFound(.valueNotFound, "\(unitCode)/\(indicator)/\(period)",
                          vietnamese: "Chưa có số liệu chỉ tiêu \(indicator) kỳ \(period) của đơn vị \(unitCode).")
    }
}
