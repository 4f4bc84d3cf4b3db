import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

/// Every database test is nested in this suite so they run one at a time: on PostgreSQL they share
/// one database, which each test resets.
@Suite(.serialized) struct DatabaseTests {}

/// The one place tests read their environment: `XASO_TEST_DATABASE_URL` selects PostgreSQL in CI;
/// without it tests use an in-memory SQLite database, never a file.
enum TestDatabase {
    static var url: String {
        ProcessInfo.processInfo.environment["XASO_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "sqlite::memory:"
    }
}

/// configure → migrate (from nothing) → seed → body → shut down.
func withApp(sample: Bool = false, _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .error
    do {
        var config = AppConfig(databaseURL: TestDatabase.url, sample: sample, announceAdminPassword: false)
        config.resetDatabase = true
        try await configure(app, config)
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Codes of the reference communes in the official list (Hải Phòng).
enum Ref {
    static let haiPhong = "31"
    static let nghiDuong = "11713"
    static let giaPhuc = "11050"
    static let haNoi = "01"
}

extension Application {
    /// Creates a user directly and returns a bearer token for it.
    func token(_ username: String, role: Role, unit: String?, department: String? = nil) async throws -> String {
        _ = try await UserService.create(username: username, password: "mat-khau-123", role: role.rawValue,
                                         unitCode: unit, department: department, actor: nil, app: self, store: store)
        return try await login(username, "mat-khau-123")
    }

    func login(_ username: String, _ password: String) async throws -> String {
        var token = ""
        try await testing().test(.POST, "/api/v1/auth/token", beforeRequest: { req in
            try req.content.encode(["username": username, "password": password])
        }, afterResponse: { res in
            #expect(res.status == .ok, "login \(username): \(res.body.string)")
            token = (try? res.content.decode(AuthController.TokenResponse.self).token) ?? ""
        })
        return token
    }
}

extension HTTPHeaders {
    static func bearer(_ token: String) -> HTTPHeaders {
        var h = HTTPHeaders()
        h.bearerAuthorization = BearerAuthorization(token: token)
        return h
    }
}

struct ErrorBody: Decodable {
    struct Detail: Decodable {
        var code: String
        var message: String
        var issues: [ImportIssue]?
    }
    var error: Detail
}
