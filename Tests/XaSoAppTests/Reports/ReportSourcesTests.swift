import Foundation
import Testing
import Vapor
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// The six-month report quotes the dossier ledger and the plan tracking stored in XaSo.
    @Suite struct ReportSourcesFromStorage {
        @Test func theSixMonthReportQuotesTheLedger() async throws {
            try await withApp { app in
                let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)
                _ = try await DossierService.importProcedures(Data(SixMonthLedger.catalogue.utf8), unitCode: Ref.nghiDuong,
                                                              actor: admin, store: app.store)
                _ = try await DossierService.importDossiers(Data(SixMonthLedger.ledger.utf8), unitCode: Ref.nghiDuong,
                                                            actor: admin, store: app.store)
                let prepared = try await app.reportService.prepare(unitCode: Ref.nghiDuong, kindCode: "six-month-cchc",
                                                                   period: .half(1, 2026))
                let text = prepared.report.bodyPlainText.joined(separator: "\n")
                #expect(text.contains("từ ngày 15/12/2025 đến hết ngày 14/6/2026") || text.contains("từ ngày 15/12/2025 đến hết ngày 14/06/2026"))
                #expect(text.contains("Tổng số hồ sơ tiếp nhận là 5.892 hồ sơ, trong đó: 5.805 hồ sơ trong kỳ, 87 hồ sơ từ kỳ trước."))
                #expect(text.contains("5.792 hồ sơ được giải quyết trước hạn và đúng hạn, đạt tỷ lệ 99,2%"))
                #expect(text.contains("13 hồ sơ từ chối"))
                #expect(text.contains("29 hồ sơ rút"))
            }
        }
    }
}
