import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
import XaSoDocuments
@testable import XaSoPersistence

extension DatabaseTests {
    /// Issue #15 item 4: who may not write a unit is refused before the body is read, and what may
    /// be read is capped by the kind of route.
    @Suite struct ResourceLimits {
        /// Small caps, so "past the cap" is a few kilobytes here: JSON 8 KB, uploads 64 KB.
        static func small(_ config: inout AppConfig) {
            config.limits.jsonBodyBytes = 8 << 10
            config.limits.uploadBodyBytes = 64 << 10
        }

        /// Bytes that are neither CSV, XLSX nor JSON, and more of them than any cap allows.
        static let oversizedGarbage = Data((0..<(100 << 10)).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        /// A ZIP that declares a 4 GB part: reading it would be refused too, but later and at a cost.
        static let bomb = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 60 << 10)

        @Test func outsidersAreRefusedBeforeTheBodyIsRead() async throws {
            try await withConfiguredApp(sample: true, Self.small) { app in
                let viewerElsewhere = try await app.token("xem-nd", role: .viewer, unit: Ref.nghiDuong)
                let viewerHere = try await app.token("xem-gp", role: .viewer, unit: Ref.giaPhuc)
                let before = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                let unit = "/api/v1/units/\(Ref.giaPhuc)"
                // Each of these bodies would be 413 or 422 for someone allowed; for them it is 403.
                let cases: [(HTTPMethod, String, Data, HTTPMediaType)] = [
                    (.POST, unit + "/values/import", Self.oversizedGarbage, .binary),
                    (.POST, unit + "/values/import", Self.bomb, .binary),
                    (.PUT, unit + "/values", Self.oversizedGarbage, .json),
                    (.PUT, unit + "/values", Data("[{\"indicator_code\": ".utf8), .json),
                    (.POST, unit + "/dossiers/import", Self.oversizedGarbage, .binary),
                    (.POST, unit + "/procedures/import", Self.bomb, .binary),
                    (.POST, unit + "/plans/import", Self.bomb, .binary),
                    (.PUT, unit + "/report-templates/mau", Self.bomb, .binary),
                    (.POST, unit + "/departments", Self.oversizedGarbage, .json),
                ]
                for token in [viewerElsewhere, viewerHere] {
                    for (method, path, body, type) in cases {
                        let res = try await app.send(method, path, token: token, body: body, contentType: type)
                        #expect(res.status == .forbidden, "\(method) \(path) \(body.count) bytes: \(res.status.code) \(res.body.string.prefix(200))")
                        #expect(["forbidden", "plan.manage_forbidden"].contains(res.apiError?.code ?? ""))
                    }
                }
                // An unknown unit is 404 before the body too.
                let unknown = try await app.send(.POST, "/api/v1/units/99999/values/import", token: viewerElsewhere,
                                                 body: Self.oversizedGarbage, contentType: .binary)
                #expect(unknown.status == .notFound)
                let after = try await app.store.values(unitCode: Ref.giaPhuc, period: .quarter(3, 2025))
                #expect(after == before)
            }
        }

        @Test func allowedBodiesAreCappedByRouteKind() async throws {
            try await withConfiguredApp(sample: true, Self.small) { app in
                let admin = try await app.token("ubnd-gp", role: .communeAdmin, unit: Ref.giaPhuc)
                let unit = "/api/v1/units/\(Ref.giaPhuc)"
                let upload = try await app.send(.POST, unit + "/values/import", token: admin, body: Self.oversizedGarbage,
                                                contentType: .binary)
                #expect(upload.status == .payloadTooLarge)
                #expect(upload.apiError?.code == "request.too_large")
                #expect(upload.apiError?.message == "the request body is larger than 64 KB")
                // 20 KB is under the upload cap: read, and refused for what it is.
                let small = try await app.send(.POST, unit + "/values/import", token: admin,
                                               body: Self.oversizedGarbage.prefix(20 << 10), contentType: .binary)
                #expect(small.status == .unprocessableEntity)
                // The same 20 KB as JSON is over the JSON cap.
                let json = try await app.send(.PUT, unit + "/values", token: admin,
                                              body: Data(("[" + String(repeating: "{}, ", count: 5000) + "{}]").utf8),
                                              contentType: .json)
                #expect(json.status == .payloadTooLarge)
                #expect(json.apiError?.message == "the request body is larger than 8 KB")
                // A declared length past the cap is refused on the header alone, before a byte is read
                // (the in-memory test client sets its own Content-Length, so the guard is called here).
                let declared = Request(application: app, method: .PUT, url: URI(path: unit + "/values"),
                                       headers: ["Content-Length": "1000000"], on: app.eventLoopGroup.next())
                var refusal: String?
                do { try await RouteGuard.collectBody(declared, kind: .json) } catch let e as BodyTooLarge { refusal = e.code.rawValue }
                #expect(refusal == "request.too_large")
            }
        }

