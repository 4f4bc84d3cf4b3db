import FluentKit
import SQLKit
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// `POST /units/{code}/reports/ingest` on the test database (SQLite in memory, or PostgreSQL in CI).
    @Suite struct Ingest {
        static func counts(_ app: Application) async throws -> (values: Int, reports: Int, dossierFigures: Int, dossiers: Int) {
            (try await ValueModel.query(on: app.db).count(), try await SavedReportModel.query(on: app.db).count(),
             try await ReportedDossierFiguresModel.query(on: app.db).count(),
             try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM dossiers").first()?.decode(column: "n", as: Int.self) ?? -1)
        }

        @Test func dryRunStoresNothingThenStoreKeepsDraftsWithProvenanceAndTheNarrative() async throws {
            try await withApp { app in
                let admin = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                let text = try planReferenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt")
                let path = "units/\(Ref.giaPhuc)/reports/ingest"

                let dry = try await app.api(.POST, path + "?dry_run=true&file_name=bc-quy3.txt", token: admin, text: text)
                #expect(dry.status == .ok, "\(dry.text.prefix(300))")
                let read = try dry.decode(IngestedReport.self)
                #expect(read.kind == "quarterly-cds")
                #expect(read.period == "2025-Q3")
                #expect(read.unitCode == Ref.giaPhuc)
                #expect(read.figures.count >= 10)
                #expect(try await Self.counts(app).values == 0)
                #expect(try await Self.counts(app).reports == 0)

                let stored = try await app.api(.POST, path + "?file_name=bc-quy3.txt", token: admin, text: text)
                #expect(stored.status == .created, "\(stored.text.prefix(300))")
                let values = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                let v3 = try #require(values.first { $0.indicatorCode == "CL411.03" })
                #expect(v3.value == MeasuredValue(number: 15, approximate: true))
                #expect(v3.state == .draft)
                #expect(v3.note == "do người dân chưa phổ cập sử dụng")
                let f3 = try #require(read.figures.first { $0.indicatorCode == "CL411.03" })
                #expect(v3.source == "Nhập từ báo cáo “bc-quy3.txt”, dòng \(f3.line)")
                #expect(values.count == read.figures.count)

                let saved = try #require(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds",
                                                                         period: .quarter(3, 2025)))
                #expect(saved.overrides["the-che.1"]?.contains("Ban hành 04 văn bản quy phạm pháp luật") == true)
                #expect(saved.overrides["de-xuat.1"]?.contains("Đề nghị thành phố") == true)

                // The next quarter starts from it.
                let next = try await app.api(.POST, "units/\(Ref.giaPhuc)/reports/quarterly-cds/2025-Q4/start-from-previous", token: admin)
                #expect(next.status == .ok, "\(next.text.prefix(300))")
                let q4 = try #require(try await app.store.savedReport(unitCode: Ref.giaPhuc, kindCode: "quarterly-cds",
                                                                      period: .quarter(4, 2025)))
                #expect(q4.overrides["the-che.1"] == saved.overrides["the-che.1"])
            }
        }

        @Test func dossierFiguresAreKeptAsReportedWithoutInventingDossiers() async throws {
            try await withApp { app in
                let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
                let text = try planReferenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt")
                let stored = try await app.api(.POST, "units/\(Ref.nghiDuong)/reports/ingest?file_name=bc-6-thang.txt", token: admin, text: text)
                #expect(stored.status == .created, "\(stored.text.prefix(300))")
                let object = try #require(try JSONSerialization.jsonObject(with: stored.body) as? [String: Any])
                #expect(Set(object.keys) == ["kind", "number", "date", "period", "unit_code", "figures", "dossier_figures", "sections", "unmatched"])
                let kept = try #require(try await app.store.reportedDossierFigures(unitCode: Ref.nghiDuong, period: .half(1, 2026),
                                                                                   actor: consolePrincipal))
                #expect(kept.figures.receivedTotal == 5892)
                #expect(kept.figures.late == 5)
                #expect(kept.figures.direct == 0)
                #expect(kept.figures.early == nil)
                #expect(kept.figures.earlyOrOnTime == 5792)
                #expect(kept.source.hasPrefix("Nhập từ báo cáo “bc-6-thang.txt”, dòng "))
                #expect(try await Self.counts(app).dossiers == 0)
                // Readable through the API, by anyone who may read the commune.
                let viewer = try await app.token("xem-nd", role: .viewer, unit: Ref.nghiDuong)
                let got = try await app.api(.GET, "units/\(Ref.nghiDuong)/reported-dossier-figures?period=2026-H1", token: viewer)
                #expect(got.status == .ok, "\(got.text.prefix(300))")
                let body = try #require(try JSONSerialization.jsonObject(with: got.body) as? [String: Any])
                let figures = try #require(body["dossier_figures"] as? [String: Any])
                #expect(figures["received_total"] as? Int == 5892)
                #expect(figures["early"] == nil)
                let none = try await app.api(.GET, "units/\(Ref.nghiDuong)/reported-dossier-figures?period=2025-H2", token: viewer)
                #expect(none.status == .ok)
                #expect((try JSONSerialization.jsonObject(with: none.body) as? [String: Any])?["dossier_figures"] as? [String: Int] == [:])
                let saved = try #require(try await app.store.savedReport(unitCode: Ref.nghiDuong, kindCode: "six-month-cchc",
                                                                         period: .half(1, 2026)))
                #expect(saved.symbol == "BC-UBND")
                #expect(saved.date == DocumentDate(year: 2026))
            }
        }

        @Test func badInputStoresNothing() async throws {
            try await withApp { app in
                let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
                let viewer = try await app.token("xem-nd", role: .viewer, unit: Ref.nghiDuong)
                let path = "units/\(Ref.nghiDuong)/reports/ingest"
                let plan = try await app.api(.POST, path, token: admin, text: try planReferenceText("ke-hoach-nq57-xa-nghi-duong.txt"))
                #expect(plan.status == .unprocessableEntity)
                #expect(plan.errorCode == "ingest.not_a_report")
                let other = try await app.api(.POST, path, token: admin, text: try planReferenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt"))
                #expect(other.errorCode == "ingest.unit_mismatch")
                let noPeriod = "BÁO CÁO\nKết quả công tác chuyển đổi số\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\nĐã ban hành kế hoạch.\n"
                let undated = try await app.api(.POST, path, token: admin, text: noPeriod)
                #expect(undated.errorCode == "ingest.period_not_found")
                let forbidden = try await app.api(.POST, path, token: viewer, text: try planReferenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt"))
                #expect(forbidden.status == .forbidden)
                // A figure out of range (a share above 100%) refuses the whole report.
                let bad = try planReferenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt").replacingOccurrences(of: "95% 80%", with: "195% 80%")
                let gp = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                let refused = try await app.api(.POST, "units/\(Ref.giaPhuc)/reports/ingest", token: gp, text: bad)
                #expect(refused.status == .unprocessableEntity, "\(refused.text.prefix(300))")
                // The issue names the line of the file the figure was read from.
                let issue = try #require(try refused.decode(ErrorBody.self).error.issues?.first)
                #expect(bad.components(separatedBy: "\n")[issue.row - 1].contains("195%"))
                let c = try await Self.counts(app)
                #expect(c.values == 0 && c.reports == 0 && c.dossierFigures == 0)
            }
        }
    }
}
