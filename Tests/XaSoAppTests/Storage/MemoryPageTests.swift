import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoInMemoryStorage
import XaSoStorage

/// Pages and handlers on `InMemoryStorage`: no database is opened (`configure` is not called).
@Suite struct MemoryPageTests {
    typealias F = StorageFixture

    /// The dashboard's query on memory: verdict counts worked out by hand (StorageFixture.figures).
    @Test func dashboardCountsVerdictsFromMemory() async throws {
        let store = try F.memory()
        _ = try await store.saveValues(F.figures, actor: F.admin)
        let unit = try await store.requireUnit(Ref.giaPhuc)
        let inputs = try await store.evaluationInputs(unitCodes: [unit.code], period: F.q4, framework: F.framework)
        let model = try await DashboardPage.query(unit: unit, period: F.q4, framework: F.framework, inputs: inputs,
                                                  store: store)
        #expect(model.counts.counts == [.exceeded: 1, .approaching: 1, .notMet: 1, .noTarget: 1, .noData: 1])
        // 1 achieved of 3 judged.
        #expect(model.counts.achievedRate.map { abs($0 - 100.0 / 3) < 1e-9 } == true)
        #expect(model.groups.map(\.framework.code) == [F.framework] && model.groups[0].rows.count == 5)
        // TST.01 rose from 70 % to 85 %; the three others have no Q3 figure.
        #expect(model.changes == DashboardModel.Changes(improved: 1, worsened: 0, unchanged: 0, newData: 3))

        // The commune's own target (12 late dossiers) turns "not met" into "met".
        let gp = F.giaPhucAdmin
        _ = try await store.setTarget(indicator: "TST.03", year: 2025, text: "12", unitCode: Ref.giaPhuc, actor: gp)
        let after = try await DashboardPage.query(
            unit: unit, period: F.q4, framework: F.framework,
            inputs: try await store.evaluationInputs(unitCodes: [unit.code], period: F.q4, framework: F.framework),
            store: store)
        #expect(after.counts.counts == [.exceeded: 1, .met: 1, .approaching: 1, .noTarget: 1, .noData: 1])
        // The inputs changed with the target, so a cached rendering keyed by them is not reused.
        #expect(after.counts != model.counts)
    }

    /// An application with routes and no database, serving every request from `storage`.
    static func withMemoryApp(_ storage: InMemoryStorage, _ body: (Application) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        do {
            app.useStorage(storage)
            app.middleware = .init()
            app.middleware.use(APIErrorMiddleware())
            try routes(app)
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// A user and an API token put straight into memory.
    static func token(_ store: InMemoryStorage, _ username: String, role: Role, unit: String?) async throws -> String {
        let user = store.addUser(StoredUser(id: UUID(), username: username, role: role, unitCode: unit, passwordHash: "-"))
        let token = "token-\(username)"
        try await store.storeToken(userID: user.id, tokenHash: Tokens.hash(token), kind: "api", lifetime: 3600)
        return token
    }

    struct ValueRow: Decodable {
        var indicator_code: String
        var value: Double
    }

    @Test func valuesHandlerAnswersFromMemory() async throws {
        let store = try F.memory()
        _ = try await store.saveValues(F.figures, actor: F.admin)
        let own = try await Self.token(store, "gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
        let neighbour = try await Self.token(store, "nd-admin", role: .communeAdmin, unit: Ref.nghiDuong)
        try await Self.withMemoryApp(store) { app in
            try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/values?period=2025-Q4",
                                         headers: .bearer(own)) { res in
                #expect(res.status == .ok, "\(res.body.string)")
                let rows = try res.content.decode([ValueRow].self)
                #expect(rows.map(\.indicator_code) == ["TST.01", "TST.02", "TST.03", "TST.04"])
                #expect(rows.map(\.value) == [85, 80, 12, 40])
            }
            // Another commune's admin: 403 from the same read check the database store makes.
            try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/values?period=2025-Q4",
                                         headers: .bearer(neighbour)) { res in
                #expect(res.status == .forbidden)
            }
            // No token, an unknown token: 401.
            try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/values?period=2025-Q4") { res in
                #expect(res.status == .unauthorized)
            }
            try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/values?period=2025-Q4",
                                         headers: .bearer("khong-co")) { res in
                #expect(res.status == .unauthorized)
            }
            // A feature memory does not hold says so instead of answering with made-up data.
            try await app.testing().test(.GET, "/api/v1/units/\(Ref.giaPhuc)/plans", headers: .bearer(own)) { res in
                #expect(res.status == .serviceUnavailable)
                #expect(res.body.string.contains("storage.not_in_memory"))
            }
        }
    }

    @Test func targetHandlerWritesToMemory() async throws {
        let store = try F.memory()
        _ = try await store.saveValues(F.figures, actor: F.admin)
        let own = try await Self.token(store, "gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
        try await Self.withMemoryApp(store) { app in
            try await app.testing().test(.PUT, "/api/v1/units/\(Ref.giaPhuc)/targets/TST.03/2025", headers: .bearer(own),
                                         beforeRequest: { req in try req.content.encode(["text": "12"]) }) { res in
                #expect(res.status == .ok, "\(res.body.string)")
            }
            try await app.testing().test(.PUT, "/api/v1/units/\(Ref.giaPhuc)/targets/TST.01/2025", headers: .bearer(own),
                                         beforeRequest: { req in try req.content.encode(["text": "150%"]) }) { res in
                #expect(res.status == .badRequest || res.status == .unprocessableEntity)
                #expect(res.body.string.contains("target.out_of_range"))
            }
        }
        #expect(try await store.communeTargets(unitCode: Ref.giaPhuc).mapValues { $0.mapValues(\.text) }
                == ["TST.03": [2025: "12"]])
    }
}
