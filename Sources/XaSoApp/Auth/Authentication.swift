import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Bearer tokens for the API: random, shown once, stored only as SHA-256.
enum Tokens {
    static func make() -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static let apiLifetime: TimeInterval = 30 * 24 * 3600
}

struct PrincipalKey: StorageKey {
    typealias Value = Principal
}

extension Request {
    /// The authenticated principal, or 401.
    func principal() async throws -> Principal {
        if let p = storage[PrincipalKey.self] { return p }
        guard let bearer = headers.bearerAuthorization?.token,
              let user = try await store.user(forTokenHash: Tokens.hash(bearer), kind: "api") else {
            throw AppError(.unauthorized, code: "auth.required", message: "a valid bearer token is required",
                           vietnamese: "Vui lòng đăng nhập.")
        }
        let p = try await store.principal(for: user)
        storage[PrincipalKey.self] = p
        return p
    }

    /// Reading a unit's data: 404 for an unknown unit, 403 outside the caller's scope.
    func requireRead(unitCode: String) async throws -> Principal {
        let p = try await principal()
        try await store.requireRead(p, unitCode: unitCode)
        return p
    }
}
