import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

/// `withApp` with a config the test adjusts (limits, proxy trust).
func withConfiguredApp(sample: Bool = false, _ adjust: (inout AppConfig) -> Void,
                       _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .error
    do {
        var config = AppConfig(databaseURL: TestDatabase.url, sample: sample, announceAdminPassword: false)
        config.resetDatabase = true
        adjust(&config)
        try await configure(app, config)
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

extension Application {
    /// One request through the whole middleware chain, raw body and headers as given.
    func send(_ method: HTTPMethod, _ path: String, token: String? = nil, body: Data? = nil,
              contentType: HTTPMediaType? = nil, headers extra: [(String, String)] = []) async throws -> TestingHTTPResponse {
        var headers = token.map { HTTPHeaders.bearer($0) } ?? HTTPHeaders()
        if let contentType { headers.contentType = contentType }
        for (name, value) in extra { headers.replaceOrAdd(name: name, value: value) }
        return try await testing().sendRequest(method, path, headers: headers, body: body.map { ByteBuffer(data: $0) })
    }
}

extension TestingHTTPResponse {
    /// The API's JSON error, nil when the body is not one.
    var apiError: ErrorBody.Detail? { try? content.decode(ErrorBody.self).error }
}
