import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

/// Storing what was read from an old report, all or nothing: its figures as drafts with their
/// provenance, its narrative as the saved report of the period (so "start from the previous
/// period" continues from it), and the dossier figures it states as reported figures.
extension XaSoStore {
    public typealias IngestSave = XaSoStorage.IngestSave

    public typealias IngestSaved = XaSoStorage.IngestSaved

    /// The commune's admin only (the report is theirs); every figure still passes `saveValues`'
    /// permission and range checks. One transaction: any refusal stores nothing.
    public func saveIngested(_ input: IngestSave, actor: Principal) async throws -> IngestSaved {
        try await requireReportEdit(actor, unitCode: input.unitCode)
        return try await db.writeTransaction { tx in
            let store = XaSoStore(db: tx)
            let summary = try await store.saveValues(input.values, positions: input.lines, actor: actor)
            var change = ReportSettingsChange()
            for (id, text) in input.narrative { change.narrative[id] = .some(text) }
            if let n = input.number { change.number = .set(n) }
            if let s = input.symbol { change.symbol = .set(s) }
            if let d = input.date { change.date = .set(d) }
            let saved = try await store.saveReport(unitCode: input.unitCode, kindCode: input.kindCode, period: input.period,
                                                   change: change, actor: actor)
            let figures = input.dossier.storageJSON
            if !figures.isEmpty {
                let existing = try await ReportedDossierFiguresModel.query(on: tx).filter(\.$unitCode == input.unitCode)
                    .filter(\.$period == input.period.description).first()
                let row = existing ?? ReportedDossierFiguresModel()
                let before = existing.map { $0.figures }
                row.updatedAt = Date()
                row.updatedBy = actor.username
                row.unitCode = input.unitCode
                row.period = input.period.description
                row.figures = Self.json(figures)
                row.source = input.dossierSource
                try await row.save(on: tx)
                try await store.audit(on: tx, actor: actor.username, action: existing == nil ? "create" : "update",
                                      entity: "reported_dossier_figures", key: "\(input.unitCode)/\(input.period)",
                                      before: before, after: row.figures)
            }
            return IngestSaved(figures: summary, report: saved.key, narrativeParagraphs: input.narrative.count,
                               dossierFigures: figures.count)
        }
    }

    /// The dossier figures an old report stated for the period, and where they were read; nil when none.
    public func reportedDossierFigures(unitCode: String, period: ReportingPeriod,
                                       actor: Principal) async throws -> (figures: ReportedDossierFigures, source: String)? {
        try await requireRead(actor, unitCode: unitCode)
        guard let row = try await ReportedDossierFiguresModel.query(on: db).filter(\.$unitCode == unitCode)
            .filter(\.$period == period.description).first() else { return nil }
        let map = (try? JSONDecoder().decode([String: Int].self, from: Data(row.figures.utf8))) ?? [:]
        return (ReportedDossierFigures(storage: map), row.source)
    }
}
