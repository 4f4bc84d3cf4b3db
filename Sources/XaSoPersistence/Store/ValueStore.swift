import FluentKit
import SQLKit
import Foundation
import XaSoCore
import XaSoStorage

extension XaSoStore {
    public typealias ImportSummary = XaSoStorage.ImportSummary

    static func value(_ m: ValueModel) -> IndicatorValue? {
        guard let period = try? ReportingPeriod(parsing: m.period) else { return nil }
        return IndicatorValue(unitCode: m.unitCode, indicatorCode: m.indicatorCode, period: period,
                              value: MeasuredValue(number: m.value, approximate: m.approximate, text: m.valueText),
                              numerator: m.numerator, denominator: m.denominator, reportingBody: m.reportingBody,
                              note: m.note, state: ValueState(rawValue: m.state) ?? .draft, enteredBy: m.enteredBy,
                              enteredAt: m.enteredAt, source: m.source)
    }

    static func history(_ m: ValueModel, by actor: String, action: String, at: Date) throws -> ValueHistoryModel {
        let h = ValueHistoryModel()
        h.valueID = try m.requireID()
        h.changedAt = at
        h.changedBy = actor
        h.action = action
        h.snapshot = json(value(m))
        return h
    }

    /// Stores figures all-or-nothing: every row is checked for permission and against `FigureRules`
    /// first (whatever path it came by), then inserted or updated by (unit, indicator, period) in
    /// one transaction, each change kept in the history. `positions` are the rows or items the
    /// caller numbered them by (1, 2, … when not given), so every message names the same row.
    @discardableResult
    public func saveValues(_ values: [IndicatorValue], positions: [Int]? = nil, actor: Principal) async throws -> ImportSummary {
        guard !values.isEmpty else { return ImportSummary(inserted: 0, updated: 0) }
        let indicators = try await indicatorsByCode()
        try FigureBatchCheck.check(values, positions: positions, indicators: indicators, actor: actor)

        let now = Date()
        // What is stored is read inside the transaction, so saves of the same figure queue on it.
        let stored = try await db.writeTransaction(serializing: "indicator_values") { tx in
            let sql = try tx.sqlDatabase()
            try await SQLRows.prepareBulkWrite(on: sql)
            var summary = ImportSummary(inserted: 0, updated: 0)
            let units = Array(Set(values.map(\.unitCode)))
            let periods = Array(Set(values.map(\.period.description)))
            // What is stored already: its id (kept) and state (an approved figure that changes goes back to draft).
            var existing: [String: (id: UUID, state: String)] = [:]
            for unitChunk in units.chunked(400) {
                let rows = try await sql.select().columns("id", "unit_code", "indicator_code", "period", "state")
                    .from("indicator_values")
                    .where("unit_code", .in, SQLBind.group(Array(unitChunk)))
                    .where("period", .in, SQLBind.group(periods)).all()
                for r in rows {
                    let key = "\(try r.decode(column: "unit_code", as: String.self))|\(try r.decode(column: "indicator_code", as: String.self))|\(try r.decode(column: "period", as: String.self))"
                    existing[key] = (try r.decode(column: "id", as: UUID.self), try r.decode(column: "state", as: String.self))
                }
            }
            var rows: [[any Encodable & Sendable]] = []
            var histories: [[any Encodable & Sendable]] = []
            rows.reserveCapacity(values.count)
            histories.reserveCapacity(values.count)
            for v in values {
                var stored = v
                stored.enteredAt = v.enteredAt ?? now
                let id: UUID
                let action: String
                if let old = existing["\(v.unitCode)|\(v.indicatorCode)|\(v.period)"] {
                    id = old.id
                    action = "update"
                    if old.state == ValueState.approved.rawValue { stored.state = .draft }
                    summary.updated += 1
                } else {
                    id = UUID()
                    action = "create"
                    summary.inserted += 1
                }
                rows.append([id, now, stored.unitCode, stored.indicatorCode, stored.period.description, stored.value.number,
                             stored.value.approximate, stored.value.text, stored.numerator, stored.denominator, stored.reportingBody, stored.note,
                             stored.state.rawValue, stored.enteredBy, stored.enteredAt, stored.source])
                histories.append([UUID(), id, now, actor.username, action, Self.json(stored)])
            }
            // review_comment and manual_verdict are not written: an update keeps them.
            try await SQLRows.insert(rows, into: "indicator_values",
                                     columns: ["id", "updated_at", "unit_code", "indicator_code", "period", "value", "approximate",
                                               "value_text", "numerator", "denominator", "reporting_body", "note", "state", "entered_by",
                                               "entered_at", "source"],
                                     onConflict: ["unit_code", "period", "indicator_code"], keep: ["id"], on: sql)
            try await SQLRows.insert(histories, into: "value_history",
                                     columns: ["id", "value_id", "changed_at", "changed_by", "action", "snapshot"], on: sql)
            try await audit(on: tx, actor: actor.username, action: "import", entity: "indicator_values",
                            key: units.sorted().prefix(20).joined(separator: ","), before: nil,
                            after: "{\"inserted\":\(summary.inserted),\"updated\":\(summary.updated),\"periods\":\(Self.json(periods.sorted()))}")
            return summary
        }
        // Right after the figures are committed: the national view's rows of the provinces touched.
        try await refreshRollups(afterChangesTo: values.map { (unitCode: $0.unitCode, period: $0.period) })
        return stored
    }