        @Test func limitsFromTheEnvironment() {
            let limits = XaSoApp.ResourceLimits.from(environment: [
                "XASO_MAX_JSON_KB": "512", "XASO_MAX_UPLOAD_MB": "10", "XASO_MAX_PART_MB": "32", "XASO_MAX_TEXT_KB": "-4",
            ])
            #expect(limits.jsonBodyBytes == 524_288)
            #expect(limits.uploadBodyBytes == 10_485_760)
            #expect(limits.documents.maxPartBytes == 33_554_432)
            #expect(limits.documents.maxTextBytes == 262_144)  // a negative value keeps the default
            #expect(XaSoApp.ResourceLimits.from(environment: [:]) == XaSoApp.ResourceLimits())
            #expect(XaSoApp.ResourceLimits().uploadBodyBytes == 67_108_864)
            #expect(XaSoApp.ResourceLimits().jsonBodyBytes == 1_048_576)
            #expect(XaSoApp.ResourceLimits.from(environment: ["XASO_MAX_STREAMED_MB": "3"]).streamedFileBytes == 3_145_728)
            #expect(XaSoApp.ResourceLimits().streamedFileBytes == 8_589_934_592)
        }

        /// A file named on the command line is refused by its size before it is read: a CSV (streamed)
        /// above the streamed cap, an XLSX (read whole) above the upload cap, each naming file and cap.
        @Test func commandLineFileAboveItsCap() throws {
            let dir = FileManager.default.temporaryDirectory
            let csv = dir.appendingPathComponent("xaso-cap-\(UUID().uuidString).csv")
            let xlsx = dir.appendingPathComponent("xaso-cap-\(UUID().uuidString).xlsx")
            defer { try? FileManager.default.removeItem(at: csv); try? FileManager.default.removeItem(at: xlsx) }
            try Data(String(repeating: "ma_ho_so,ngay_tiep_nhan\n", count: 100).utf8).write(to: csv)  // 2,400 bytes
            try XLSXWriter.write([XLSXSheet(name: "A", rows: [["x"]])]).write(to: xlsx)
            var limits = XaSoApp.ResourceLimits(uploadBodyBytes: 1_000)
            limits.streamedFileBytes = 2_000
            do {
                _ = try TableRows(.file(csv.path), limits: limits)
                Issue.record("a 2,400-byte CSV passed a 2,000-byte cap")
            } catch let e as AppError {
                #expect(e.code == "file.too_large")
                #expect(e.message.contains(csv.path) && e.message.contains("XASO_MAX_STREAMED_MB"))
            }
            limits.streamedFileBytes = 3_000
            #expect(try TableRows(.file(csv.path), limits: limits).totalBytes == 2_400)
            // The XLSX is read whole, so the 1,000-byte upload cap applies, not the streamed one.
            #expect(throws: AppError.self) { _ = try TableRows(.file(xlsx.path), limits: limits) }
            limits.uploadBodyBytes = 1 << 20
            #expect(try TableRows(.file(xlsx.path), limits: limits).totalBytes > 1_000)
        }

        /// A DOCX with one 8 MB paragraph (a few KB deflated) through the plan import: a named 422.
        @Test func hugeParagraphThroughThePlanImport() async throws {
            try await withApp { app in
                let admin = try await app.token("ubnd-nd", role: .communeAdmin, unit: Ref.nghiDuong)
                let text = String(repeating: "Nhiệm vụ ", count: (8 << 20) / 12)
                let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                let document = "<w:document xmlns:w=\"\(w)\"><w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:body></w:document>"
                let docx = try DocxArchive.zip([DocxPart(path: "word/document.xml", data: Data(document.utf8))])
                #expect(docx.count < 200_000)
                let res = try await app.send(.POST, "/api/v1/units/\(Ref.nghiDuong)/plans/import?dry_run=true", token: admin,
                                             body: docx, contentType: .binary)
                #expect(res.status == .unprocessableEntity)
                #expect(res.apiError?.code == "docx.paragraph_too_long")
            }
        }
    }
}
