import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

/// The OpenAPI document's schemas, checked against the document itself and against what the real
/// handlers answer (`SchemaValidator`, written apart from the code that builds the schemas).
@Suite struct OpenAPISchemaShape {
    @Test func everyRouteHasAResponseSchemaAndEveryReferenceResolves() throws {
        // Strict: a route without its RouteSchema line, or a DTO the reader cannot follow, fails here by name.
        let doc = try OpenAPIDocument.build(routes: APIRoutes.all, strict: true)
        #expect(try OpenAPIDocument.make() == doc)
        let validator = SchemaValidator(document: doc)
        let paths = try #require(doc["paths"]?.objectValue)
        var operations = 0
        for route in APIRoutes.all {
            let op = try #require(paths["/api/v1" + route.openAPIPath]?[route.method.rawValue.lowercased()], "\(route.path)")
            operations += 1
            let responses = try #require(op["responses"]?.objectValue)
            #expect(responses.keys.contains { $0.hasPrefix("2") }, "\(route.path): no success response")
            #expect(responses["4XX"] != nil, "\(route.path): no error response")
            #expect((op["security"] != nil) == route.requiresAuth, "\(route.path): security")
            if route.body != nil { #expect(op["requestBody"] != nil, "\(route.path): request body") }
        }
        #expect(operations == APIRoutes.all.count)
        // Every $ref anywhere in the document names a component.
        func refs(_ v: JSONValue) -> [String] {
            switch v {
            case .object(let o): return (o["$ref"]?.stringValue.map { [$0] } ?? []) + o.values.flatMap(refs)
            case .array(let a): return a.flatMap(refs)
            default: return []
            }
        }
        let all = refs(doc)
        #expect(all.count > 50)
        for ref in Set(all) {
            #expect(validator.components[String(ref.dropFirst("#/components/schemas/".count))] != nil, "\(ref)")
        }
    }

    /// The patterns say what the domain accepts: checked on values worked out by hand.
    @Test func patternsAcceptCodesAndPeriodsAndRefuseOthers() throws {
        let v = SchemaValidator(document: [:])
        for ok in ["2025", "2025-Q3", "2026-H1", "2025-9M", "2025-M09"] {
            #expect(v.check(.string(ok), against: SchemaCatalog.period).isEmpty, "\(ok)")
            let parsed = try ReportingPeriod(parsing: ok)
            #expect(parsed.description == ok)
        }
        for bad in ["2025-Q5", "2025-H3", "25-Q1", "2025-M13", "2025-q3x", ""] {
            #expect(!v.check(.string(bad), against: SchemaCatalog.period).isEmpty, "\(bad)")
        }
        for ok in ["31", "11050", "11050-3"] { #expect(v.check(.string(ok), against: SchemaCatalog.unitCode).isEmpty, "\(ok)") }
        for bad in ["3", "110500", "11050-", "abc", "31-1"] {
            #expect(!v.check(.string(bad), against: SchemaCatalog.unitCode).isEmpty, "\(bad)")
        }
        // A response DTO's schema lists its fields exactly: optional ones may be absent, unknown ones may not appear.
        let doc = try OpenAPIDocument.make()
        let validator = SchemaValidator(document: doc)
        let unit: JSONValue = ["$ref": "#/components/schemas/UnitDTO"]
        #expect(validator.check(["code": "11050", "name": "Gia Phúc", "full_name": "Xã Gia Phúc", "level": "commune", "kind": "xa"],
                                against: unit).isEmpty)
        #expect(!validator.check(["code": "11050", "name": "Gia Phúc", "full_name": "Xã Gia Phúc", "level": "commune",
                                  "kind": "xa", "extra": 1], against: unit).isEmpty)
        #expect(!validator.check(["code": "11050", "name": "Gia Phúc", "level": "commune", "kind": "xa"], against: unit).isEmpty)
        #expect(!validator.check(["code": "11050", "name": "Gia Phúc", "full_name": "Xã Gia Phúc", "level": "hamlet", "kind": "xa"],
                                 against: unit).isEmpty)
    }
}

