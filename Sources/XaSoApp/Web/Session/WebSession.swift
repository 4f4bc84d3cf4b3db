import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Browser sessions: a random token in an HttpOnly, SameSite=Lax cookie; the database keeps only its
/// SHA-256 (`kind: "session"`), like API tokens, so a copied database opens no session.
enum WebSession {
    static let cookie = "xaso_session"
    /// Before login: the secret the login form's CSRF token is derived from.
    static let preCookie = "xaso_pre"
    /// A working day: a PC left on overnight in the commune office does not stay signed in.
    static let lifetime: TimeInterval = 12 * 3600

    struct TokenKey: StorageKey { typealias Value = String }

    /// True when the browser reached us over HTTPS, directly or through a proxy that says so.
    static func isSecure(_ req: Request) -> Bool {
        req.url.scheme == "https" || req.headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }

    static func cookieValue(_ value: String, req: Request, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: maxAge == 0 ? Date(timeIntervalSince1970: 0) : nil, maxAge: maxAge,
                          path: "/", isSecure: isSecure(req), isHTTPOnly: true, sameSite: .lax)
    }

    /// Signs a user in: a new token each time (no fixation), stored hashed, set as the cookie.
    static func start(for user: XaSoStore.StoredUser, req: Request, response: Response) async throws {
        let token = Tokens.make()
        try await req.store.storeToken(userID: user.id, tokenHash: Tokens.hash(token), kind: "session", lifetime: lifetime)
        response.cookies[cookie] = cookieValue(token, req: req, maxAge: Int(lifetime))
        response.cookies[preCookie] = cookieValue("", req: req, maxAge: 0)
    }

    static func end(req: Request, response: Response) async throws {
        if let token = req.cookies[cookie]?.string, !token.isEmpty {
            try await req.store.deleteToken(hash: Tokens.hash(token))
        }
        response.cookies[cookie] = cookieValue("", req: req, maxAge: 0)
    }

    /// The signed-in principal for the request's cookie, if the session is still valid.
    static func resolve(_ req: Request) async throws -> Principal? {
        guard let token = req.cookies[cookie]?.string, !token.isEmpty,
              let user = try await req.store.user(forTokenHash: Tokens.hash(token), kind: "session") else { return nil }
        let principal = try await req.store.principal(for: user)
        req.storage[PrincipalKey.self] = principal
        req.storage[TokenKey.self] = token
        req.storage[MustChangePasswordKey.self] = user.mustChangePassword
        req.storage[CredentialHashKey.self] = Tokens.hash(token)
        return principal
    }

    /// The CSRF token for forms on this request's pages (nil before login).
    static func csrfToken(_ req: Request) -> String? {
        req.storage[TokenKey.self].map(CSRF.token(for:))
    }
}
