import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

/// Every route of the route table that names a unit as `:code`, for every role and four target
/// units, against the answer `AccessPolicy` gives for that principal and unit:
/// a denial is a 403 and changes nothing in the database; an allowance is never a 403 nor a 5xx.
extension DatabaseTests {
    @Suite struct PermissionMatrix {
        /// One signed-in user of the matrix.
        struct MatrixUser {
            var principal: Principal
            var token: String
        }

        /// The four kinds of target, seen from the Gia Phúc users (Hải Phòng).
        struct Target {
            var label: String
            var code: String
            var province: String?
        }

        struct Case {
            var route: APIRoute
            var actor: MatrixUser
            var target: Target
            var allowed: Bool
            var path: String
            var body: String?
        }

        /// Unit names and codes are public knowledge (Decision 19/2025): any signed-in user reads a
        /// unit and its children (`UnitsController`), whatever the unit.
        static let publicReads: Set<String> = ["units/:code", "units/:code/children"]

        /// The expected answer, from `AccessPolicy` alone: the right a write route declares
        /// (`APIRoute.writes`), reading for everything else.
        /// The indicator whose figure a route writes: the one in its path, or the one the plan
        /// summary feeds. Writing a figure is `canWriteValue` for that indicator's owners.
        static func figureIndicator(_ route: APIRoute) -> String? {
            if route.path.contains(":indicator") { return "CL411.01" }
            if route.path == "units/:code/plan-summary/indicator" { return XaSoStore.trackedTaskIndicatorCode }
            return nil
        }

        static func expected(_ route: APIRoute, _ p: Principal, _ t: Target, owners: [String: [String]]) -> Bool {
            switch route.writes {
            case .enterValues?:
                if let indicator = figureIndicator(route) {
                    return AccessPolicy.canWriteValue(p, unitCode: t.code, indicatorOwners: owners[indicator] ?? [])
                }
                return AccessPolicy.canEnterValues(p, unitCode: t.code)
            case .manageCommune?: return AccessPolicy.canManageCommune(p, unitCode: t.code)
            case .setTargets?: return AccessPolicy.canSetTargets(p, unitCode: t.code, isProvince: t.province == t.code)
            case .managePlans?: return AccessPolicy.canManagePlans(p, unitCode: t.code)
            case .editReports?: return AccessPolicy.canManageCommune(p, unitCode: t.code)
            case .importDossiers?: return AccessPolicy.canImportDossiers(p, unitCode: t.code)
            case .editReportKinds?: return AccessPolicy.canEditReportKinds(p, provinceCode: t.code)
            case .editIndexWeights?: return AccessPolicy.canEditIndexWeights(p, provinceCode: t.code)
            case .submitPeriod?: return AccessPolicy.canSubmitPeriod(p, unitCode: t.code)
            case .reviewSubmissions?: return t.province.map { AccessPolicy.canReviewSubmissions(p, provinceCode: $0) } ?? false
            case .checkQuality?: return AccessPolicy.canCheckQuality(p, unitCode: t.code, provinceCode: t.province)
            case .admin?: return AccessPolicy.canEditFrameworks(p)
            case nil:
                if publicReads.contains(route.path) { return true }
                return AccessPolicy.canRead(p, unitCode: t.code, provinceCode: t.province)
            }
        }

        /// A body each route can read, so an allowed call gets past decoding.
        static func body(_ route: APIRoute) -> String? {
            switch route.body {
            case nil: return nil
            case "File": return "unit_code,indicator_code,period,value,note\n"
            case "ValueInputList": return "[]"
            case "NameInput": return #"{"name": "Thôn Ma Trận"}"#
            case "TargetInput": return #"{"text": "> 50%"}"#
            case "PlanInput": return #"{"title": "Kế hoạch ma trận", "tasks": [{"number": "1", "title": "Nhiệm vụ"}]}"#
            case "ProgressInput": return #"{"state": "in_progress", "percent": 10}"#
            case "CommentInput": return #"{"text": "Ý kiến"}"#
            case "ReportSettingsInput": return #"{"number": 7}"#
            default: return "{}"
            }
        }

