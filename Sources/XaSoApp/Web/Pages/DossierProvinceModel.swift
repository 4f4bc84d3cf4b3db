import Foundation
import XaSoCore

/// A province's dossier table: every commune's figures for the range, filtered by name (without
/// diacritics) and sorted by a column so that the communes needing attention come first.
struct DossierProvinceModel {
    enum Sort: String, CaseIterable, Sendable {
        case name, received
        case onlineRate = "online_rate"
        case late
        case inProgress = "in_progress"
        case onTimeRate = "on_time_rate"
        case serviceIndex = "service_index"
    }

    struct Row {
        var code: String
        var name: String
        var statistics: DossierStatistics
        /// Decision 766's index (points of 100) for the period.
        var serviceIndex: Double?
    }

    var rows: [Row]
    /// Every commune of the province, whatever is shown.
    var total: DossierStatistics
    var communeCount: Int
    var sort: Sort
    var query: String

    static func build(rollUp: DossierRollUp, names: [String: String], serviceIndex: [String: Double] = [:], sort: Sort,
                      query: String) -> DossierProvinceModel {
        var rows = rollUp.units.map {
            Row(code: $0.unitCode, name: names[$0.unitCode] ?? $0.unitCode, statistics: $0.statistics,
                serviceIndex: serviceIndex[$0.unitCode])
        }
        let q = VietnameseText.folded(query)
        if !q.isEmpty { rows = rows.filter { VietnameseText.folded($0.name).contains(q) } }
        let byName: (Row, Row) -> Bool = { VietnameseText.folded($0.name) < VietnameseText.folded($1.name) }
        // Most first for counts, least first for rates; a rate with nothing to divide goes last.
        func rate(_ r: DossierRate) -> Double { r.percent ?? .infinity }
        rows.sort { a, b in
            let (x, y) = (a.statistics, b.statistics)
            switch sort {
            case .name: return byName(a, b)
            case .received: return x.receivedTotal != y.receivedTotal ? x.receivedTotal > y.receivedTotal : byName(a, b)
            case .late: return x.late != y.late ? x.late > y.late : byName(a, b)
            case .inProgress: return x.inProgress != y.inProgress ? x.inProgress > y.inProgress : byName(a, b)
            case .onlineRate:
                return rate(x.onlineRate) != rate(y.onlineRate) ? rate(x.onlineRate) < rate(y.onlineRate) : byName(a, b)
            case .onTimeRate:
                return rate(x.onTimeRate) != rate(y.onTimeRate) ? rate(x.onTimeRate) < rate(y.onTimeRate) : byName(a, b)
            case .serviceIndex:
                let (i, j) = (a.serviceIndex ?? .infinity, b.serviceIndex ?? .infinity)
                return i != j ? i < j : byName(a, b)
            }
        }
        return DossierProvinceModel(rows: rows, total: rollUp.total, communeCount: rollUp.units.count, sort: sort, query: query)
    }
}
