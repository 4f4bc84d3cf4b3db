import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

extension DatabaseTests {
    /// Protected routes are behind the token check before anything reads the request: a missing or
    /// wrong token is 401 whatever the body, on every route the table declares protected.
    @Suite struct RouteProtection {
        /// ":code" → a real commune, every other parameter a plausible value: the 401 must not
        /// depend on the rest of the address being right.
        static func concretePath(_ route: APIRoute) -> String {
            let parts = route.path.split(separator: "/").map { part -> String in
                switch part {
                case ":code": return Ref.giaPhuc
                case ":period": return "2025-Q3"
                case ":year": return "2025"
                case ":indicator": return "CL411.01"
                default: return part.hasPrefix(":") ? "1" : String(part)
                }
            }
            return "/api/v1/" + parts.joined(separator: "/")
        }

        @Test func everyProtectedRouteAnswers401BeforeReadingTheBody() async throws {
            try await withApp { app in
                let protected = APIRoutes.all.filter(\.requiresAuth)
                #expect(protected.count >= 50)
                #expect(APIRoutes.all.filter { !$0.requiresAuth }.map(\.path).contains("auth/token"))
                let garbage = Data("{\"x\": [1, 2,, ẞ".utf8)
                var failures: [String] = []
                for route in protected {
                    let path = Self.concretePath(route)
                    let attempts: [(String?, Data?)] = [(nil, nil), (nil, garbage), ("khong-phai-token", garbage)]
                    for (token, body) in attempts {
                        let res = try await app.send(route.method, path, token: token, body: body,
                                                     contentType: body == nil ? nil : .json)
                        if res.status != .unauthorized || res.apiError?.code != "auth.required" {
                            failures.append("\(route.method) \(path) token=\(token ?? "-") body=\(body?.count ?? 0): "
                                            + "\(res.status.code) \(res.apiError?.code ?? "")")
                        }
                    }
                }
                #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            }
        }

        /// Routes that take a file are the only ones with the upload cap; all others get the JSON one.
        @Test func bodyKindsFollowTheRouteTable() {
            let uploads = Set(APIRoutes.all.filter { $0.bodyKind == .upload }.map { "\($0.method) \($0.path)" })
            #expect(uploads.isSuperset(of: [
                "POST units/:code/dossiers/import", "POST units/:code/plans/import", "POST units/:code/procedures/import",
                "POST units/:code/values/import", "PUT units/:code/report-templates/:name",
            ]))
            #expect(APIRoutes.all.filter { $0.path == "units/:code/values" && $0.method == .PUT }.map(\.bodyKind) == [.json])
            // Every route that takes a file names the unit it writes, so its right is checked first.
            #expect(APIRoutes.all.filter { $0.bodyKind == .upload && $0.writes == nil }.isEmpty)
        }

        /// The pages: no session → the login page, for a POST with any body too, before the handler.
        @Test func pagesWithoutASessionGoToLogin() async throws {
            try await withApp { app in
                let page = try await app.send(.GET, "/units/\(Ref.giaPhuc)/import")
                #expect(page.status == .seeOther)
                #expect(page.headers.first(name: .location) == "/login?next=%2Funits%2F\(Ref.giaPhuc)%2Fimport")
                let post = try await app.send(.POST, "/units/\(Ref.giaPhuc)/import", body: Data("--x\r\nrác".utf8),
                                              contentType: HTTPMediaType(type: "multipart", subType: "form-data",
                                                                         parameters: ["boundary": "x"]))
                #expect(post.status == .seeOther)
                #expect(post.headers.first(name: .location) == "/login")
            }
        }

        /// TRACE and methods nobody serves: 405 with the methods that are, not 404.
        @Test func unknownMethodsAre405() async throws {
            try await withApp { app in
                for (method, path) in [(HTTPMethod.TRACE, "/api/v1/me"), (.TRACE, "/"), (.CONNECT, "/api/v1/units"),
                                       (.RAW(value: "PROPFIND"), "/login"), (.OPTIONS, "/api/v1/openapi.json")] {
                    let res = try await app.send(method, path)
                    #expect(res.status == .methodNotAllowed, "\(method) \(path)")
                    #expect(res.headers.first(name: .allow) == "GET, HEAD, POST, PUT, PATCH, DELETE")
                    #expect(res.apiError?.code == "http.method_not_allowed")
                }
                // A served method on an unknown address is still 404.
                let unknown = try await app.send(.GET, "/api/v1/khong-co")
                #expect(unknown.status == .notFound)
            }
        }
    }
}