        static func path(_ route: APIRoute, target: String) -> String {
            var path = route.path.split(separator: "/").map { part -> String in
                switch part {
                case ":code": return target
                case ":indicator": return "CL411.01"
                case ":period": return "2025-Q3"
                case ":year": return "2026"
                case ":kind": return "quarterly-cds"
                case ":name": return "mau-ma-tran"
                case ":plan", ":task", ":id": return "00000000-0000-0000-0000-000000000001"
                default: return String(part)
                }
            }.joined(separator: "/")
            if route.query.contains("period") { path += "?period=2025-Q3" }
            return path
        }

        /// Every row of every table, as text, by table: what a refused request must leave as it was.
        static func digest(_ app: Application) async throws -> [String: [String]] {
            let sql = try #require(app.db as? any SQLDatabase)
            let tables: [String]
            if sql.dialect.name == "postgresql" {
                tables = try await sql.raw("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'").all()
                    .map { try $0.decode(column: "name", as: String.self) }
            } else {
                tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all()
                    .map { try $0.decode(column: "name", as: String.self) }
            }
            var result: [String: [String]] = [:]
            for table in tables where !table.hasPrefix("_fluent") && !table.hasPrefix("sqlite_") {
                let rows = try await sql.raw("SELECT * FROM \(ident: table)").all()
                result[table] = rows.map { row in
                    row.allColumns.map { column -> String in
                        if (try? row.decodeNil(column: column)) == true { return "\(column)=nil" }
                        if let v = try? row.decode(column: column, as: String.self) { return "\(column)=\(v)" }
                        if let v = try? row.decode(column: column, as: Int.self) { return "\(column)=\(v)" }
                        if let v = try? row.decode(column: column, as: Double.self) { return "\(column)=\(v)" }
                        if let v = try? row.decode(column: column, as: Bool.self) { return "\(column)=\(v)" }
                        if let v = try? row.decode(column: column, as: UUID.self) { return "\(column)=\(v.uuidString)" }
                        if let v = try? row.decode(column: column, as: Date.self) { return "\(column)=\(v.timeIntervalSince1970)" }
                        if let v = try? row.decode(column: column, as: Data.self) { return "\(column)=\(v.base64EncodedString())" }
                        return "\(column)=?"
                    }.joined(separator: "|")
                }.sorted()
            }
            return result
        }

