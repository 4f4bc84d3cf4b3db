import Foundation
import Testing
import Vapor
@testable import XaSoApp
import XaSoCore
import XaSoInMemoryStorage
import XaSoPersistence
import XaSoStorage

/// The same assertions against `InMemoryStorage` and `XaSoStore` on the test database (SQLite in
/// memory, PostgreSQL when `XASO_TEST_DATABASE_URL` is set): the in-memory storage that handler and
/// page tests use cannot drift from the database's behaviour unnoticed.
enum StorageContract {
    typealias Store = UnitStorage & FrameworkStorage & TargetStorage & FigureStorage & EvaluationStorage
    typealias F = StorageFixture

    static func verdicts(_ store: some Store) async throws -> [String: Verdict] {
        let evaluations = try await store.evaluate(unitCode: Ref.giaPhuc, period: F.q4, framework: F.framework)
        return Dictionary(uniqueKeysWithValues: evaluations.map { ($0.indicator.code, $0.verdict) })
    }

    static func expectError(_ kind: AppError.Kind, code: String? = nil, _ body: () async throws -> Void,
                            sourceLocation: SourceLocation = #_sourceLocation) async {
        do {
            try await body()
            Issue.record("expected \(kind.rawValue) \(code ?? "")", sourceLocation: sourceLocation)
        } catch let error as AppError {
            #expect(error.kind == kind, sourceLocation: sourceLocation)
            if let code { #expect(error.code.rawValue == code, sourceLocation: sourceLocation) }
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    static func units(_ store: some Store) async throws {
        let giaPhuc = try await store.requireUnit(Ref.giaPhuc)
        #expect(giaPhuc.name == "Gia Phúc" && giaPhuc.level == .commune && giaPhuc.parentCode == Ref.haiPhong)
        #expect(try await store.provinceCode(of: Ref.giaPhuc) == Ref.haiPhong)
        #expect(try await store.provinceCode(of: Ref.haiPhong) == Ref.haiPhong)
        #expect(try await store.unit("99999") == nil)
        await expectError(.notFound) { _ = try await store.requireUnit("99999") }
        #expect(try await store.findUnits("gia phuc").contains { $0.code == Ref.giaPhuc })
        let children = try await store.children(of: Ref.haiPhong)
        #expect(children.contains { $0.code == Ref.nghiDuong } && children.allSatisfy { $0.parentCode == Ref.haiPhong })
        #expect(children.map(\.code) == children.map(\.code).sorted())
        // Read scope: a commune's admin reads its own commune, not its neighbour.
        try await store.requireRead(F.giaPhucAdmin, unitCode: Ref.giaPhuc)
        await expectError(.forbidden) { try await store.requireRead(F.giaPhucAdmin, unitCode: Ref.nghiDuong) }
        #expect(try await store.departments(of: Ref.giaPhuc) == Department.standard)
    }

    static func catalogue(_ store: some Store) async throws {
        let indicators = try await store.indicators(framework: F.framework, unitCode: nil)
        #expect(indicators.map(\.code) == ["TST.01", "TST.02", "TST.03", "TST.04", "TST.05"])
        #expect(try await store.indicator("TST.01", unitCode: nil).targets[2025]?.text == "80%")
        #expect(try await store.indicator("TST.04", unitCode: Ref.giaPhuc).targets.isEmpty)
        #expect(try await store.indicatorUnitKinds()["TST.03"] == .count)
        #expect(try await store.knownIndicatorCodes().isSuperset(of: ["TST.01", "TST.05"]))
        await expectError(.notFound) { _ = try await store.indicators(framework: "KHONG-CO", unitCode: nil) }
        await expectError(.notFound) { _ = try await store.indicator("TST.99", unitCode: nil) }
    }

    static func figures(_ store: some Store) async throws {
        let first = try await store.saveValues(F.figures, actor: F.admin)
        #expect(first == ImportSummary(inserted: 5, updated: 0))
        #expect(try await store.values(unitCode: Ref.giaPhuc, period: F.q4).map(\.indicatorCode)
                == ["TST.01", "TST.02", "TST.03", "TST.04"])
        #expect(try await store.values(unitCode: Ref.giaPhuc, period: F.q4).map(\.value.number) == [85, 80, 12, 40])
        #expect(try await store.values(unitCode: Ref.giaPhuc, periods: [F.q3, F.q4]).count == 5)

        // All-or-nothing: row 2's 150 % refuses row 1's good figure too.
        await expectError(.invalid) {
            _ = try await store.saveValues([F.value("TST.05", 50), F.value("TST.02", 150)], actor: F.admin)
        }
        do {
            _ = try await store.saveValues([F.value("TST.05", 50), F.value("TST.02", 150)], actor: F.admin)
        } catch let error as AppError {
            #expect(error.issues.map(\.row) == [2] && error.issues.map(\.code) == ["value.out_of_range"])
        }
        // Another commune's admin may write none of Gia Phúc's figures.
        await expectError(.forbidden, code: "forbidden") {
            _ = try await store.saveValues([F.value("TST.05", 50)], actor: F.nghiDuongAdmin)
        }
        await expectError(.invalid) { _ = try await store.saveValues([F.value("TST.99", 5)], actor: F.admin) }
        #expect(try await store.values(unitCode: Ref.giaPhuc, period: F.q4).count == 4)

        #expect(try await store.unitsWithFigures([Ref.giaPhuc, Ref.nghiDuong], period: F.q4) == [Ref.giaPhuc])
        #expect(try await store.periodsWithFigures([Ref.giaPhuc], among: [F.q3, F.q4, .quarter(2, 2025)])
                == ["2025-Q3", "2025-Q4"])
        let overTime = try await store.figuresOverTime(unit: Ref.giaPhuc, indicator: "TST.01")
        #expect(overTime.map(\.period) == [F.q3, F.q4] && overTime.map(\.row.value) == [70, 85])

        // Review: submitted, sent back with a reason, approved; an approved figure that changes is a draft again.
        _ = try await store.transition(unitCode: Ref.giaPhuc, indicator: "TST.02", period: F.q4, to: .submitted,
                                       comment: nil, actor: F.giaPhucAdmin)
        await expectError(.invalid, code: "value.comment_required") {
            _ = try await store.transition(unitCode: Ref.giaPhuc, indicator: "TST.02", period: F.q4, to: .returned,
                                           comment: " ", actor: F.giaPhucAdmin)
        }
        _ = try await store.transition(unitCode: Ref.giaPhuc, indicator: "TST.02", period: F.q4, to: .returned,
                                       comment: "Sai số liệu", actor: F.giaPhucAdmin)
        #expect(try await store.reviewComments(unit: Ref.giaPhuc, period: F.q4) == ["TST.02": "Sai số liệu"])
        _ = try await store.transition(unitCode: Ref.giaPhuc, indicator: "TST.01", period: F.q4, to: .submitted,
                                       comment: nil, actor: F.giaPhucAdmin)
        let approved = try await store.transition(unitCode: Ref.giaPhuc, indicator: "TST.01", period: F.q4,
                                                  to: .approved, comment: nil, actor: F.giaPhucAdmin)
        #expect(approved.state == .approved)
        await expectError(.conflict, code: "value.state_invalid") {
            _ = try await store.transition(unitCode: Ref.giaPhuc, indicator: "TST.01", period: F.q4, to: .submitted,
                                           comment: nil, actor: F.giaPhucAdmin)
        }
        let again = try await store.saveValues([F.value("TST.01", 85)], actor: F.giaPhucAdmin)
        #expect(again == ImportSummary(inserted: 0, updated: 1))
        #expect(try await store.values(unitCode: Ref.giaPhuc, period: F.q4).first?.state == .draft)
        #expect(try await store.history(unitCode: Ref.giaPhuc, indicator: "TST.01", period: F.q4).map(\.action)
                == ["create", "submitted", "approved", "update"])
        await expectError(.notFound) { _ = try await store.history(unitCode: Ref.giaPhuc, indicator: "TST.05", period: F.q4) }
    }

