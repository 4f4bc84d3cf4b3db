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

/// Set with the principal: the account still has a one-time password (first admin, after a reset).
struct MustChangePasswordKey: StorageKey {
    typealias Value = Bool
}

/// The SHA-256 of the bearer token or session cookie that authenticated the request: kept when the
/// user changes their password, while every other token of the account is revoked.
struct CredentialHashKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// The authenticated principal, or 401. An account that must change its password gets 403
    /// `auth.password_change_required` everywhere but where the password is changed
    /// (`allowingPasswordChange`).
    func principal(allowingPasswordChange: Bool = false) async throws -> Principal {
        let allowingPasswordChange = allowingPasswordChange || PasswordChangeRoutes.contains(self)
        if let p = storage[PrincipalKey.self] {
            if !allowingPasswordChange && storage[MustChangePasswordKey.self] == true { throw AppError.passwordChangeRequired }
            return p
        }
        guard let bearer = headers.bearerAuthorization?.token,
              let user = try await store.user(forTokenHash: Tokens.hash(bearer), kind: "api") else {
            throw AppError(.unauthorized, code: .authRequired, message: "a valid bearer token is required",
                           vietnamese: "Vui lòng đăng nhập.")
        }
        let p = try await store.principal(for: user)
        storage[PrincipalKey.self] = p
        storage[MustChangePasswordKey.self] = user.mustChangePassword
        storage[CredentialHashKey.self] = Tokens.hash(bearer)
        if !allowingPasswordChange && user.mustChangePassword { throw AppError.passwordChangeRequired }
        return p
    }

    /// Reading a unit's data: 404 for an unknown unit, 403 outside the caller's scope.
    func requireRead(unitCode: String) async throws -> Principal {
        let p = try await principal()
        try await store.requireRead(p, unitCode: unitCode)
        return p
    }
}

extension AppError {
    static let passwordChangeRequired = AppError(
        .forbidden, code: .authPasswordChangeRequired,
        message: "this account has a one-time password: change it first (POST /api/v1/me/password)",
        vietnamese: "Bạn cần đổi mật khẩu dùng một lần trước khi tiếp tục.")
}

/// The API calls a one-time password still allows: changing it, and revoking the token. Decided by
/// method and path, so the token check that runs before every handler lets them through as well.
enum PasswordChangeRoutes {
    static func contains(_ req: Request) -> Bool {
        (req.method == .POST && req.url.path == "/api/v1/me/password")
            || (req.method == .DELETE && req.url.path == "/api/v1/auth/token")
    }
}
