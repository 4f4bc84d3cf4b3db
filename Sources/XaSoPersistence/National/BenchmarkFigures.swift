import FluentKit
import Foundation
import SQLKit
import XaSoCore

/// For `xaso-bench national` only: every commune of the stored unit list with a figure for every
/// national indicator of `frameworks` (every framework when nil) in each of `periods`, written straight into `indicator_values` (no history,
/// no audit, no roll-up refresh: the benchmark times the refresh separately). The figures are
/// deterministic and within `FigureRules` for each indicator's unit kind.
extension XaSoStore {
    @discardableResult
    public func fillEveryCommuneForBenchmark(periods: [ReportingPeriod], frameworks: Set<String>? = nil) async throws -> Int {
        let sql = try db.sqlDatabase()
        let communes = try await sql.select().column("code").column("kind").from("units").all()
            .filter { AdministrativeUnit(code: "", name: "", fullName: "", kind: try $0.decode(column: "kind", as: String.self),
                                         parentCode: nil).level == .commune }
            .map { try $0.decode(column: "code", as: String.self) }
        let indicators = try await nationalCatalogue(version: catalogueSettings().version).indicators
            .filter { ind in ind.scopeUnitCode == nil && (frameworks?.contains(ind.frameworkCode) ?? true) }
        let now = Date()
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        var written = 0
        var rows: [[any Encodable & Sendable]] = []
        rows.reserveCapacity(20_000)
        func flush() async throws {
            try await SQLRows.insert(rows, into: "indicator_values",
                                     columns: ["id", "updated_at", "unit_code", "indicator_code", "period", "value", "approximate",
                                               "value_text", "state", "entered_by", "entered_at", "source"], on: sql)
            written += rows.count
            rows.removeAll(keepingCapacity: true)
        }
        for period in periods {
            for commune in communes {
                for ind in indicators {
                    let (value, text): (Double, String?)
                    switch ind.unitKind {
                    case .percent, .index: value = Double(40 + next(61)); text = nil
                    case .rank: value = Double(1 + next(60)); text = nil
                    case .count: value = Double(next(500)); text = nil
                    case .yesNo: value = Double(next(2)); text = nil
                    case .text: value = 0; text = "VNPT, Viettel"
                    }
                    rows.append([UUID(), now, commune, ind.code, period.description, value, false, text,
                                 ValueState.draft.rawValue, "bench", now, "bench"])
                }
                if rows.count >= 20_000 { try await flush() }
            }
        }
        if !rows.isEmpty { try await flush() }
        return written
    }
}
