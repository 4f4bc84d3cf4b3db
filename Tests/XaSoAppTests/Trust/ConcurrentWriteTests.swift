import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

/// Issue #15 item 3: concurrent writers queue instead of failing, on an SQLite file (two pooled
/// connections in the server, a second process on the same file) and on PostgreSQL.
extension DatabaseTests {
    @Suite struct ConcurrentWriters {
        /// 16 distinct periods, one figure each: 2023-Q1 … 2026-Q4.
        static let periods = (2023...2026).flatMap { year in (1...4).map { "\(year)-Q\($0)" } }

        static func putFigure(_ app: Application, token: String, indicator: String, period: String,
                              percent: Int) async throws -> (HTTPStatus, String) {
            let body = try JSONEncoder().encode([["indicator_code": indicator, "period": period, "value": "\(percent)%"]])
            let res = try await app.send(.PUT, "/api/v1/units/\(Ref.nghiDuong)/values", token: token, body: body,
                                         contentType: .json)
            return (res.status, res.body.string)
        }

        static func importLedger(_ app: Application, token: String) async throws -> (HTTPStatus, String) {
            let res = try await app.send(.POST, "/api/v1/units/\(Ref.nghiDuong)/dossiers/import", token: token,
                                         body: Data(SixMonthLedger.ledger.utf8), contentType: .plainText)
            return (res.status, res.body.string)
        }

        static func summary(_ body: String) throws -> XaSoStore.DossierImportSummary {
            try JSONDecoder().decode(XaSoStore.DossierImportSummary.self, from: Data(body.utf8))
        }

        /// While the API takes 16 figures at once and a dossier import, a second application on the
        /// same database (standing for `xaso values import` and `xaso dossiers import` in another
        /// process) imports 8 figures and the same ledger: everything succeeds and everything is there.
        @Test func apiAndASecondProcessWriteAtOnceAndNothingFails() async throws {
            try await withScratchFolder { dir in
                let url = writersDatabaseURL(in: dir)
                try await withAppOn(url, reset: true) { server in
                    let chief = try await server.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                    let catalogue = try await server.send(.POST, "/api/v1/units/\(Ref.nghiDuong)/procedures/import", token: chief,
                                                          body: Data(SixMonthLedger.catalogue.utf8), contentType: .plainText)
                    #expect(catalogue.status == .ok)
                    try await withAppOn(url, reset: false) { cli in
                        let results = try await withThrowingTaskGroup(of: (String, HTTPStatus, String).self) { group in
                            for (i, period) in Self.periods.enumerated() {
                                group.addTask {
                                    let (status, body) = try await Self.putFigure(server, token: chief, indicator: "CL411.01",
                                                                                  period: period, percent: 40 + i)
                                    return ("put \(period)", status, body)
                                }
                            }
                            group.addTask {
                                let (status, body) = try await Self.importLedger(server, token: chief)
                                return ("api import", status, body)
                            }
                            group.addTask {
                                let summary = try await DossierService.importDossiers(
                                    Data(SixMonthLedger.ledger.utf8), unitCode: Ref.nghiDuong, actor: consolePrincipal, store: cli.store)
                                return ("cli import", .ok, String(decoding: try JSONEncoder().encode(summary), as: UTF8.self))
                            }
                            for (i, period) in Self.periods.prefix(8).enumerated() {
                                group.addTask {
                                    let csv = "unit_code,indicator_code,period,value,note\n\(Ref.nghiDuong),CL411.03,\(period),\(20 + i)%,\n"
                                    let values = try await ValueImporter.parse(Data(csv.utf8), store: cli.store, enteredBy: "cli")
                                    let saved = try await cli.store.saveValues(values, actor: consolePrincipal)
                                    return ("cli values \(period)", .ok, "\(saved.inserted)")
                                }
                            }
                            var all: [(String, HTTPStatus, String)] = []
                            for try await result in group { all.append(result) }
                            return all
                        }
                        #expect(results.count == 16 + 2 + 8)
                        for (what, status, body) in results {
                            #expect(status == .ok, "\(what): \(status) \(body)")
                        }
                        // The two imports of one ledger ran one after the other: one inserted every row.
                        let imports = try results.filter { $0.0.hasSuffix("import") }.map { try Self.summary($0.2) }
                        #expect(imports.count == 2)
                        for s in imports {
                            #expect(s.rows == 5892)
                            #expect(s.inserted >= 0 && s.updated >= 0 && s.inserted + s.updated == 5892)
                        }
                        #expect(imports.map(\.inserted).sorted() == [0, 5892])
                    }
                    #expect(try await server.store.dossierCount(unitCode: Ref.nghiDuong) == 5892)
                    for (i, period) in Self.periods.enumerated() {
                        let stored = try await server.store.values(unitCode: Ref.nghiDuong, period: ReportingPeriod.required(period))
                        let byCode = Dictionary(stored.map { ($0.indicatorCode, $0.value.number) }, uniquingKeysWith: { a, _ in a })
                        #expect(byCode["CL411.01"] == Double(40 + i), "CL411.01 \(period)")
                        #expect(byCode["CL411.03"] == (i < 8 ? Double(20 + i) : nil), "CL411.03 \(period)")
                    }
                }
            }
        }

        /// Two imports of the same export through the API at once: both succeed, the counts add up.
        @Test func twoImportsOfOneFileAtOnceCountRight() async throws {
            try await withScratchFolder { dir in
                try await withAppOn(writersDatabaseURL(in: dir), reset: true) { app in
                    let chief = try await app.token("nghiduong", role: .communeAdmin, unit: Ref.nghiDuong)
                    _ = try await app.send(.POST, "/api/v1/units/\(Ref.nghiDuong)/procedures/import", token: chief,
                                           body: Data(SixMonthLedger.catalogue.utf8), contentType: .plainText)
                    async let first = Self.importLedger(app, token: chief)
                    async let second = Self.importLedger(app, token: chief)
                    let both = try await [first, second]
                    for (status, body) in both { #expect(status == .ok, "\(body)") }
                    let summaries = try both.map { try Self.summary($0.1) }
                    #expect(summaries.map(\.inserted).sorted() == [0, 5892])
                    #expect(summaries.map(\.updated).sorted() == [0, 5892])
                    #expect(try await app.store.dossierCount(unitCode: Ref.nghiDuong) == 5892)
                }
            }
        }
    }
}
