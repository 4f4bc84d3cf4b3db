import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

/// Saved reports: reading needs `AccessPolicy.canRead` on the commune, every change
/// `canManageCommune`, and every change leaves an audit record.
extension XaSoStore {
    static func savedReport(_ m: SavedReportModel) -> SavedReport? {
        guard let period = try? ReportingPeriod(parsing: m.period) else { return nil }
        let decoder = JSONDecoder()
        func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
            text.flatMap { try? decoder.decode(T.self, from: Data($0.utf8)) }
        }
        var r = SavedReport(unitCode: m.unitCode, kindCode: m.kindCode, period: period, framework: m.framework,
                            number: m.number, symbol: m.symbol, date: m.documentDate.flatMap(DocumentDate.init(storageText:)),
                            signature: decode(SignatureBlock.self, m.signature),
                            recipients: decode([String].self, m.recipients),
                            summaryNotes: decode([String].self, m.summaryNotes) ?? [],
                            overrides: decode([String: String].self, m.overrides) ?? [:],
                            templateName: m.templateName)
        r.createdAt = m.createdAt
        r.createdBy = m.createdBy
        r.updatedAt = m.updatedAt
        r.updatedBy = m.updatedBy
        return r
    }

    static func apply(_ r: SavedReport, to m: SavedReportModel) {
        m.unitCode = r.unitCode
        m.kindCode = r.kindCode
        m.period = r.period.description
        m.framework = r.framework
        m.number = r.number
        m.symbol = r.symbol
        m.documentDate = r.date?.storageText
        m.signature = r.signature.map { json($0) }
        m.recipients = r.recipients.map { json($0) }
        m.summaryNotes = json(r.summaryNotes)
        m.overrides = json(r.overrides)
        m.templateName = r.templateName
    }

    /// 404 for an unknown unit, 403 unless the actor may read its data; every interface reads through this.
    public func requireRead(_ actor: Principal, unitCode: String) async throws {
        _ = try await requireUnit(unitCode)
        let province = try await provinceCode(of: unitCode)
        guard AccessPolicy.canRead(actor, unitCode: unitCode, provinceCode: province) else {
            throw AppError.forbidden("you may not read unit \(unitCode)")
        }
    }

    /// 403 unless the actor may edit the unit's reports and templates (its admin, or the system's).
    public func requireReportEdit(_ actor: Principal, unitCode: String) async throws {
        let unit = try await requireUnit(unitCode)
        guard AccessPolicy.canEditReports(actor, unitCode: unitCode, isProvince: unit.level == .province) else {
            throw AppError.forbidden("only the commune's admin (a province's officers, for the province's) edits its reports")
        }
    }

    func reportRow(unitCode: String, kindCode: String, period: ReportingPeriod,
                   on db: any Database) async throws -> SavedReportModel? {
        try await SavedReportModel.query(on: db).filter(\.$unitCode == unitCode).filter(\.$kindCode == kindCode)
            .filter(\.$period == period.description).first()
    }

    /// The saved report, or nil when nobody has saved one; no permission check (the caller has
    /// made it, as the report service and the console do).
    public func savedReport(unitCode: String, kindCode: String, period: ReportingPeriod) async throws -> SavedReport? {
        try await reportRow(unitCode: unitCode, kindCode: kindCode, period: period, on: db).flatMap(Self.savedReport)
    }

    /// The saved report as `actor` may see it; nil when nobody has saved one yet.
    public func savedReport(unitCode: String, kindCode: String, period: ReportingPeriod,
                            actor: Principal) async throws -> SavedReport? {
        try await requireRead(actor, unitCode: unitCode)
        return try await savedReport(unitCode: unitCode, kindCode: kindCode, period: period)
    }

    /// Every saved report of a unit, newest period first.
    public func savedReports(unitCode: String, actor: Principal) async throws -> [SavedReport] {
        try await requireRead(actor, unitCode: unitCode)
        return try await SavedReportModel.query(on: db).filter(\.$unitCode == unitCode).all()
            .compactMap(Self.savedReport)
            .sorted { ($0.period, $0.kindCode) > ($1.period, $1.kindCode) }
    }

    /// The latest saved report of the same kind and period length before `period`: the one a
    /// new period's report starts from.
    public func previousSavedReport(unitCode: String, kindCode: String,
                                    before period: ReportingPeriod) async throws -> SavedReport? {
        try await SavedReportModel.query(on: db).filter(\.$unitCode == unitCode).filter(\.$kindCode == kindCode).all()
            .compactMap(Self.savedReport)
            .filter { $0.period.kind == period.kind && $0.period < period }
            .max { $0.period < $1.period }
    }

    /// Creates the report or changes it; the commune's admin only.
    @discardableResult
    public func saveReport(unitCode: String, kindCode: String, period: ReportingPeriod, change: ReportSettingsChange,
                           actor: Principal) async throws -> SavedReport {
        try await requireReportEdit(actor, unitCode: unitCode)
        try Self.check(change)
        if case .set(let name) = change.templateName {
            guard try await templateRow(unitCode: unitCode, name: name, on: db) != nil else {
                throw Self.templateNotFound(unitCode: unitCode, name: name)
            }
        }
        return try await db.writeTransaction { tx in
            let existing = try await reportRow(unitCode: unitCode, kindCode: kindCode, period: period, on: tx)
            let before = existing.flatMap(Self.savedReport)
            var report = before ?? SavedReport(unitCode: unitCode, kindCode: kindCode, period: period)
            Self.apply(change, to: &report)
            let now = Date()
            let row = existing ?? SavedReportModel()
            if existing == nil {
                row.createdAt = now
                row.createdBy = actor.username
            }
            row.updatedAt = now
            row.updatedBy = actor.username
            Self.apply(report, to: row)
            try await row.save(on: tx)
            let saved = Self.savedReport(row)!
            try await audit(on: tx, actor: actor.username, action: existing == nil ? "create" : "update", entity: "report",
                            key: saved.key, before: before.map { Self.json(Self.auditView($0)) },
                            after: Self.json(Self.auditView(saved)))
            return saved
        }
    }

    /// Starts the report of `period` from the latest earlier one of the same kind: its narrative
    /// edits whose ids are in `narrativeIDs` (what people write in the new report; edits of
    /// generated figures are left behind), and its signer, recipients, symbol, framework and
    /// template where the new report has none. Edits the new report already has are kept.
    public func startFromPrevious(unitCode: String, kindCode: String, period: ReportingPeriod,
                                  narrativeIDs: Set<String>, actor: Principal) async throws -> StartFromPreviousResult {
        try await requireReportEdit(actor, unitCode: unitCode)
        guard let previous = try await previousSavedReport(unitCode: unitCode, kindCode: kindCode, before: period) else {
            throw AppError(.notFound, code: .reportNoPrevious,
                           message: "there is no saved \(kindCode) report of unit \(unitCode) before \(period)",
                           vietnamese: "Chưa có báo cáo kỳ trước (trước \(period.vietnameseName)) để kế thừa.")
        }
        let current = try await savedReport(unitCode: unitCode, kindCode: kindCode, period: period)
        var change = ReportSettingsChange()
        var copied: [String] = [], kept: [String] = [], skipped: [String] = []
        for (id, text) in previous.overrides.sorted(by: { $0.key < $1.key }) {
            if !narrativeIDs.contains(id) {
                skipped.append(id)
            } else if current?.overrides[id] != nil {
                kept.append(id)
            } else {
                change.narrative[id] = .some(text)
                copied.append(id)
            }
        }
        if current?.signature == nil, let v = previous.signature { change.signature = .set(v) }
        if current?.recipients == nil, let v = previous.recipients { change.recipients = .set(v) }
        if current?.symbol == nil, let v = previous.symbol { change.symbol = .set(v) }
        if current?.framework == nil, let v = previous.framework { change.framework = .set(v) }
        if current?.templateName == nil, let v = previous.templateName { change.templateName = .set(v) }
        let saved = try await saveReport(unitCode: unitCode, kindCode: kindCode, period: period, change: change, actor: actor)
        return StartFromPreviousResult(report: saved, previousPeriod: previous.period, copied: copied, kept: kept,
                                       skipped: skipped)
    }

    /// Removes a saved report (its settings and narrative; the figures stay).
    public func deleteReport(unitCode: String, kindCode: String, period: ReportingPeriod, actor: Principal) async throws {
        try await requireReportEdit(actor, unitCode: unitCode)
        try await db.writeTransaction { tx in
            guard let row = try await reportRow(unitCode: unitCode, kindCode: kindCode, period: period, on: tx) else {
                throw AppError.notFound(.reportNotFound, "\(unitCode)/\(kindCode)/\(period)",
                                        vietnamese: "Chưa có báo cáo \(kindCode) \(period.vietnameseName) của đơn vị \(unitCode).")
            }
            let before = Self.savedReport(row)
            try await row.delete(on: tx)
            try await audit(on: tx, actor: actor.username, action: "delete", entity: "report",
                            key: "\(unitCode)/\(kindCode)/\(period)", before: before.map { Self.json(Self.auditView($0)) },
                            after: nil)
        }
    }

    static func apply(_ change: ReportSettingsChange, to report: inout SavedReport) {
        change.framework.apply(to: &report.framework)
        change.number.apply(to: &report.number)
        change.symbol.apply(to: &report.symbol)
        change.date.apply(to: &report.date)
        change.signature.apply(to: &report.signature)
        change.recipients.apply(to: &report.recipients)
        change.templateName.apply(to: &report.templateName)
        var notes: [String]? = report.summaryNotes
        change.summaryNotes.apply(to: &notes)
        report.summaryNotes = notes ?? []
        if change.replaceNarrative { report.overrides = [:] }
        for (id, text) in change.narrative {
            if let text { report.overrides[id] = text.precomposedStringWithCanonicalMapping } else { report.overrides[id] = nil }
        }
    }

    /// Refuses values no report could print: a number below 1, an impossible date, blank ids.
    static func check(_ change: ReportSettingsChange) throws {
        func invalid(_ code: ErrorCode, _ message: String, _ vietnamese: String) -> AppError {
            AppError(.invalid, code: code, message: message, vietnamese: vietnamese)
        }
        if case .set(let n) = change.number, n < 1 {
            throw invalid(.reportNumberInvalid, "the document number must be 1 or more", "Số văn bản phải từ 1 trở lên.")
        }
        if case .set(let d) = change.date {
            let valid: Bool
            switch (d.month, d.day) {
            case (nil, nil): valid = (1900...2200).contains(d.year)
            case (let m?, nil): valid = (1...12).contains(m)
            case (let m?, let day?): valid = LocalDay.isValid(year: d.year, month: m, day: day)
            case (nil, _?): valid = false
            }
            guard valid else {
                throw invalid(.reportDateInvalid, "the document date \(d.storageText) is not a real date",
                              "Ngày ban hành \(d.storageText) không hợp lệ.")
            }
        }
        if case .set(let s) = change.symbol, s.trimmingCharacters(in: .whitespaces).isEmpty {
            throw invalid(.reportSymbolEmpty, "the symbol is empty", "Ký hiệu văn bản không được để trống.")
        }
        if change.narrative.keys.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw invalid(.reportNarrativeIdEmpty, "a narrative edit has an empty id",
                          "Có đoạn sửa chưa có mã đoạn (id).")
        }
    }

    /// The audit record of a report leaves out its timestamps (the audit row has its own).
    static func auditView(_ r: SavedReport) -> SavedReport {
        var copy = r
        copy.createdAt = nil
        copy.updatedAt = nil
        return copy
    }
}