extension DatabaseTests {
    @Suite struct OpenAPIConformance {
        /// Calls every GET route and a set of writes on real data, and checks each answer (status,
        /// media type, JSON body) against what the served document declares for that route.
        @Test func realAnswersConformToTheDocument() async throws {
            try await withApp(sample: true) { app in
                let admin = try await app.token("d-admin", role: .admin, unit: nil)
                var doc = JSONValue.null
                try await app.testing().test(.GET, "/api/v1/openapi.json") { res in
                    doc = try JSONDecoder().decode(JSONValue.self, from: Data(res.body.readableBytesView))
                }
                var check = ConformanceCheck(doc: doc, validator: SchemaValidator(document: doc))
                let gp = Ref.giaPhuc, nd = Ref.nghiDuong

                // Writes, in an order that gives the reads something to show.
                try await check.call(app, .PUT, "units/\(gp)/values", token: admin,
                                     json: [["indicator_code": "CL411.01", "period": "2025-Q3", "value": "90%"]], expect: 200)
                try await check.call(app, .PUT, "units/\(gp)/values", token: admin,
                                     json: [["indicator_code": "KHONG.CO", "period": "2025-Q3", "value": "abc"]], expect: 422)
                try await check.call(app, .POST, "units/\(gp)/values/CL411.01/2025-Q3/submit", token: admin, expect: 200)
                try await check.call(app, .POST, "units/\(gp)/values/CL411.01/2025-Q3/return", token: admin,
                                     json: ["comment": "Xem lại số liệu"], expect: 200)
                try await check.call(app, .POST, "units/\(gp)/villages", token: admin, json: ["name": "Thôn Thử"], expect: 201)
                try await check.call(app, .POST, "units/\(gp)/departments", token: admin,
                                     json: ["name": "Ban Thử Nghiệm", "kind": "partner"], expect: 201)
                try await check.call(app, .PUT, "units/\(gp)/targets/CL411.01/2026", token: admin, json: ["text": "> 50%"], expect: 200)
                try await check.call(app, .PUT, "indicators/CL411.01/targets/2030", token: admin, json: ["text": "100%"], expect: 200)
                let planBody = try await check.call(app, .POST, "units/\(gp)/plans", token: admin, json: SmallPlan.input(), expect: 201)
                let isoDecoder = JSONDecoder()
                isoDecoder.dateDecodingStrategy = .iso8601
                let plan = try isoDecoder.decode(PlanCreatedDTO.self, from: planBody).plan
                let task = try #require(plan.tasks.first { $0.is_work })
                try await check.call(app, .POST, "units/\(gp)/tasks/\(task.id)/progress", token: admin,
                                     rawJSON: #"{"state": "in_progress", "percent": 40, "text": "Đã tổ chức một lớp", "date": "2025-08-01"}"#,
                                     expect: 201)
                try await check.call(app, .POST, "units/\(gp)/tasks/\(task.id)/comments", token: admin,
                                     json: ["text": "Đề nghị báo cáo kết quả"], expect: 201)
                try await check.call(app, .PATCH, "units/\(gp)/tasks/\(task.id)", token: admin,
                                     json: ["expected_output": "Báo cáo kết quả tập huấn"], expect: 200)
                try await check.call(app, .POST, "units/\(gp)/plans/import?dry_run=true", token: admin,
                                     text: "KẾ HOẠCH\nThực hiện chuyển đổi số\n1. Tập huấn cán bộ\n2. Tuyên truyền\n", expect: 200)
                try await check.call(app, .PUT, "units/\(gp)/reports/quarterly-cds/2025-Q3", token: admin,
                                     json: ["number": 12], expect: 200)
                try await check.call(app, .POST, "units/\(nd)/reports/ingest?dry_run=true", token: admin,
                                     text: try planReferenceText("bao-cao-6-thang-2026-xa-nghi-duong.txt"), expect: 200)
                try await check.call(app, .POST, "users", token: admin,
                                     json: ["username": "d-viewer", "password": "mat-khau-rat-dai-123", "role": "viewer", "unit_code": gp],
                                     expect: 201)
                try await check.call(app, .POST, "users/d-viewer/password-reset", token: admin, expect: 200)
                try await check.call(app, .POST, "users/d-viewer/disable", token: admin, expect: 200)
                try await check.call(app, .POST, "users/d-viewer/enable", token: admin, expect: 200)
                try await check.call(app, .POST, "units/\(nd)/procedures/import", token: admin, text: SixMonthLedger.catalogue, expect: 200)
                let ledger = SixMonthLedger.ledgerHeader + "\n"
                    + "HS1,HT99,Trực tuyến,10/01/2026 09:00,20/01/2026,25/01/2026 10:00,Đã trả kết quả,,10/01/2026\n"
                    + "HS2,BT01,Trực tiếp,10/02/2026,20/02/2026,15/02/2026,Đã trả kết quả,,10/02/2026\n"
                try await check.call(app, .POST, "units/\(nd)/dossiers/import", token: admin, text: ledger, expect: 200)
                try await check.call(app, .POST, "units/\(nd)/dossiers/indicators?period=2026-H1", token: admin, expect: 200)
                try await check.call(app, .POST, "units/\(gp)/plan-summary/indicator?period=2025-Q3&as_of=2025-10-01", token: admin,
                                     expect: 200)
                try await check.call(app, .GET, "units?q=gia&limit=0", token: admin, expect: 422)
                try await check.call(app, .GET, "units/\(gp)/values?period=2025-Q3", token: nil, expect: 401)

                // Every GET route, parameters filled with real values.
                let kinds = try JSONDecoder().decode([ReportKindDTO].self,
                                                     from: try await check.call(app, .GET, "report-kinds", token: admin, expect: 200))
                let frameworks = try JSONDecoder().decode([FrameworkDTO].self,
                                                          from: try await check.call(app, .GET, "frameworks", token: admin, expect: 200))
                let values: [String: String] = [
                    "indicator": "CL411.01", "period": "2025-Q3", "year": "2025", "plan": plan.id.uuidString,
                    "task": task.id.uuidString, "kind": try #require(kinds.first).code, "name": "khong-co",
                    "username": "d-viewer", "id": UUID().uuidString,
                ]
                for route in APIRoutes.all where route.method == .GET && route.path != "openapi.json" {
                    var path = route.path.split(separator: "/").map { part -> String in
                        guard part.hasPrefix(":") else { return String(part) }
                        let name = String(part.dropFirst())
                        if name == "code" {
                            if route.path.hasPrefix("frameworks/") { return frameworks[0].code }
                            if route.path.hasPrefix("indicators/") { return "CL411.01" }
                            if route.tag == "rankings" { return Ref.haiPhong }  // a province's weights and ranking
                            return route.tag == "dossiers" ? nd : gp
                        }
                        return values[name] ?? "x"
                    }.joined(separator: "/")
                    if route.query.contains("period") { path += route.tag == "dossiers" ? "?period=2026-H1" : "?period=2025-Q3" }
                    if route.path == "units/:code/reports/:kind/:period/document" {
                        for format in ["json", "html", "docx"] {
                            try await check.call(app, .GET, path + "?format=\(format)", token: admin, expect: 200)
                        }
                        continue
                    }
                    let expected: UInt = route.path.hasSuffix("report-templates/:name") ? 404 : 200
                    try await check.call(app, .GET, path, token: admin, expect: expected)
                }
                // A province's statistics are the other shape of the same route.
                try await check.call(app, .GET, "units/\(Ref.haiPhong)/dossiers/stats?period=2026-H1", token: admin, expect: 200)

                // Undoing, last.
                try await check.call(app, .DELETE, "units/\(gp)/values?period=2025-Q3&indicator=CL411.01", token: admin, expect: 200)
                try await check.call(app, .DELETE, "units/\(gp)/plans/\(plan.id)", token: admin, expect: 204)
                try await check.call(app, .DELETE, "users/d-viewer/sessions", token: admin, expect: 200)
                try await check.call(app, .DELETE, "units/\(gp)/reports/quarterly-cds/2025-Q3", token: admin, expect: 204)

                #expect(check.problems.isEmpty, "\(check.problems.joined(separator: "\n"))")
                // Every GET route answered and was checked, and so were the writes.
                #expect(check.checked >= APIRoutes.all.filter { $0.method == .GET }.count + 25)
            }
        }
    }
}

