import FluentKit
import Foundation
import SQLKit
import XaSoCore
import XaSoStorage

/// Deadlines a province sets, and communes' submissions of a period as a whole. Who may do what
/// is `AccessPolicy.canSubmitPeriod` / `canReviewSubmissions`; the moves are `SubmissionRules`.
extension XaSoStore {
    /// The province of `code` (itself for a province), after checking the actor may review there.
    @discardableResult
    public func requireSubmissionReview(_ actor: Principal, unitCode code: String) async throws -> String {
        _ = try await requireUnit(code)
        guard let province = try await provinceCode(of: code), AccessPolicy.canReviewSubmissions(actor, provinceCode: province) else {
            throw AppError.forbidden("only the province's officers review submissions and set deadlines")
        }
        return province
    }

    /// A commune (not a province or village), after checking the actor may submit for it.
    public func requireSubmitPeriod(_ actor: Principal, unitCode code: String) async throws -> AdministrativeUnit {
        let unit = try await requireUnit(code)
        guard AccessPolicy.canSubmitPeriod(actor, unitCode: code) else {
            throw AppError.forbidden("only the commune's admin submits its period")
        }
        guard unit.level == .commune else {
            throw AppError(.invalid, code: .submissionUnitNotCommune,
                           message: "a period is submitted by a commune, ward or special zone; '\(code)' is a \(unit.level.rawValue)",
                           vietnamese: "Chỉ xã, phường, đặc khu nộp báo cáo kỳ; \(unit.fullName) không phải cấp xã.")
        }
        return unit
    }

    // MARK: deadlines

    public func deadlines(provinceCode: String) async throws -> [ProvinceDeadline] {
        try await ProvinceDeadlineModel.query(on: db).filter(\.$provinceCode == provinceCode).sort(\.$periodKey).all()
            .compactMap(\.deadline)
    }

    /// Sets (or replaces) a province's deadline for a kind of period or one period.
    @discardableResult
    public func setDeadline(provinceCode: String, key: DeadlineKey, rule: DeadlineRule, framework: String?,
                            actor: Principal) async throws -> ProvinceDeadline {
        let unit = try await requireUnit(provinceCode)
        guard unit.level == .province else {
            throw AppError(.invalid, code: .deadlineNotProvince, message: "deadlines belong to a province; '\(provinceCode)' is not one",
                           vietnamese: "Hạn nộp báo cáo do tỉnh, thành phố đặt; \(unit.fullName) không phải tỉnh, thành phố.")
        }
        try await requireSubmissionReview(actor, unitCode: provinceCode)
        let framework = framework?.trimmingCharacters(in: .whitespaces).isEmpty == false ? framework : nil
        if let framework { _ = try await indicators(framework: framework) }
        let deadline = ProvinceDeadline(provinceCode: provinceCode, key: key, rule: rule, framework: framework)
        try await db.writeTransaction { tx in
            let row = try await ProvinceDeadlineModel.query(on: tx).filter(\.$provinceCode == provinceCode)
                .filter(\.$periodKey == key.description).first()
            let before = row?.deadline.map(Self.json)
            let model = row ?? ProvinceDeadlineModel()
            model.provinceCode = provinceCode
            model.periodKey = key.description
            switch rule {
            case .daysAfterCutOff(let n): (model.daysAfter, model.fixedDate) = (n, nil)
            case .fixed(let day): (model.daysAfter, model.fixedDate) = (nil, day.description)
            }
            model.framework = framework
            model.updatedAt = Date()
            model.updatedBy = actor.username
            try await model.save(on: tx)
            try await audit(on: tx, actor: actor.username, action: row == nil ? "create" : "update", entity: "province_deadline",
                            key: "\(provinceCode)/\(key)", before: before, after: Self.json(deadline))
        }
        return deadline
    }

    // MARK: submitting and reviewing

    public func submission(unitCode: String, period: ReportingPeriod) async throws -> SubmissionRecord? {
        try await SubmissionModel.query(on: db).filter(\.$unitCode == unitCode).filter(\.$period == period.description)
            .first()?.record
    }

    /// The commune submits its period (figures and report) as a whole. Refused, with nothing
    /// stored, before the period opens or when it already stands submitted or approved.
    @discardableResult
    public func submitPeriod(unitCode: String, period: ReportingPeriod, actor: Principal, now: Date = Date()) async throws -> SubmissionRecord {
        _ = try await requireSubmitPeriod(actor, unitCode: unitCode)
        return try await moveSubmission(unitCode: unitCode, period: period, to: .submitted, reason: nil, actor: actor, now: now)
    }

    /// The province returns (with a reason) or approves a commune's submission.
    @discardableResult
    public func reviewSubmission(unitCode: String, period: ReportingPeriod, to next: SubmissionState, reason: String?,
                                 actor: Principal, now: Date = Date()) async throws -> SubmissionRecord {
        guard next == .returned || next == .approved else {
            throw AppError(.invalid, code: .submissionStateInvalid, message: "a review returns or approves",
                           vietnamese: "Chỉ có thể trả lại hoặc duyệt.")
        }
        try await requireSubmissionReview(actor, unitCode: unitCode)
        return try await moveSubmission(unitCode: unitCode, period: period, to: next, reason: reason, actor: actor, now: now)
    }

