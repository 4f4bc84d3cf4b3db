import Foundation
import SQLKit
import Testing
import Vapor
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Indicators and targets are kept in memory per server; every write through the store must be seen
    /// by the next evaluation, on this server or (through the stored version) on any other.
    @Suite struct CatalogueCacheTests {
        let admin = Principal(username: "root", role: .admin, unitCode: nil, provinceCode: nil)

        func verdict(_ app: Application, _ code: String) async throws -> Evaluation {
            let list = try await app.store.evaluate(unitCode: Ref.giaPhuc, period: .quarter(3, 2025), framework: "CL411")
            return try #require(list.first { $0.indicator.code == code })
        }

        @Test func editsThroughTheStoreAreSeenAtOnce() async throws {
            try await withApp(sample: true) { app in
                // 35% against "> 50%": 35/50 = 0.70, below the 0.85 that counts as approaching.
                #expect(try await verdict(app, "CL411.07").verdict == .notMet)
                _ = try await app.store.setTarget(indicator: "CL411.07", year: 2025, text: "≥ 40%", unitCode: nil, actor: admin)
                // 35/40 = 0.875.
                #expect(try await verdict(app, "CL411.07").verdict == .approaching)
                _ = try await app.store.updateIndicator("CL411.07", .init(name: "Tỷ lệ hộ gia đình có cáp quang"), actor: admin)
                #expect(try await verdict(app, "CL411.07").indicator.name == "Tỷ lệ hộ gia đình có cáp quang")
                #expect(try await app.store.indicator("CL411.07").targets[2025]?.text == "≥ 40%")
            }
        }

        @Test func anotherServersWriteIsSeenThroughTheStoredVersion() async throws {
            try await withApp(sample: true) { app in
                #expect(try await verdict(app, "CL411.07").verdict == .notMet)
                // A change made without a new version (as no store write does) stays unseen: the cache is real…
                let sql = try #require(app.db as? any SQLDatabase)
                try await sql.raw("UPDATE targets SET text = '≥ 30%' WHERE indicator_code = 'CL411.07' AND year = 2025 AND scope = ''").run()
                #expect(try await verdict(app, "CL411.07").verdict == .notMet)
                // …and a new stored version, which every other server's write leaves, makes this server reload.
                try await app.db.transaction { try await app.sqlStore.touchCatalogue(on: $0) }
                #expect(try await verdict(app, "CL411.07").verdict == .exceeded)
            }
        }

        @Test func aCommunesOwnTargetIsSeenAtOnceAndOnlyThere() async throws {
            try await withApp(sample: true) { app in
                let chief = Principal(username: "gp", role: .communeAdmin, unitCode: Ref.giaPhuc, provinceCode: Ref.haiPhong)
                _ = try await app.store.indicators(unitCode: Ref.nghiDuong)
                #expect(try await verdict(app, "CL411.07").verdict == .notMet)
                _ = try await app.store.setTarget(indicator: "CL411.07", year: 2025, text: "≥ 30%", unitCode: Ref.giaPhuc, actor: chief)
                #expect(try await verdict(app, "CL411.07").verdict == .exceeded)
                #expect(try await app.store.indicator("CL411.07", unitCode: Ref.nghiDuong).targets[2025]?.text == "> 50%")
            }
        }
    }
}
