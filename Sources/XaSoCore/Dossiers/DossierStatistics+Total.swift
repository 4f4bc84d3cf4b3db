import Foundation

extension DossierStatistics {
    /// Province (or any group) roll-up: every count is summed and the rates are
    /// recomputed from the summed counts, never averaged. Catalogue counts
    /// (`by_level.*.procedures`, `fee_procedures`…) add up per commune, so a
    /// procedure offered by 60 communes counts 60 times.
    public static func total<S: Sequence>(_ parts: S) -> DossierStatistics where S.Element == DossierStatistics {
        var sum = DossierStatistics()
        for part in parts { sum.add(part) }
        return sum
    }

    public mutating func add(_ other: DossierStatistics) {
        receivedInPeriod += other.receivedInPeriod
        carriedOver += other.carriedOver
        online += other.online
        direct += other.direct
        post += other.post
        early += other.early
        onTime += other.onTime
        late += other.late
        rejected += other.rejected
        withdrawn += other.withdrawn
        inProgress += other.inProgress
        inProgressLate += other.inProgressLate
        lateEntry += other.lateEntry
        for level in OnlineServiceLevel.allCases {
            byLevel[level].procedures += other.byLevel[level].procedures
            byLevel[level].proceduresWithDossiers += other.byLevel[level].proceduresWithDossiers
            byLevel[level].dossiers += other.byLevel[level].dossiers
        }
        onlinePayment.feeProcedures += other.onlinePayment.feeProcedures
        onlinePayment.feeProceduresWithOnlinePayment += other.onlinePayment.feeProceduresWithOnlinePayment
        onlinePayment.dossiersPaidOnline += other.onlinePayment.dossiersPaidOnline
        onlinePayment.feeDossiers += other.onlinePayment.feeDossiers

        // Same field spelled differently by two communes ("Hộ tịch", "hộ tịch") is one field;
        // the spelling met first is kept.
        var nameOfKey: [String: String] = [:]
        for name in lateByField.keys { nameOfKey[VietnameseText.folded(name)] = name }
        for (name, count) in other.lateByField {
            let key = VietnameseText.folded(name)
            if let existing = nameOfKey[key] {
                lateByField[existing, default: 0] += count
            } else {
                nameOfKey[key] = name
                lateByField[name] = count
            }
        }
    }

    public static func + (lhs: DossierStatistics, rhs: DossierStatistics) -> DossierStatistics {
        var sum = lhs
        sum.add(rhs)
        return sum
    }
}