    private func moveSubmission(unitCode: String, period: ReportingPeriod, to next: SubmissionState, reason: String?,
                                actor: Principal, now: Date) async throws -> SubmissionRecord {
        let moved = try await db.writeTransaction(serializing: "submissions") { tx in
            let row = try await SubmissionModel.query(on: tx).filter(\.$unitCode == unitCode)
                .filter(\.$period == period.description).first()
            // Never stored: whether figures were begun does not change what may happen next.
            let current = row.flatMap { SubmissionState(rawValue: $0.state) } ?? .inProgress
            try SubmissionRules.move(current, to: next, period: period, today: LocalDay(date: now), reason: reason)
            let before = row?.record.map(Self.json)
            let model = row ?? SubmissionModel()
            model.unitCode = unitCode
            model.period = period.description
            model.state = next.rawValue
            model.updatedAt = now
            if next == .submitted {
                (model.submittedAt, model.submittedBy) = (now, actor.username)
                (model.reason, model.decidedAt, model.decidedBy) = (nil, nil, nil)
            } else {
                model.reason = next == .returned ? reason?.trimmingCharacters(in: .whitespacesAndNewlines) : nil
                (model.decidedAt, model.decidedBy) = (now, actor.username)
            }
            try await model.save(on: tx)
            let record = model.record!
            try await audit(on: tx, actor: actor.username, action: next.rawValue, entity: "submission",
                            key: "\(unitCode)/\(period)", before: before, after: Self.json(record))
            return record
        }
        // The national view counts submitted communes.
        try await refreshRollups(afterChangesTo: [(unitCode: unitCode, period: period)])
        return moved
    }

    // MARK: the province's table

    public typealias SubmissionTable = XaSoStorage.SubmissionTable

    /// Every commune of the province for `period` (or, for a commune, its own line): its state,
    /// submission time, whether on time and how complete, against the deadline and the framework
    /// the province set (or the defaults). `framework`, when given, is the set expected instead.
    /// A province's table is for its officers; a commune's line for whoever may read the commune.
    public func submissionTable(unitCode: String, period: ReportingPeriod, framework: String? = nil,
                                actor: Principal) async throws -> SubmissionTable {
        let unit = try await requireUnit(unitCode)
        let provinceCode: String
        let communes: [AdministrativeUnit]
        switch unit.level {
        case .province:
            guard AccessPolicy.canReadSubmissionTable(actor, provinceCode: unitCode) else {
                throw AppError.forbidden("only the province's officers review submissions and set deadlines")
            }
            provinceCode = unitCode
            communes = try await children(of: unitCode).filter { $0.level == .commune }
        case .commune:
            try await requireRead(actor, unitCode: unitCode)
            guard let province = try await self.provinceCode(of: unitCode) else {
                throw AppError.notFound(.unitNotFound, unitCode, vietnamese: "Không tìm thấy tỉnh, thành phố của \(unit.fullName).")
            }
            (provinceCode, communes) = (province, [unit])
        case .village:
            throw AppError(.invalid, code: .submissionUnitInvalid,
                           message: "submissions are a province's or a commune's; '\(unitCode)' is a village",
                           vietnamese: "Theo dõi nộp báo cáo dành cho tỉnh, thành phố hoặc cấp xã; \(unit.fullName) là thôn.")
        }
        let rules = try await deadlines(provinceCode: provinceCode)
        let chosen = framework.flatMap { $0.isEmpty ? nil : $0 }
            ?? SubmissionDeadlines.rule(for: period, among: rules)?.framework ?? SubmissionRules.defaultFramework
        let indicators = try await self.indicators(framework: chosen, unitCode: provinceCode)
        let codes = communes.map(\.code)
        var records: [String: SubmissionRecord] = [:]
        for chunk in codes.chunked(400) {
            for m in try await SubmissionModel.query(on: db).filter(\.$unitCode ~~ Array(chunk))
                .filter(\.$period == period.description).all() {
                if let r = m.record { records[r.unitCode] = r }
            }
        }
        let entered = try await enteredIndicators(unitCodes: codes, period: period, indicators: indicators.map(\.code))
        let overview = SubmissionOverview.build(
            provinceCode: provinceCode, period: period, deadline: SubmissionDeadlines.deadline(for: period, among: rules),
            communes: communes.map { ($0.code, $0.fullName) }, expectedIndicators: indicators.map(\.code),
            records: records, entered: entered)
        return SubmissionTable(overview: overview, indicators: indicators, entered: entered, framework: chosen)
    }

    /// Unit → the indicators (of those given) with a figure stored for the period, whatever its state.
    func enteredIndicators(unitCodes: [String], period: ReportingPeriod, indicators: [String]) async throws -> [String: Set<String>] {
        guard !unitCodes.isEmpty, !indicators.isEmpty else { return [:] }
        let sql = try db.sqlDatabase()
        var result: [String: Set<String>] = [:]
        for chunk in unitCodes.chunked(400) {
            let rows = try await sql.select().columns("unit_code", "indicator_code").from("indicator_values")
                .where("period", .equal, period.description)
                .where("unit_code", .in, SQLBind.group(Array(chunk)))
                .where("indicator_code", .in, SQLBind.group(indicators)).all()
            for r in rows {
                result[try r.decode(column: "unit_code", as: String.self), default: []]
                    .insert(try r.decode(column: "indicator_code", as: String.self))
            }
        }
        return result
    }
}