    func indicatorsByCode() async throws -> [String: Indicator] {
        let indicators = try await nationalCatalogue(version: catalogueSettings().version).indicators
        return Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Indicator code → unit kind: what an import parser needs to check each figure's range.
    public func indicatorUnitKinds() async throws -> [String: UnitKind] {
        try await indicatorsByCode().mapValues(\.unitKind)
    }

    public func values(unitCode: String, period: ReportingPeriod) async throws -> [IndicatorValue] {
        try await storedValues(unitCodes: [unitCode], periods: [period]).map(\.value)
    }

    func valueRow(unitCode: String, indicator: String, period: ReportingPeriod, on db: any Database) async throws -> ValueModel {
        guard let row = try await ValueModel.query(on: db).filter(\.$unitCode == unitCode)
            .filter(\.$indicatorCode == indicator).filter(\.$period == period.description).first() else {
            throw AppError.notFound(.valueNotFound, "\(unitCode)/\(indicator)/\(period)",
                                    vietnamese: "Chưa có số liệu chỉ tiêu \(indicator) kỳ \(period) của đơn vị \(unitCode).")
        }
        return row
    }

    /// Submit (the person who enters figures), approve or send back (the commune's admin).
    public func transition(unitCode: String, indicator: String, period: ReportingPeriod, to next: ValueState,
                           comment: String? = nil, actor: Principal) async throws -> IndicatorValue {
        let owners = try await self.indicator(indicator).owners
        try ValueTransitionCheck.requireAllowed(actor, unitCode: unitCode, indicatorOwners: owners, to: next)
        return try await db.writeTransaction { tx in
            let row = try await valueRow(unitCode: unitCode, indicator: indicator, period: period, on: tx)
            try ValueTransitionCheck.check(from: ValueState(rawValue: row.state) ?? .draft, to: next, comment: comment)
            let before = Self.json(Self.value(row))
            row.state = next.rawValue
            row.reviewComment = next == .returned ? comment : row.reviewComment
            row.updatedAt = Date()
            try await row.update(on: tx)
            try await Self.history(row, by: actor.username, action: next.rawValue, at: row.updatedAt).create(on: tx)
            try await audit(on: tx, actor: actor.username, action: next.rawValue, entity: "indicator_value",
                            key: "\(unitCode)/\(indicator)/\(period)", before: before, after: Self.json(Self.value(row)))
            return Self.value(row)!
        }
    }

    public typealias HistoryEntry = XaSoStorage.HistoryEntry

    public func history(unitCode: String, indicator: String, period: ReportingPeriod) async throws -> [HistoryEntry] {
        let row = try await valueRow(unitCode: unitCode, indicator: indicator, period: period, on: db)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let valueID = try row.requireID()
        return try await ValueHistoryModel.query(on: db).filter(\.$valueID == valueID).sort(\.$changedAt).all().map {
            HistoryEntry(changedAt: $0.changedAt, changedBy: $0.changedBy, action: $0.action,
                         value: try? decoder.decode(IndicatorValue.self, from: Data($0.snapshot.utf8)))
        }
    }

    /// Every indicator of the framework(s) for a unit and period, judged against the target that applies
    /// (the commune's own over the national one), with the change since the previous period.
    public func evaluate(unitCode: String, period: ReportingPeriod, framework: String? = nil) async throws -> [Evaluation] {
        try await evaluateWithValues(unitCode: unitCode, period: period, framework: framework).evaluations
    }

    /// The evaluations and the period's stored figures (their review state, who entered them) from one read.
    public func evaluateWithValues(unitCode: String, period: ReportingPeriod,
                                   framework: String? = nil) async throws -> (evaluations: [Evaluation], values: [IndicatorValue]) {
        _ = try await requireUnit(unitCode)
        let judged = try await judge(evaluationInputs(unitCodes: [unitCode], period: period, framework: framework))
        return (judged.evaluations[unitCode] ?? [], judged.values)
    }

    /// The same for many communes at once (a province's table): one query for all their figures.
    public func evaluate(unitCodes: [String], period: ReportingPeriod,
                         framework: String? = nil) async throws -> [String: [Evaluation]] {
        try await judge(evaluationInputs(unitCodes: unitCodes, period: period, framework: framework)).evaluations
    }

    /// Everything stored that an evaluation depends on, read in two queries. Equal inputs give equal
    /// evaluations, so a page may keep what it built from them (see `EvaluationInputs.isComplete`).
    public func evaluationInputs(unitCodes: [String], period: ReportingPeriod,
                                 framework: String? = nil) async throws -> EvaluationInputs {
        let (version, rules) = try await catalogueSettings()
        return EvaluationInputs(unitCodes: unitCodes, period: period, framework: framework, catalogueVersion: version,
                                rules: rules,
                                values: try await storedValues(unitCodes: unitCodes, periods: [period, period.previous]))
    }

    /// Judges every indicator for every unit of the inputs; the catalogue comes from memory when warm.
    public func judge(_ inputs: EvaluationInputs) async throws -> (evaluations: [String: [Evaluation]], values: [IndicatorValue]) {
        let national = try await catalogueIndicators(framework: inputs.framework, unitCode: nil, version: inputs.catalogueVersion)
        return try await inputs.judge { try await self.targetsApplied(to: national, unitCode: $0, version: inputs.catalogueVersion) }
    }

    public func knownIndicatorCodes() async throws -> Set<String> {
        Set(try await nationalCatalogue(version: catalogueSettings().version).indicators.map(\.code))
    }

    public func knownUnitCodes() async throws -> Set<String> {
        Set(try await UnitModel.query(on: db).all(\.$id).compactMap { $0 })
    }
}
