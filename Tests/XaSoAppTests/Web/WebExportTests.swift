import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoDocuments

extension DatabaseTests {
    /// The province officer's tables download as CSV and XLSX from the pages they are on (issue #13
    /// item 9): the commune table of the province page, with its order and filters, and the
    /// submissions table.
    @Suite struct WebExports {
        static let q3 = try! ReportingPeriod(parsing: "2025-Q3")

        @Test func provinceAndSubmissionTablesDownload() async throws {
            try await withApp { app in
                let system = Principal(username: "system", role: .admin, unitCode: nil, provinceCode: nil)
                // 90% against "80%" is above the target; 20% against "> 50%" is far below it.
                try await app.store.saveValues([
                    IndicatorValue(unitCode: Ref.giaPhuc, indicatorCode: "CL411.01", period: Self.q3,
                                   value: MeasuredValue(number: 90), enteredBy: "t"),
                    IndicatorValue(unitCode: Ref.giaPhuc, indicatorCode: "CL411.03", period: Self.q3,
                                   value: MeasuredValue(number: 20), enteredBy: "t"),
                ], actor: system)
                try await app.makeUser("hp-sokhcn", role: .provinceOfficer, unit: Ref.haiPhong)
                let web = WebClient(app)
                try await web.login("hp-sokhcn")

                let page = try await web.get("/provinces/\(Ref.haiPhong)?period=2025-Q3&framework=CL411&data=1")
                #expect(page.body.contains("id=\"province-csv\""))
                let csv = try await web.get("/provinces/\(Ref.haiPhong)?period=2025-Q3&framework=CL411&data=1&format=csv")
                #expect(csv.status == .ok)
                let lines = csv.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
                #expect(lines.count == 2)  // "only communes with figures": the header and Gia Phúc
                #expect(lines[0].hasSuffix("Hạng,Mã,\"Xã, phường\",\"Đạt, vượt mục tiêu\",Đạt mục tiêu,Tiệm cận mục tiêu,Chưa đạt,Chưa có mục tiêu,Chưa có số liệu,Tỷ lệ đạt (%),Chỉ tiêu có nguy cơ không đạt,Cảnh báo số liệu chưa kiểm tra")
)
                // Of CL411's 10 indicators: 1 above target, 1 not met, 8 without a figure; 1 of 2 judged met.
                #expect(lines[1] == "1,\(Ref.giaPhuc),Xã Gia Phúc,1,0,0,1,0,8,50,0,0")
                let xlsx = try await web.get("/provinces/\(Ref.haiPhong)?period=2025-Q3&framework=CL411&data=1&format=xlsx")
                let sheet = try XLSXReader.read(xlsx.data)
                #expect(sheet.cell(row: 2, column: 2) == "Xã Gia Phúc")
                #expect(sheet.cell(row: 2, column: 8) == "8")  // "Chưa có số liệu"
                #expect(sheet.cell(row: 2, column: 9) == "50")

                let submissions = try await web.get("/provinces/\(Ref.haiPhong)/submissions?period=2025-Q3")
                #expect(submissions.body.contains("id=\"submissions-csv\""))
                let file = try await web.get("/provinces/\(Ref.haiPhong)/submissions?period=2025-Q3&format=csv")
                #expect(file.status == .ok)
                let rows = file.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
                #expect(rows.count == 115)  // the header and Hải Phòng's 114 communes
                #expect(rows.contains { $0.hasPrefix("\(Ref.giaPhuc),Xã Gia Phúc,") })
            }
        }
    }
}
