import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// `GET /api/v1/national` and `xaso national`: every province's stored roll-up of a period.
/// A province with no roll-up yet (no figure of the period, or never refreshed) is listed with
/// zeros and nulls, so the table always has all 34 lines.
struct NationalDTO: Content, Equatable {
    struct Verdicts: Content, Equatable {
        var exceeded: Int
        var met: Int
        var approaching: Int
        var not_met: Int
        var no_target: Int
        var no_data: Int
    }

    struct Province: Content, Equatable {
        var province_code: String
        var name: String
        var communes: Int
        var communes_with_figures: Int
        var expected_figures: Int
        var entered_figures: Int
        /// Entered figures as a share of the expected ones, 0…100; null when nothing is stored.
        var completeness: Double?
        /// The commune index averaged over the communes with figures; null when none has any.
        var index: Double?
        var index_median: Double?
        var verdicts: Verdicts
        /// Communes whose period stands submitted or approved.
        var submitted: Int
        /// When the row was computed; null when it never was.
        var refreshed_at: Date?

        enum CodingKeys: String, CodingKey {
            case province_code, name, communes, communes_with_figures, expected_figures, entered_figures, completeness
            case index, index_median, verdicts, submitted, refreshed_at
        }

        // Written out so that a null stays in the object rather than vanishing from it.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(province_code, forKey: .province_code)
            try c.encode(name, forKey: .name)
            try c.encode(communes, forKey: .communes)
            try c.encode(communes_with_figures, forKey: .communes_with_figures)
            try c.encode(expected_figures, forKey: .expected_figures)
            try c.encode(entered_figures, forKey: .entered_figures)
            try c.encode(completeness, forKey: .completeness)
            try c.encode(index, forKey: .index)
            try c.encode(index_median, forKey: .index_median)
            try c.encode(verdicts, forKey: .verdicts)
            try c.encode(submitted, forKey: .submitted)
            try c.encode(refreshed_at, forKey: .refreshed_at)
        }

        init(_ row: XaSoStore.NationalRow) {
            let r = row.rollup
            let v = r?.verdicts ?? VerdictCounts([])
            province_code = row.provinceCode
            name = row.name
            communes = r?.communes ?? 0
            communes_with_figures = r?.communesWithFigures ?? 0
            expected_figures = r?.expectedFigures ?? 0
            entered_figures = r?.enteredFigures ?? 0
            completeness = r?.completeness
            index = r?.indexAverage
            index_median = r?.indexMedian
            verdicts = Verdicts(exceeded: v[.exceeded], met: v[.met], approaching: v[.approaching], not_met: v[.notMet],
                                no_target: v[.noTarget], no_data: v[.noData])
            submitted = r?.submitted ?? 0
            refreshed_at = r?.refreshedAt
        }
    }

    var period: String
    var provinces: [Province]

    init(period: ReportingPeriod, rows: [XaSoStore.NationalRow]) {
        self.period = period.description
        provinces = rows.map(Province.init)
    }
}