/// Sends one request and checks its answer against the document's entry for the matching route.
struct ConformanceCheck {
    let doc: JSONValue
    let validator: SchemaValidator
    var problems: [String] = []
    var checked = 0

    /// The route whose path pattern matches `path` (parameters match any segment; literal segments win).
    func route(_ method: HTTPMethod, _ path: String) -> APIRoute? {
        let parts = path.split(separator: "?")[0].split(separator: "/")
        return APIRoutes.all.filter { r in
            let pattern = r.path.split(separator: "/")
            return r.method == method && pattern.count == parts.count
                && zip(pattern, parts).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }.max { a, b in a.path.filter { $0 == ":" }.count > b.path.filter { $0 == ":" }.count }
    }

    @discardableResult
    mutating func call(_ app: Application, _ method: HTTPMethod, _ path: String, token: String?,
                       json: (any Encodable)? = nil, rawJSON: String? = nil, text: String? = nil,
                       expect: UInt) async throws -> Data {
        var headers = token.map { HTTPHeaders.bearer($0) } ?? HTTPHeaders()
        var body: ByteBuffer?
        if let json {
            body = ByteBuffer(data: try JSONEncoder().encode(json))
            headers.contentType = .json
        } else if let rawJSON {
            body = ByteBuffer(string: rawJSON)
            headers.contentType = .json
        } else if let text {
            body = ByteBuffer(string: text)
            headers.contentType = .plainText
        }
        let res = try await app.testing().sendRequest(method, "/api/v1/" + path, headers: headers, body: body)
        let data = Data(buffer: res.body)
        let where_ = "\(method) \(path) → \(res.status.code)"
        if res.status.code != expect {
            problems.append("\(where_): expected \(expect): \(String(decoding: data.prefix(300), as: UTF8.self))")
        }
        guard let route = route(method, path) else { problems.append("\(where_): no route"); return data }
        guard let op = doc["paths"]?["/api/v1" + route.openAPIPath]?[method.rawValue.lowercased()] else {
            problems.append("\(where_): not documented"); return data
        }
        let status = String(res.status.code)
        let family = String(status.prefix(1)) + "XX"
        guard let response = op["responses"]?[status] ?? op["responses"]?[family] else {
            problems.append("\(where_): status not documented"); return data
        }
        checked += 1
        guard let content = response["content"]?.objectValue else {
            if !data.isEmpty { problems.append("\(where_): body where none is documented") }
            return data
        }
        let media = (res.headers.contentType.map { "\($0.type)/\($0.subType)" } ?? "").lowercased()
        guard let declared = content[media] else {
            problems.append("\(where_): media type \(media) not among \(content.keys.sorted())"); return data
        }
        if media == "application/json", let schema = declared["schema"] {
            do {
                let value = try JSONDecoder().decode(JSONValue.self, from: data)
                problems += validator.check(value, against: schema).map { "\(where_): \($0)" }
            } catch {
                problems.append("\(where_): not JSON: \(error)")
            }
        }
        return data
    }
}
