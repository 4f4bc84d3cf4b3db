import FluentKit
import Foundation
import XaSoCore

/// Data-quality flags (`DataQualityRules`, docs/quality.md) of a commune or of every commune of a
/// province, and the marks people leave on them. A province's period costs a fixed number of
/// queries whatever its size: its figures, the previous period's, the ledger's shares, the marks.
extension XaSoStore {
    /// The flags of `unitCode` for `period`: a commune's own, or, for a province, all its communes'.
    /// Flags marked checked for the value they flag come back with `checked` set, never hidden.
    public func qualityFlags(unitCode: String, period: ReportingPeriod, actor: Principal) async throws -> [DataQualityFlag] {
        try await requireRead(actor, unitCode: unitCode)
        return try await qualityFlags(of: try await requireUnit(unitCode), period: period)
    }

    /// 403 unless the actor may mark the unit's flags checked (`AccessPolicy.canCheckQuality`);
    /// then the unit, which must be a commune (a province's flags are its communes').
    public func requireQualityCheck(_ actor: Principal, unitCode: String) async throws -> AdministrativeUnit {
        let unit = try await requireUnit(unitCode)
        let province = try await provinceCode(of: unitCode)
        guard AccessPolicy.canCheckQuality(actor, unitCode: unitCode, provinceCode: province) else {
            throw AppError.forbidden("only the commune's admin or its province's officers mark its figures checked")
        }
        guard unit.level == .commune else {
            throw AppError(.invalid, code: .qualityUnitNotCommune,
                           message: "\(unitCode) is not a commune: flags are marked on the commune whose figure they concern",
                           vietnamese: "\(unit.fullName) không phải đơn vị cấp xã: hãy đánh dấu trên xã có số liệu.")
        }
        return unit
    }

    /// Marks one flag of a commune checked, for the figure it flags now; marking it again replaces
    /// the mark. A flag that does not exist (nothing odd about that figure, or no figure) is refused
    /// and nothing is stored.
    public func markQualityChecked(unitCode: String, indicatorCode: String, period: ReportingPeriod,
                                   kind: DataQualityKind, note: String?, actor: Principal,
                                   now: Date = Date()) async throws -> DataQualityFlag {
        let unit = try await requireQualityCheck(actor, unitCode: unitCode)
        let note = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if let note, note.count > FigureRules.maxNoteLength {
            throw AppError(.invalid, code: .qualityNoteTooLong,
                           message: "the note has \(note.count) characters; at most \(FigureRules.maxNoteLength)",
                           vietnamese: "Ghi chú dài \(note.count) ký tự, tối đa \(FigureRules.maxNoteLength) ký tự.")
        }
        guard var flag = try await qualityFlags(of: unit, period: period)
            .first(where: { $0.indicatorCode == indicatorCode && $0.kind == kind }) else {
            throw AppError(.notFound, code: .qualityFlagNotFound,
                           message: "no \(kind.rawValue) flag on \(indicatorCode) of \(unitCode) for \(period)",
                           vietnamese: "Không có cảnh báo “\(kind.vietnamese)” cho chỉ tiêu \(indicatorCode) của \(unit.fullName) kỳ \(period.vietnameseName).")
        }
        let key = flag.key, value = flag.value
        try await db.writeTransaction { tx in
            let old = try await QualityCheckModel.query(on: tx)
                .filter(\.$unitCode == key.unitCode).filter(\.$period == key.period.description)
                .filter(\.$indicatorCode == key.indicatorCode).filter(\.$kind == key.kind.rawValue).first()
            let row = old ?? QualityCheckModel()
            let before = old.map { "\($0.value) \($0.checkedBy)" }
            row.unitCode = key.unitCode
            row.indicatorCode = key.indicatorCode
            row.period = key.period.description
            row.kind = key.kind.rawValue
            row.value = value
            row.checkedBy = actor.username
            row.checkedAt = now
            row.note = note
            try await row.save(on: tx)
            try await self.audit(on: tx, actor: actor.username, action: "check", entity: "quality_flag",
                                 key: "\(key.unitCode)/\(key.indicatorCode)/\(key.period)/\(key.kind.rawValue)",
                                 before: before, after: "\(value) \(note ?? "")")
        }
        flag.checked = DataQualityCheck(checkedBy: actor.username, checkedAt: now, note: note)
        return flag
    }

    /// The flags of a unit without the permission check: the communes flagged (the unit itself, or
    /// a province's communes) are compared with every commune of their province.
    func qualityFlags(of unit: AdministrativeUnit, period: ReportingPeriod) async throws -> [DataQualityFlag] {
        let flagged: [String], compared: [String]
        if unit.level == .province {
            flagged = try await children(of: unit.code).filter { $0.level == .commune }.map(\.code)
            compared = flagged
        } else {
            flagged = [unit.code]
            let province = try await provinceCode(of: unit.code)
            var siblings: [String] = []
            if let province { siblings = try await children(of: province).filter { $0.level == .commune }.map(\.code) }
            compared = siblings.contains(unit.code) ? siblings : siblings + [unit.code]
        }
        guard !flagged.isEmpty else { return [] }
        let flaggedSet = Set(flagged)
        let values = try await storedValues(unitCodes: compared, periods: [period]).map(\.value)
        let previous = try await storedValues(unitCodes: flagged, periods: [period.previous]).map(\.value)
        // The ledger is read only for communes with a figure the ledger also gives.
        let ledgerCodes = Set(DossierStatistics().indicatorFigures.compactMap(\.indicatorCode))
        let withLedgerFigure = Set(values.filter { flaggedSet.contains($0.unitCode) && ledgerCodes.contains($0.indicatorCode) }
            .map(\.unitCode)).sorted()
        let ledger = try await dossierStatistics(unitCodes: withLedgerFigure, range: period.cutOffRange)
            .mapValues(\.indicatorFigures)
        var flags = DataQualityRules.flags(values: values, previous: previous, unitKinds: try await indicatorUnitKinds(),
                                           ledger: ledger, unitCodes: flaggedSet)
        guard !flags.isEmpty else { return [] }
        let marks = try await QualityCheckModel.query(on: db)
            .filter(\.$unitCode ~~ Set(flags.map(\.unitCode)).sorted()).filter(\.$period == period.description).all()
        var byKey: [DataQualityFlag.Key: QualityCheckModel] = [:]
        for m in marks {
            guard let kind = DataQualityKind(rawValue: m.kind) else { continue }
            byKey[.init(unitCode: m.unitCode, indicatorCode: m.indicatorCode, period: period, kind: kind)] = m
        }
        for i in flags.indices {
            // A mark holds for the figure it was made on: a changed figure is looked at again.
            if let m = byKey[flags[i].key], m.value == flags[i].value {
                flags[i].checked = DataQualityCheck(checkedBy: m.checkedBy, checkedAt: m.checkedAt, note: m.note)
            }
        }
        return flags
    }
}
