import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

extension DatabaseTests {
    /// The page that reads an old report in: upload, see each figure beside its line, correct, save.
    @Suite struct IngestWeb {
        static func hidden(_ name: String, in html: String) -> String? {
            WebClient.attribute(after: "name=\"\(name)\" value=\"", in: html)
        }

        @Test func uploadShowsFiguresBesideTheirLinesThenSavesTheCorrections() async throws {
            try await withApp { app in
                try await app.makeUser("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                try await app.makeUser("gp-viewer", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-admin")
                let form = try await web.get("/units/\(Ref.giaPhuc)/reports/ingest")
                #expect(form.status == .ok)
                let csrf = try #require(form.csrf)
                // Read without diacritics, as a scan gives it.
                let text = try planReferenceText("bao-cao-quy-III-2025-xa-gia-phuc.txt")
                var scalars = String.UnicodeScalarView()
                for s in text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
                    .decomposedStringWithCanonicalMapping.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
                    scalars.append(s)
                }
                let plain = String(scalars)
                let page = try await web.postMultipart("/units/\(Ref.giaPhuc)/reports/ingest", fields: ["_csrf": csrf],
                                                       file: (name: "file", filename: "bc-quy3-scan.txt", data: Data(plain.utf8)))
                #expect(page.status == .ok, "\(page.body.prefix(500))")
                // Each figure beside its source line, its confidence, the name restored from the catalogue.
                #expect(page.body.contains("id=\"fig-0\""))
                #expect(page.body.contains("Tỷ lệ dân số trưởng thành có điện thoại thông minh"))
                #expect(page.body.contains("~15%"))
                #expect(page.body.contains("100%"))
                #expect(page.body.contains("quý III năm 2025"))
                #expect(page.body.contains(L.ingestNoDiacritics))
                let lines = plain.components(separatedBy: "\n")
                let line85 = try #require(lines.firstIndex { $0.contains("85% 80%") }) + 1
                #expect(page.body.contains(L.ingestLine(line85)))

                // Correct row 0's value, drop row 1, save.
                var save: [String: String] = ["_csrf": try #require(page.csrf),
                                              "data": try #require(Self.hidden("data", in: page.body)),
                                              "file_name": "bc-quy3-scan.txt", "period": "2025-Q3", "kind": "quarterly-cds"]
                for i in 0..<10 {
                    save["keep_\(i)"] = i == 1 ? nil : "1"
                    save["code_\(i)"] = WebRef.cl411(i + 1)
                    save["value_\(i)"] = i == 0 ? "86%" : nil
                }
                let bad = try await web.post("/units/\(Ref.giaPhuc)/reports/ingest/save", save.merging(["value_3": "nhiều"]) { $1 })
                #expect(bad.status == .unprocessableEntity)
                #expect(try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025)).isEmpty)

                let saved = try await web.post("/units/\(Ref.giaPhuc)/reports/ingest/save", save)
                #expect(saved.status == .seeOther, "\(saved.body.prefix(500))")
                #expect(saved.location?.contains("saved=1") == true)
                let values = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                #expect(values.first { $0.indicatorCode == "CL411.01" }?.value.number == 86)
                #expect(values.first { $0.indicatorCode == "CL411.02" } == nil)
                #expect(values.first { $0.indicatorCode == "CL411.03" }?.value == MeasuredValue(number: 15, approximate: true))

                // Not for a viewer.
                let other = WebClient(app)
                try await other.login("gp-viewer")
                #expect(try await other.get("/units/\(Ref.giaPhuc)/reports/ingest").status == .forbidden)
            }
        }
    }
}
