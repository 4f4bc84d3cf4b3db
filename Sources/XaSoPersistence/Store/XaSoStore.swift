import FluentKit
import Foundation
import XaSoCore
@_exported import XaSoStorage

/// Storage behind every interface (API, web, CLI): domain in, domain out. Writes that a person makes
/// take the acting `Principal`, are checked against `AccessPolicy` here, and leave an audit record.
public struct XaSoStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()

    static func json<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }

    /// Records one write: who, when, what it was before and after.
    func audit(on db: any Database, actor: String, action: String, entity: String, key: String,
               before: String?, after: String?) async throws {
        let row = AuditModel()
        row.at = Date()
        row.actor = actor
        row.action = action
        row.entity = entity
        row.entityKey = key
        row.before = before
        row.after = after
        try await row.create(on: db)
    }

    public typealias AuditEntry = XaSoStorage.AuditEntry

    public func auditLog(entity: String? = nil, key: String? = nil, limit: Int = 100) async throws -> [AuditEntry] {
        var query = AuditModel.query(on: db)
        if let entity { query = query.filter(\.$entity == entity) }
        if let key { query = query.filter(\.$entityKey == key) }
        return try await query.sort(\.$at, .descending).limit(min(max(limit, 0), 1000)).all().map {
            AuditEntry(at: $0.at, actor: $0.actor, action: $0.action, entity: $0.entity, entityKey: $0.entityKey,
                       before: $0.before, after: $0.after)
        }
    }

    public func setSetting(_ key: String, _ value: String, actor: Principal) async throws {
        guard actor.role == .admin else { throw AppError.forbidden("only an admin changes settings") }
        let existing = try await SettingModel.find(key, on: db)
        let row = existing ?? SettingModel()
        let before = existing?.value
        row.id = key
        row.value = value
        try await row.save(on: db)
        try await audit(on: db, actor: actor.username, action: "update", entity: "setting", key: key,
                        before: before, after: value)
    }

    public func evaluationRules() async throws -> EvaluationRules {
        try await catalogueSettings().rules
    }

    /// Changes the thresholds every evaluation uses (admin only), refusing values that make no sense.
    public func setEvaluationRules(_ rules: EvaluationRules, actor: Principal) async throws {
        var problems: [String] = []
        if !(0..<1).contains(rules.approachingRatio) || rules.approachingRatio <= 0 { problems.append("approaching_ratio must be in (0, 1)") }
        if rules.exceedMargin < 0 { problems.append("exceed_margin must be ≥ 0") }
        if rules.approximateTolerance < 0 { problems.append("approximate_tolerance must be ≥ 0") }
        guard problems.isEmpty else {
            throw AppError(.invalid, code: .settingsEvaluationRulesInvalid, message: problems.joined(separator: "; "),
                           vietnamese: "Ngưỡng đánh giá không hợp lệ: tỷ lệ tiệm cận phải lớn hơn 0 và nhỏ hơn 1, các khoảng cách không âm.")
        }
        try await setSetting(Self.evaluationRulesKey, Self.json(rules), actor: actor)
    }
}
