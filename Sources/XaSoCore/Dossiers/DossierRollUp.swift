import Foundation

/// One unit's ledger as the statistics need it: its catalogue and its dossiers.
public struct UnitLedger: Sendable {
    public var unitCode: String
    public var procedures: [Procedure]
    public var dossiers: [Dossier]

    public init(unitCode: String, procedures: [Procedure], dossiers: [Dossier]) {
        self.unitCode = unitCode
        self.procedures = procedures
        self.dossiers = dossiers
    }
}

public struct UnitDossierStatistics: Sendable, Hashable, Codable {
    public var unitCode: String
    public var statistics: DossierStatistics

    public init(unitCode: String, statistics: DossierStatistics) {
        self.unitCode = unitCode
        self.statistics = statistics
    }

    enum CodingKeys: String, CodingKey {
        case unitCode = "unit_code"
        case statistics
    }
}

/// The statistics of every commune of a province for one range, and their total:
/// counts summed, rates recomputed from the sums (see `DossierStatistics.add`).
public struct DossierRollUp: Sendable, Hashable, Codable {
    public var range: DayRange
    /// Sorted by unit code.
    public var units: [UnitDossierStatistics]
    public var total: DossierStatistics

    public init(range: DayRange, units: [UnitDossierStatistics]) {
        self.range = range
        self.units = units.sorted { $0.unitCode < $1.unitCode }
        self.total = DossierStatistics.total(units.map(\.statistics))
    }

    public static func compute(_ ledgers: [UnitLedger], range: DayRange) -> DossierRollUp {
        DossierRollUp(range: range, units: ledgers.map {
            UnitDossierStatistics(unitCode: $0.unitCode,
                                  statistics: DossierStatistics.compute(procedures: $0.procedures,
                                                                        dossiers: $0.dossiers, range: range))
        })
    }

    public static func compute(_ ledgers: [UnitLedger], period: ReportingPeriod) -> DossierRollUp {
        compute(ledgers, range: period.cutOffRange)
    }

    enum CodingKeys: String, CodingKey {
        case from, to, units, total
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func day(_ key: CodingKeys) throws -> LocalDay {
            let text = try c.decode(String.self, forKey: key)
            guard let day = LocalDay(parsing: text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "invalid day \"\(text)\"")
            }
            return day
        }
        range = DayRange(from: try day(.from), to: try day(.to))
        units = try c.decode([UnitDossierStatistics].self, forKey: .units)
        total = DossierStatistics.total(units.map(\.statistics))
    }

    /// `from`/`to` as ISO days; `total` is written for readers and recomputed on reading.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(range.from.description, forKey: .from)
        try c.encode(range.to.description, forKey: .to)
        try c.encode(units, forKey: .units)
        try c.encode(total, forKey: .total)
    }
}
