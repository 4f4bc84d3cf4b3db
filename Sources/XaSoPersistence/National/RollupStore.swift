import FluentKit
import Foundation
import SQLKit
import XaSoCore
import XaSoStorage

/// The national view's storage: one `province_rollups` row per (province, period), recomputed on
/// write, read 34 at a time (docs/national.md).
extension XaSoStore {
    public typealias NationalRow = XaSoStorage.NationalRow

    static let rollupColumns = ["id", "province_code", "period", "communes", "communes_with_figures", "expected_figures",
                                "entered_figures", "exceeded", "met", "approaching", "not_met", "no_target", "no_data",
                                "index_average", "index_median", "submitted", "refreshed_at"]

    /// Recomputes and stores one province's roll-up of `period`. Verdicts need the core's evaluation
    /// (targets by level, approximate figures, manual verdicts), so the province's figures of the
    /// period are read in one query and judged in Swift: at most ~170 communes, and only on write.
    /// Refreshes of a province queue on one lock, so the last to run reads everything committed.
    @discardableResult
    public func refreshProvinceRollup(provinceCode: String, period: ReportingPeriod,
                                      now: Date = Date()) async throws -> ProvinceRollup {
        try await db.writeTransaction(serializing: "province_rollups:\(provinceCode)") { tx in
            let store = XaSoStore(db: tx)
            let rollup = try await store.computeRollup(provinceCode: provinceCode, period: period, now: now)
            try await store.storeRollup(rollup)
            return rollup
        }
    }

