import Foundation
import XaSoCore

/// The data-quality flags of a commune (or of a province's communes) for a period, as a page or a
/// section of the entry page shows them: who may mark each checked is decided here, without HTTP.
struct QualityModel: Sendable {
    struct Row: Sendable {
        var flag: DataQualityFlag
        var unitName: String
        var indicatorName: String
        /// The figure as the entry form writes it ("90%").
        var valueText: String
        var canCheck: Bool
    }

    var unit: AdministrativeUnit
    var period: ReportingPeriod
    var rows: [Row]
    /// The period picker offers periods up to this day.
    var today = LocalDay(date: Date())

    var open: Int { rows.filter { $0.flag.checked == nil }.count }
    /// A province's list names the commune of each row.
    var showsCommune: Bool { unit.level == .province }

    /// `provinceCode`: the province of the communes flagged (the unit itself for a province).
    static func build(unit: AdministrativeUnit, period: ReportingPeriod, flags: [DataQualityFlag],
                      names: [String: String], indicators: [String: Indicator], principal: Principal,
                      provinceCode: String?) -> QualityModel {
        QualityModel(unit: unit, period: period, rows: flags.map { f in
            let indicator = indicators[f.indicatorCode]
            return Row(flag: f, unitName: names[f.unitCode] ?? f.unitCode,
                       indicatorName: indicator.map { "\($0.code) – \($0.name)" } ?? f.indicatorCode,
                       valueText: MeasuredValue(number: f.value).formatted(unitKind: indicator?.unitKind ?? .count),
                       canCheck: f.checked == nil
                           && AccessPolicy.canCheckQuality(principal, unitCode: f.unitCode, provinceCode: provinceCode))
        })
    }

    /// Open flags per commune: the province table's column.
    static func openCounts(_ flags: [DataQualityFlag]) -> [String: Int] {
        flags.filter { $0.checked == nil }.reduce(into: [:]) { $0[$1.unitCode, default: 0] += 1 }
    }
}
