import Foundation

extension DossierStatistics {
    /// The field under which late dossiers of a procedure missing from the catalogue are counted.
    public static let unknownField = "Không xác định"

    /// The figures for one unit over the period's data cut-off range (15th of the month
    /// before the period to the 14th of its last month).
    public static func compute(procedures: [Procedure], dossiers: [Dossier],
                               period: ReportingPeriod) -> DossierStatistics {
        compute(procedures: procedures, dossiers: dossiers, range: period.cutOffRange)
    }

    /// The figures for one unit over an inclusive range of local days.
    ///
    /// `dossiers` must be that unit's ledger and `procedures` its catalogue; nothing is
    /// filtered by unit here. Each count's definition is in docs/dossiers.md; this function
    /// is the reference any SQL aggregation must equal. A range whose start is after its end
    /// holds no day: only the catalogue counts are filled.
    public static func compute(procedures: [Procedure], dossiers: [Dossier], range: DayRange) -> DossierStatistics {
        let dossiers = range.from <= range.to ? dossiers : []
        let from = range.from.dayNumber, to = range.to.dayNumber
        let catalogue = CatalogueIndex(procedures)
        var stats = DossierStatistics()
        for p in catalogue.procedures {
            stats.byLevel[p.level].procedures += 1
            if p.hasFee {
                stats.onlinePayment.feeProcedures += 1
                if p.onlinePaymentIntegrated { stats.onlinePayment.feeProceduresWithOnlinePayment += 1 }
            }
        }
        var hasDossier = [Bool](repeating: false, count: catalogue.procedures.count)
        var lateByFieldIndex = [Int](repeating: 0, count: catalogue.fieldNames.count + 1)
        let unknownFieldIndex = catalogue.fieldNames.count

        for d in dossiers {
            let standing = d.standing(fromDay: from, toDay: to)
            if standing == .outside { continue }
            let procedure = catalogue.index(of: d.procedureCode)

            if d.receivedAt.dayNumber >= from {
                stats.receivedInPeriod += 1
                switch d.channel {
                case .online: stats.online += 1
                case .direct: stats.direct += 1
                case .post: stats.post += 1
                }
                if d.enteredLate { stats.lateEntry += 1 }
                if let digitised = d.digitised {
                    stats.digitisation.stated += 1
                    if digitised { stats.digitisation.digitised += 1 }
                }
                if let reused = d.reusedDigitalData {
                    stats.digitisation.reuseStated += 1
                    if reused { stats.digitisation.reused += 1 }
                }
                if let procedure {
                    let p = catalogue.procedures[procedure]
                    stats.byLevel[p.level].dossiers += 1
                    if !hasDossier[procedure] {
                        hasDossier[procedure] = true
                        stats.byLevel[p.level].proceduresWithDossiers += 1
                    }
                    if p.hasFee {
                        stats.onlinePayment.feeDossiers += 1
                        if d.paidOnline { stats.onlinePayment.dossiersPaidOnline += 1 }
                    }
                }
            } else {
                stats.carriedOver += 1
            }

            switch standing {
            case .outside:
                break
            case .returned(.early):
                stats.early += 1
            case .returned(.late):
                stats.late += 1
                lateByFieldIndex[procedure.map { catalogue.fieldOf[$0] } ?? unknownFieldIndex] += 1
            case .returned:
                stats.onTime += 1
            case .rejected:
                stats.rejected += 1
            case .withdrawn:
                stats.withdrawn += 1
            case .inProgress(let timeliness):
                stats.inProgress += 1
                if timeliness == .late { stats.inProgressLate += 1 }
            }
        }
        for (i, count) in lateByFieldIndex.enumerated() where count > 0 {
            stats.lateByField[i == unknownFieldIndex ? unknownField : catalogue.fieldNames[i]] = count
        }
        return stats
    }
}

/// A catalogue ready for a million lookups: each code to its position, and each
/// procedure to its field, fields grouped folded so "Đất đai" and "đất đai" are one.
struct CatalogueIndex {
    /// Distinct codes; a code listed twice keeps its last row.
    let procedures: [Procedure]
    let fieldNames: [String]
    /// Position in `fieldNames` of each procedure's field.
    let fieldOf: [Int]
    private let positionOfCode: [String: Int]

    init(_ list: [Procedure]) {
        var last: [String: Int] = [:]
        for (i, p) in list.enumerated() { last[p.code] = i }
        procedures = last.values.sorted().map { list[$0] }
        var positions: [String: Int] = [:]
        var names: [String] = []
        var fieldIndex: [String: Int] = [:]
        var fieldOf: [Int] = []
        for (i, p) in procedures.enumerated() {
            positions[p.code] = i
            let key = VietnameseText.folded(p.field)
            if let known = fieldIndex[key] {
                fieldOf.append(known)
            } else {
                fieldIndex[key] = names.count
                fieldOf.append(names.count)
                names.append(p.field)
            }
        }
        positionOfCode = positions
        fieldNames = names
        self.fieldOf = fieldOf
    }

    @inline(__always)
    func index(of code: String) -> Int? { positionOfCode[code] }
}