    static func targetsAndEvaluation(_ store: some Store) async throws {
        _ = try await store.saveValues(F.figures, actor: F.admin)
        #expect(try await verdicts(store) == ["TST.01": .exceeded, "TST.02": .approaching, "TST.03": .notMet,
                                              "TST.04": .noTarget, "TST.05": .noData])
        let first = try #require(try await store.evaluate(unitCode: Ref.giaPhuc, period: F.q4, framework: F.framework).first)
        #expect(first.trend == .improved && first.change == 15 && first.targetLevel == .national)

        // The commune's own target for TST.03 (12): 12 meets it.
        _ = try await store.setTarget(indicator: "TST.03", year: 2025, text: "12", unitCode: Ref.giaPhuc,
                                      actor: F.giaPhucAdmin)
        #expect(try await store.communeTargets(unitCode: Ref.giaPhuc)["TST.03"]?[2025]?.text == "12")
        #expect(try await verdicts(store)["TST.03"] == .met)
        let own = try #require(try await store.evaluate(unitCode: Ref.giaPhuc, period: F.q4, framework: F.framework)
            .first { $0.indicator.code == "TST.03" })
        #expect(own.targetLevel == .commune)
        // Nghi Dương keeps the national target.
        #expect(try await store.indicator("TST.03", unitCode: Ref.nghiDuong).targets[2025]?.text == "10")

        await expectError(.invalid, code: "target.out_of_range") {
            _ = try await store.setTarget(indicator: "TST.01", year: 2025, text: "150%", unitCode: Ref.giaPhuc,
                                          actor: F.giaPhucAdmin)
        }
        await expectError(.forbidden) {
            _ = try await store.setTarget(indicator: "TST.01", year: 2025, text: "90%", unitCode: Ref.giaPhuc,
                                          actor: F.nghiDuongAdmin)
        }
        await expectError(.forbidden) {
            _ = try await store.setTarget(indicator: "TST.01", year: 2025, text: "90%", unitCode: nil, actor: F.giaPhucAdmin)
        }
        try await store.removeTarget(indicator: "TST.03", year: 2025, unitCode: Ref.giaPhuc, actor: F.giaPhucAdmin)
        #expect(try await store.communeTargets(unitCode: Ref.giaPhuc).isEmpty)
        #expect(try await verdicts(store)["TST.03"] == .notMet)

        // Many units at once, and the inputs' judge gives the same.
        let many = try await store.evaluate(unitCodes: [Ref.giaPhuc, Ref.nghiDuong], period: F.q4, framework: F.framework)
        #expect(many[Ref.nghiDuong]?.map(\.verdict) == Array(repeating: .noData, count: 5))
        let inputs = try await store.evaluationInputs(unitCodes: [Ref.giaPhuc], period: F.q4, framework: F.framework)
        #expect(inputs.isComplete)
        let judged = try await store.judge(inputs)
        #expect(judged.values.count == 4 && judged.evaluations[Ref.giaPhuc]?.map(\.verdict) == many[Ref.giaPhuc]?.map(\.verdict))

        // Early warnings read the same figures: one per numeric indicator, in catalogue order.
        let warnings = try await store.earlyWarnings(unitCode: Ref.giaPhuc, period: F.q4, framework: F.framework)
        #expect(warnings.map(\.indicatorCode) == ["TST.01", "TST.02", "TST.03", "TST.04", "TST.05"])

        // Deleting Q3 leaves Q4 without a trend.
        #expect(try await store.deleteValues(unitCode: Ref.giaPhuc, period: F.q3, indicators: nil, actor: F.giaPhucAdmin) == 1)
        #expect(try await store.evaluate(unitCode: Ref.giaPhuc, period: F.q4, framework: F.framework).first?.trend == nil)
        await expectError(.forbidden) {
            _ = try await store.deleteValues(unitCode: Ref.giaPhuc, period: F.q4, indicators: nil, actor: F.nghiDuongAdmin)
        }
    }

    static let all: [(String, @Sendable (any Store) async throws -> Void)] = [
        ("units", { try await units($0) }),
        ("catalogue", { try await catalogue($0) }),
        ("figures", { try await figures($0) }),
        ("targets and evaluation", { try await targetsAndEvaluation($0) }),
    ]
}

@Suite struct StorageContractInMemory {
    @Test(arguments: StorageContract.all.map(\.0))
    func inMemory(_ name: String) async throws {
        let run = try #require(StorageContract.all.first { $0.0 == name }?.1)
        try await run(try StorageFixture.memory())
    }
}

extension DatabaseTests {
    @Suite struct StorageContractOnDatabase {
        @Test(arguments: StorageContract.all.map(\.0))
        func onDatabase(_ name: String) async throws {
            let run = try #require(StorageContract.all.first { $0.0 == name }?.1)
            try await withApp { app in
                try await app.sqlStore.seedFrameworks(StorageFixture.catalog())
                try await run(app.store)
            }
        }
    }
}
