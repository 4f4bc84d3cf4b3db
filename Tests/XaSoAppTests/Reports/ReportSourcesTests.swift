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

        /// Online + direct must add up to what was received: a dossier sent by post is not online.
        @Test func postedDossiersCountAsDirect() async throws {
            try await withApp { app in
                let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)
                _ = try await DossierService.importProcedures(Data(DatabaseTests.WebDossiersAndPlans.catalogue.utf8),
                                                              unitCode: Ref.nghiDuong, actor: admin, store: app.store)
                let ledger = """
                    Mã hồ sơ,Mã thủ tục,Hình thức nộp,Ngày tiếp nhận,Hạn xử lý,Ngày có kết quả,Kết quả,Thanh toán trực tuyến,Ngày cập nhật hệ thống
                    P1,HT99,Trực tuyến,10/01/2026,20/01/2026,15/01/2026,Đã trả kết quả,,10/01/2026
                    P2,HT99,Trực tiếp,11/01/2026,21/01/2026,15/01/2026,Đã trả kết quả,,11/01/2026
                    P3,HT99,Bưu chính công ích,12/01/2026,22/01/2026,15/01/2026,Đã trả kết quả,,12/01/2026

                    """
                _ = try await DossierService.importDossiers(Data(ledger.utf8), unitCode: Ref.nghiDuong, actor: admin, store: app.store)
                let figures = try #require(try await ReportSources.dossiers(app.store, Ref.nghiDuong, ReportingPeriod.half(1, 2026).cutOffRange))
                #expect(figures.receivedInPeriod == 3)
                #expect(figures.online == 1)
                #expect(figures.direct == 2)
            }
        }
    }
}
