import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoDocuments
@testable import XaSoPersistence

extension DatabaseTests {
    /// Hải Phòng's own report for 2025-Q3 (114 communes), from what two communes stored: Gia Phúc's
    /// CL411.07 60% and CL411.01 85%, submitted 10/10/2025; Nghi Dương's CL411.07 20% ("> 50%": not
    /// met), submitted 20/10/2025, after the province's deadline of 15/10/2025; and three dossiers of
    /// Nghi Dương in August 2025, two online, all resolved before their due day.
    @Suite struct ProvinceReport {
        static let hp = Ref.haiPhong, gp = Ref.giaPhuc, nd = Ref.nghiDuong
        static let path = "/api/v1/units/31/reports/province-quarterly-cds/2025-Q3/document"
        static let ledger = """
            Mã hồ sơ,Mã thủ tục,Hình thức nộp,Ngày tiếp nhận,Hạn xử lý,Ngày có kết quả,Kết quả,Thanh toán trực tuyến,Ngày cập nhật hệ thống
            Q1,HT99,Trực tuyến,04/08/2025,14/08/2025,08/08/2025,Đã trả kết quả,,04/08/2025
            Q2,HT99,Trực tuyến,05/08/2025,15/08/2025,09/08/2025,Đã trả kết quả,,05/08/2025
            Q3,HT99,Trực tiếp,06/08/2025,16/08/2025,10/08/2025,Đã trả kết quả,,06/08/2025

            """

        static func seed(_ app: Application) async throws {
            let admin = Principal(username: "t", role: .admin, unitCode: nil, provinceCode: nil)
            let token = try await app.token("p-admin", role: .admin, unit: nil)
            let figures = [(gp, "CL411.07", "60%"), (gp, "CL411.01", "85%"), (nd, "CL411.07", "20%")]
            for (unit, rows) in Dictionary(grouping: figures, by: \.0) {
                try await app.testing().test(.PUT, "/api/v1/units/\(unit)/values", headers: .bearer(token), beforeRequest: {
                    try $0.content.encode(rows.map { ["indicator_code": $0.1, "period": "2025-Q3", "value": $0.2] })
                }) { res in #expect(res.status == .ok, "\(res.body.string)") }
            }
            try await app.store.setDeadline(provinceCode: hp, key: .kind(.quarter), rule: .fixed(LocalDay(2025, 10, 15)),
                                            framework: nil, actor: admin)
            func day(_ d: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(LocalDay(2025, 10, d).dayNumber) * 86_400 + 3 * 3600) }
            try await app.store.submitPeriod(unitCode: gp, period: .quarter(3, 2025), actor: admin, now: day(10))
            try await app.store.submitPeriod(unitCode: nd, period: .quarter(3, 2025), actor: admin, now: day(20))
            _ = try await DossierService.importProcedures(Data(DatabaseTests.WebDossiersAndPlans.catalogue.utf8),
                                                          unitCode: nd, actor: admin, store: app.store)
            _ = try await DossierService.importDossiers(Data(ledger.utf8), unitCode: nd, actor: admin, store: app.store)
        }

        /// The lines every rendering must hold, counted by hand from the seed.
        static let expected = [
            "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "/BC-SKHCN",
            "Kết quả chuyển đổi số các xã, phường quý III năm 2025",
            "I. TÌNH HÌNH NỘP BÁO CÁO",
            "02/114 xã đã nộp báo cáo quý III/2025 (hạn nộp ngày 15/10/2025), trong đó 01 xã đúng hạn, 01 xã nộp muộn.",
            "Còn 112 xã chưa nộp báo cáo: 112 xã chưa bắt đầu nhập số liệu.",
            "Có 02/114 xã đã nhập số liệu các chỉ tiêu quý III/2025.",
            "III. XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ",
            "Có 02/114 xã được xếp hạng theo chỉ số chuyển đổi số cấp xã quý III/2025; dẫn đầu là xã Gia Phúc (",
            "thấp nhất là xã Nghi Dương (",
            "Còn 112 xã chưa có số liệu nên chưa được xếp hạng.",
            "01 xã chưa đạt, gồm: xã Nghi Dương (20%).",
            "Tổng hợp từ sổ theo dõi hồ sơ thủ tục hành chính của 01/114 xã có hồ sơ trong kỳ.",
            "Tổng số hồ sơ tiếp nhận là 03 hồ sơ, trong đó: 03 hồ sơ trong kỳ, 0 hồ sơ từ kỳ trước.",
            "VII. ĐỀ XUẤT, KIẾN NGHỊ", "GIÁM ĐỐC", "- UBND thành phố (để b/c);",
        ]

