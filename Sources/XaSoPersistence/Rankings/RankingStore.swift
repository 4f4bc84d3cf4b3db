import FluentKit
import Foundation
import XaSoCore
import XaSoStorage

extension XaSoStore {
    public typealias IndexWeights = XaSoStorage.IndexWeights

    /// 404 for an unknown unit, 422 for one that is not a province: weights and rankings belong to a province.
    func requireProvince(_ code: String) async throws -> AdministrativeUnit {
        let unit = try await requireUnit(code)
        guard unit.level == .province else {
            throw AppError(.invalid, code: .rankingNotProvince,
                           message: "communes are ranked within a province; '\(code)' is not one",
                           vietnamese: "Xếp hạng xã, phường được lập theo tỉnh, thành phố; \(unit.fullName) không phải tỉnh, thành phố.")
        }
        return unit
    }

    public func indexWeights(provinceCode: String, actor: Principal) async throws -> IndexWeights {
        _ = try await requireProvince(provinceCode)
        try await requireRead(actor, unitCode: provinceCode)
        return try await storedIndexWeights(provinceCode: provinceCode)
    }

    func storedIndexWeights(provinceCode: String) async throws -> IndexWeights {
        if let row = try await IndexWeightsModel.find(provinceCode, on: db),
           let codes = try? JSONDecoder().decode([String: Double].self, from: Data(row.weights.utf8)) {
            return IndexWeights(provinceCode: provinceCode, weights: codes, isDefault: false, updatedAt: row.updatedAt,
                                updatedBy: row.updatedBy)
        }
        return IndexWeights(provinceCode: provinceCode, weights: PillarWeights.standard.codes, isDefault: true)
    }

    /// 404 for an unknown unit, 422 for a commune, 403 unless the actor is the admin or one of the province's officers.
    public func requireIndexWeightsEdit(_ actor: Principal, provinceCode: String) async throws {
        _ = try await requireProvince(provinceCode)
        guard AccessPolicy.canEditIndexWeights(actor, provinceCode: provinceCode) else {
            throw AppError.forbidden("only the province's officers set its index weights")
        }
    }

    /// Replaces a province's weights: its officers or the admin; checked whole by `PillarWeights`
    /// before anything is written.
    @discardableResult
    public func saveIndexWeights(_ codes: [String: Double], provinceCode: String, actor: Principal) async throws -> IndexWeights {
        try await requireIndexWeightsEdit(actor, provinceCode: provinceCode)
        let weights = try PillarWeights(codes: codes)
        let now = Date()
        try await db.writeTransaction { tx in
            let row = try await IndexWeightsModel.find(provinceCode, on: tx) ?? IndexWeightsModel()
            let before = row.id == nil ? nil : row.weights
            row.id = provinceCode
            row.weights = Self.json(weights.codes)
            row.updatedAt = now
            row.updatedBy = actor.username
            try await row.save(on: tx)
            try await audit(on: tx, actor: actor.username, action: "update", entity: "index_weights", key: provinceCode,
                            before: before, after: row.weights)
        }
        try await refreshStoredRollups(provinceCode: provinceCode)
        return try await storedIndexWeights(provinceCode: provinceCode)
    }

    /// Every commune of a province for a period, ranked by the index under the province's weights.
    /// The figures of all communes for the period and the one before come in one query.
    public func provinceRanking(provinceCode: String, period: ReportingPeriod, framework: String? = nil,
                                actor: Principal) async throws -> [RankingRow] {
        _ = try await requireProvince(provinceCode)
        try await requireRead(actor, unitCode: provinceCode)
        let weights = try PillarWeights(codes: await storedIndexWeights(provinceCode: provinceCode).weights)
        let communes = try await children(of: provinceCode).filter { $0.level == .commune }
        let current = try await evaluationInputs(unitCodes: communes.map(\.code), period: period, framework: framework)
        var previous = current
        previous.period = period.previous
        previous.values = current.values.filter { $0.value.period == period.previous }
        return IndexRanking.rank(communes: communes, current: try await judge(current).evaluations,
                                 previous: try await judge(previous).evaluations, weights: weights, rules: current.rules)
    }
}