    func computeRollup(provinceCode: String, period: ReportingPeriod, now: Date) async throws -> ProvinceRollup {
        let communes = try await children(of: provinceCode).filter { $0.level == .commune }.map(\.code)
        let (version, rules) = try await catalogueSettings()
        // Only the period itself: the previous one feeds the trend, which the roll-up does not count.
        let inputs = EvaluationInputs(unitCodes: communes, period: period, framework: nil, catalogueVersion: version,
                                      rules: rules, values: try await storedValues(unitCodes: communes, periods: [period]))
        let evaluations = try await judge(inputs).evaluations
        let weights = (try? PillarWeights(codes: await storedIndexWeights(provinceCode: provinceCode).weights)) ?? .standard
        var submitted = 0
        if !communes.isEmpty {
            let sql = try db.sqlDatabase()
            submitted = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("submissions")
                .where("period", .equal, period.description)
                .where("state", .in, [SubmissionState.submitted.rawValue, SubmissionState.approved.rawValue])
                .where("unit_code", .in, communes)
                .first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return ProvinceRollup.compute(provinceCode: provinceCode, period: period, communes: communes,
                                      evaluations: evaluations, weights: weights, submitted: submitted, now: now)
    }

    func storeRollup(_ r: ProvinceRollup) async throws {
        let v = r.verdicts
        let row: [any Encodable & Sendable] = [
            UUID(), r.provinceCode, r.period.description, r.communes, r.communesWithFigures, r.expectedFigures,
            r.enteredFigures, v[.exceeded], v[.met], v[.approaching], v[.notMet], v[.noTarget], v[.noData],
            r.indexAverage, r.indexMedian, r.submitted, r.refreshedAt,
        ]
        try await SQLRows.insert([row], into: "province_rollups", columns: Self.rollupColumns,
                                 onConflict: ["period", "province_code"], keep: ["id"], on: try db.sqlDatabase())
    }

    /// After figures of these (unit, period) pairs changed: refreshes each affected province's
    /// roll-up once per period. Units outside any province (none today) are skipped.
    public func refreshRollups(afterChangesTo changes: [(unitCode: String, period: ReportingPeriod)]) async throws {
        var pairs: Set<String> = []
        var work: [(String, ReportingPeriod)] = []
        var provinces: [String: String?] = [:]  // one lookup per unit, not per figure of an import
        for change in changes {
            if provinces[change.unitCode] == nil { provinces[change.unitCode] = .some(try await provinceCode(of: change.unitCode)) }
            guard let province = provinces[change.unitCode] ?? nil else { continue }
            if pairs.insert("\(province)|\(change.period)").inserted { work.append((province, change.period)) }
        }
        for (province, period) in work {
            try await refreshProvinceRollup(provinceCode: province, period: period)
        }
    }

    /// After a province's targets or index weights changed: every period it has a roll-up of.
    public func refreshStoredRollups(provinceCode: String) async throws {
        let sql = try db.sqlDatabase()
        let periods = try await sql.select().column("period").from("province_rollups")
            .where("province_code", .equal, provinceCode).all()
            .compactMap { try? ReportingPeriod(parsing: $0.decode(column: "period", as: String.self)) }
        for period in periods { try await refreshProvinceRollup(provinceCode: provinceCode, period: period) }
    }

    /// Backfill: every province's roll-up of `period`, or of every period that has a figure.
    /// Returns the number of rows written.
    @discardableResult
    public func refreshAllRollups(period: ReportingPeriod? = nil) async throws -> Int {
        let periods: [ReportingPeriod]
        if let period {
            periods = [period]
        } else {
            let sql = try db.sqlDatabase()
            periods = try await sql.select().distinct().column("period").from("indicator_values").all()
                .compactMap { try? ReportingPeriod(parsing: $0.decode(column: "period", as: String.self)) }
        }
        let provinces = try await provinceCodes()
        for period in periods {
            for province in provinces { try await refreshProvinceRollup(provinceCode: province, period: period) }
        }
        return periods.count * provinces.count
    }

    func provinceCodes() async throws -> [String] {
        let sql = try db.sqlDatabase()
        return try await sql.select().column("code").from("units").where("kind", .in, ["tinh", "thanh_pho"])
            .orderBy("code").all().map { try $0.decode(column: "code", as: String.self) }
    }

    /// Every province with its stored roll-up of `period`, in one query: the national view.
    /// For national officers and the system admin (`AccessPolicy.canReadNational`).
    public func nationalRollups(period: ReportingPeriod, actor: Principal) async throws -> [NationalRow] {
        guard AccessPolicy.canReadNational(actor) else {
            throw AppError(.forbidden, code: .nationalForbidden, message: "only national officers and the admin read the national view",
                           vietnamese: "Chỉ cán bộ cấp trung ương và quản trị hệ thống được xem báo cáo toàn quốc.")
        }
        let sql = try db.sqlDatabase()
        let rows = try await sql.raw("""
            SELECT u.code AS code, u.full_name AS full_name, r.communes, r.communes_with_figures, r.expected_figures,
                   r.entered_figures, r.exceeded, r.met, r.approaching, r.not_met, r.no_target, r.no_data,
                   r.index_average, r.index_median, r.submitted, r.refreshed_at
            FROM units u LEFT JOIN province_rollups r ON r.province_code = u.code AND r.period = \(bind: period.description)
            WHERE u.kind IN ('tinh', 'thanh_pho') ORDER BY u.code
            """).all()
        return try rows.map { row in
            let code = try row.decode(column: "code", as: String.self)
            let name = try row.decode(column: "full_name", as: String.self)
            guard !(try row.decodeNil(column: "refreshed_at")) else { return NationalRow(provinceCode: code, name: name, rollup: nil) }
            func int(_ c: String) throws -> Int { try row.decode(column: c, as: Int.self) }
            func double(_ c: String) throws -> Double? { try row.decodeNil(column: c) ? nil : try row.decode(column: c, as: Double.self) }
            var verdicts = VerdictCounts([])
            for (verdict, column) in [(Verdict.exceeded, "exceeded"), (.met, "met"), (.approaching, "approaching"),
                                      (.notMet, "not_met"), (.noTarget, "no_target"), (.noData, "no_data")] {
                verdicts.counts[verdict] = try int(column)
            }
            return NationalRow(provinceCode: code, name: name, rollup: ProvinceRollup(
                provinceCode: code, period: period, communes: try int("communes"),
                communesWithFigures: try int("communes_with_figures"), expectedFigures: try int("expected_figures"),
                enteredFigures: try int("entered_figures"), verdicts: verdicts, indexAverage: try double("index_average"),
                indexMedian: try double("index_median"), submitted: try int("submitted"),
                refreshedAt: try row.decode(column: "refreshed_at", as: Date.self)))
        }
    }
}