        @Test func everyRoleAgainstEveryUnitRouteFollowsAccessPolicy() async throws {
            try await withApp(sample: true) { app in
                let store = app.store
                let otherProvinceCommune = try #require(try await store.children(of: Ref.haNoi).first { $0.level == .commune }).code
                let targets = [
                    Target(label: "own commune", code: Ref.giaPhuc, province: Ref.haiPhong),
                    Target(label: "other commune, same province", code: Ref.nghiDuong, province: Ref.haiPhong),
                    Target(label: "commune of another province", code: otherProvinceCommune, province: Ref.haNoi),
                    Target(label: "own province", code: Ref.haiPhong, province: Ref.haiPhong),
                ]
                func actor(_ name: String, _ role: Role, _ unit: String?, _ department: String? = nil) async throws -> MatrixUser {
                    let token = try await app.token(name, role: role, unit: unit, department: department)
                    let province: String? = role == .provinceOfficer ? unit : (AccessPolicy.isUnitless(role) ? nil : Ref.haiPhong)
                    return MatrixUser(principal: Principal(username: name, role: role, unitCode: unit, provinceCode: province,
                                                      department: department), token: token)
                }
                let actors = [
                    try await actor("m-admin", .admin, nil),
                    try await actor("m-tinh", .provinceOfficer, Ref.haiPhong),
                    try await actor("m-xa", .communeAdmin, Ref.giaPhuc),
                    try await actor("m-vhxh", .departmentOfficer, Ref.giaPhuc, "Phòng Văn hóa - Xã hội"),
                    try await actor("m-tthcc", .departmentOfficer, Ref.giaPhuc, "Trung tâm Phục vụ hành chính công"),
                    try await actor("m-xem", .viewer, Ref.giaPhuc),
                    try await actor("m-tw", .nationalOfficer, nil),
                ]
                // Every role appears, so a role added to `Role` without a row here fails.
                #expect(Set(actors.map(\.principal.role)) == Set(Role.allCases))

                let routes = APIRoutes.all.filter { r in
                    r.path.split(separator: "/").contains(":code") && !r.path.hasPrefix("frameworks/") && !r.path.hasPrefix("indicators/")
                }
                var owners: [String: [String]] = [:]
                for code in ["CL411.01", XaSoStore.trackedTaskIndicatorCode] { owners[code] = try await store.indicator(code).owners }
                var cases: [Case] = []
                for route in routes {
                    for actor in actors {
                        for target in targets {
                            cases.append(Case(route: route, actor: actor, target: target,
                                              allowed: Self.expected(route, actor.principal, target, owners: owners),
                                              path: Self.path(route, target: target.code), body: Self.body(route)))
                        }
                    }
                }

                func send(_ c: Case) async throws -> (UInt, String) {
                    var headers = HTTPHeaders.bearer(c.actor.token)
                    if c.body != nil { headers.contentType = c.route.body == "File" ? .plainText : .json }
                    let res = try await app.testing().sendRequest(c.route.method, "/api/v1/" + c.path, headers: headers,
                                                                  body: c.body.map { ByteBuffer(string: $0) })
                    return (res.status.code, res.apiError?.code ?? "")
                }
                func describe(_ c: Case, _ status: UInt, _ code: String) -> String {
                    "\(c.route.method) \(c.route.path) as \(c.actor.principal.role.rawValue) on \(c.target.label) (\(c.path)) → \(status) \(code)"
                }

                // The admin's answers for each route and target: a refusal the admin gets too (the
                // unit is not of the kind the route serves) is about the unit, not about the caller.
                var adminRefusal: [String: UInt] = [:]
                let denied = cases.filter { !$0.allowed }
                let before = try await Self.digest(app)
                var problems: [String] = []
                for c in denied {
                    let (status, code) = try await send(c)
                    if status == 403 { continue }
                    if adminRefusal["\(c.route.method) \(c.path)"] == nil {
                        let admin = try #require(cases.first { $0.actor.principal.role == .admin && $0.route.path == c.route.path
                            && $0.route.method == c.route.method && $0.target.code == c.target.code })
                        adminRefusal["\(c.route.method) \(c.path)"] = try await send(admin).0
                    }
                    let adminStatus = adminRefusal["\(c.route.method) \(c.path)"] ?? 0
                    if (400..<500).contains(status) && status == adminStatus { continue }
                    problems.append("denied but " + describe(c, status, code))
                }
                let after = try await Self.digest(app)
                // The digest reads every value, so a changed figure counts, not only a changed row count.
                let unread = Set(after.flatMap { table, rows in
                    rows.flatMap { $0.split(separator: "|") }.filter { $0.hasSuffix("=?") }.map { "\(table).\($0.dropLast(2))" }
                })
                #expect(unread.isEmpty, "columns the digest cannot read: \(unread.sorted())")
                #expect(after["units"]?.count ?? 0 > 3000 && after["indicator_values"]?.isEmpty == false)
                for table in Set(before.keys).union(after.keys).sorted() where before[table] != after[table] {
                    problems.append("refused requests changed table \(table)")
                }

                var allowedCount = 0
                for c in cases where c.allowed {
                    let (status, code) = try await send(c)
                    allowedCount += 1
                    if status == 403 || status >= 500 { problems.append("allowed but " + describe(c, status, code)) }
                }
                #expect(problems.isEmpty, "\(problems.count) of \(cases.count) cases:\n\(problems.prefix(60).joined(separator: "\n"))")
                #expect(routes.count >= 40)
                #expect(cases.count == routes.count * actors.count * targets.count)
                #expect(denied.count > 300 && allowedCount > 200)
                print("permission matrix: \(routes.count) routes × \(actors.count) roles × \(targets.count) targets = \(cases.count) cases, "
                      + "\(denied.count) denied, \(allowedCount) allowed")
            }
        }
    }
}
