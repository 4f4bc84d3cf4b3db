import Foundation
import Testing
import Vapor
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// The province officer's submissions page, in Vietnamese, one row per commune.
    @Suite struct SubmissionPage {
        @Test func provinceSeesEachCommunesStateInVietnamese() async throws {
            try await withApp { app in
                let system = Principal(username: "system", role: .admin, unitCode: nil, provinceCode: nil)
                let q3 = ReportingPeriod.quarter(3, 2025)
                // Gia Phúc: 4 of 10 figures, submitted on 20/9/2025 (late: due 19/9), then returned.
                try await app.store.saveValues((1...4).map {
                    IndicatorValue(unitCode: Ref.giaPhuc, indicatorCode: String(format: "CL411.%02d", $0), period: q3,
                                   value: MeasuredValue(number: 60), enteredBy: "system")
                }, actor: system)
                let day20 = Date(timeIntervalSince1970: TimeInterval(LocalDay(2025, 9, 20).dayNumber) * 86_400 + 3 * 3600)
                try await app.store.submitPeriod(unitCode: Ref.giaPhuc, period: q3, actor: system, now: day20)
                try await app.store.reviewSubmission(unitCode: Ref.giaPhuc, period: q3, to: .returned, reason: "Thiếu chỉ tiêu 5–10",
                                                     actor: system, now: day20)
                // Nghi Dương submitted on 18/9 with nothing entered: on time, 0%.
                let day18 = Date(timeIntervalSince1970: TimeInterval(LocalDay(2025, 9, 18).dayNumber) * 86_400 + 3 * 3600)
                try await app.store.submitPeriod(unitCode: Ref.nghiDuong, period: q3, actor: system, now: day18)

                try await app.makeUser("sp-tinh", role: .provinceOfficer, unit: Ref.haiPhong)
                let web = WebClient(app)
                try await web.login("sp-tinh")
                let page = try await web.get("/provinces/\(Ref.haiPhong)/submissions?period=2025-Q3")
                #expect(page.status == .ok)
                #expect(page.body.contains("Theo dõi nộp báo cáo – Thành phố Hải Phòng"))
                #expect(page.body.contains("Hạn nộp 19/09/2025 · 1/114 đơn vị đã nộp, 1 đúng hạn · số liệu theo bộ chỉ tiêu CL411"))
                #expect(page.body.contains("<tr id=\"submission-\(Ref.giaPhuc)\" data-state=\"returned\">"))
                #expect(page.body.contains("Bị trả lại</td>"))
                #expect(page.body.contains("40%</td><td>Thiếu chỉ tiêu 5–10</td>"))
                #expect(page.body.contains("<tr id=\"submission-\(Ref.nghiDuong)\" data-state=\"submitted\">"))
                #expect(page.body.contains("Đã nộp đúng hạn</td><td>10:00 18/09/2025</td>"))
                #expect(page.body.contains("Chưa bắt đầu</td>"))
                #expect(!page.body.contains("Nộp muộn</td>"))
                // The province page links here.
                #expect(try await web.get("/provinces/\(Ref.haiPhong)?period=2025-Q3").body
                    .contains("href=\"/provinces/\(Ref.haiPhong)/submissions?period=2025-Q3\""))

                // A commune admin does not see the province's table.
                try await app.makeUser("sp-xa", role: .communeAdmin, unit: Ref.giaPhuc)
                let commune = WebClient(app)
                try await commune.login("sp-xa")
                #expect(try await commune.get("/provinces/\(Ref.haiPhong)/submissions?period=2025-Q3").status == .forbidden)
            }
        }
    }
}