        @Test func theProvinceOfficerGetsDocxAndHtmlAndACommuneDoesNot() async throws {
            try await withApp { app in
                try await Self.seed(app)
                let officer = try await app.token("p-tinh", role: .provinceOfficer, unit: Self.hp)
                let communeAdmin = try await app.token("p-xa", role: .communeAdmin, unit: Self.gp)

                var docx = Data()
                try await app.testing().test(.GET, Self.path + "?format=docx", headers: .bearer(officer)) { res in
                    #expect(res.status == .ok, "\(res.body.string)")
                    docx = Data(res.body.readableBytesView)
                }
                let text = try DocxTextExtractor.paragraphs(from: docx).joined(separator: "\n")
                var html = ""
                try await app.testing().test(.GET, Self.path + "?format=html", headers: .bearer(officer)) { res in
                    #expect(res.status == .ok)
                    html = res.body.string
                }
                for line in Self.expected {
                    #expect(text.contains(line), "DOCX lacks: \(line)")
                    #expect(html.contains(line), "HTML lacks: \(line)")
                }
                // One of the two only: Nghi Dương (20%) is the laggard of CL411.07; Gia Phúc met it.
                #expect(!text.contains("xã Gia Phúc (60%)"))

                // A commune cannot read the province's report, nor ask a province's kind for itself.
                try await app.testing().test(.GET, Self.path, headers: .bearer(communeAdmin)) { res in
                    #expect(res.status == .forbidden)
                }
                try await app.testing().test(.GET, "/api/v1/units/\(Self.gp)/reports/province-quarterly-cds/2025-Q3/document",
                                             headers: .bearer(communeAdmin)) { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(ReportTestSupport.code(res) == "report.unit_not_province")
                }
                // And a province does not issue a commune's kind.
                try await app.testing().test(.GET, "/api/v1/units/31/reports/quarterly-cds/2025-Q3", headers: .bearer(officer)) { res in
                    #expect(ReportTestSupport.code(res) == "report.unit_not_commune")
                }

                // The officer numbers and signs it; the number comes back in the document.
                try await app.testing().test(.PUT, "/api/v1/units/31/reports/province-quarterly-cds/2025-Q3",
                                             headers: .bearer(officer), beforeRequest: { req in
                    try req.content.encode(["number": 15] as [String: Int])
                }) { res in #expect(res.status == .ok, "\(res.body.string)") }
                try await app.testing().test(.GET, Self.path + "?format=html", headers: .bearer(officer)) { res in
                    #expect(res.body.string.contains("Số: 15/BC-SKHCN"))
                }

                // The kinds a province issues, through the API as the reports page lists them.
                try await app.testing().test(.GET, "/api/v1/report-kinds?unit=31", headers: .bearer(officer)) { res in
                    let kinds = try ReportTestSupport.decoder.decode([ReportKindDTO].self, from: Data(res.body.readableBytesView))
                    #expect(kinds.map(\.code) == ["province-quarterly-cds", "province-six-month-cds", "province-annual-cds"])
                    #expect(kinds.allSatisfy { $0.unitLevel == "province" })
                }
            }
        }
    }
}

/// `xaso report render --unit 31 --kind province-quarterly-cds`.
@Suite struct ProvinceReportCLITests {
    @Test func rendersTheProvinceReport() async throws {
        let db = CLITests.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: db.path) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tinh-\(UUID().uuidString).docx").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let render = try #require(try XaSoCommand.parseAsRoot(
            ["report", "render", "--unit", "31", "--kind", "province-quarterly-cds", "--period", "2025-Q3", "--format", "docx",
             "--out", out, "--number", "7", "--signer-title", "Phó Giám đốc", "--signer-name", "Trần Văn C",
             "--database", db.url]) as? ReportCommand.Render)
        _ = try await render.result()
        let text = try DocxTextExtractor.paragraphs(contentsOf: URL(fileURLWithPath: out)).joined(separator: "\n")
        #expect(text.contains("Số: 07/BC-SKHCN"))
        #expect(text.contains("KT. GIÁM ĐỐC") && text.contains("PHÓ GIÁM ĐỐC") && text.contains("Trần Văn C"))
        // A fresh database: nobody has submitted or entered a figure.
        #expect(text.contains("Chưa có xã nào nộp báo cáo quý III/2025"))
        #expect(text.contains("Chưa có xã nào nhập số liệu các chỉ tiêu quý III/2025."))
    }
}
