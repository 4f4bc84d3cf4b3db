import Vapor
import XaSoCore
import XaSoPersistence

enum AuthController {
    struct Credentials: Content {
        var username: String
        var password: String
    }

    struct TokenResponse: Content {
        var token: String
        var username: String
        var role: String
        var unit_code: String?
        /// True for a one-time password: every call but `POST me/password` answers 403 until it is changed.
        var must_change_password: Bool?
    }

    static func token(_ req: Request) async throws -> Response {
        let c = try req.content.decode(Credentials.self)
        let user = try await verify(username: c.username, password: c.password, req: req)
        let token = Tokens.make()
        try await req.store.storeToken(userID: user.id, tokenHash: Tokens.hash(token), kind: "api", lifetime: Tokens.apiLifetime)
        return try json(TokenResponse(token: token, username: user.username, role: user.role.rawValue, unit_code: user.unitCode,
                                      must_change_password: user.mustChangePassword))
    }

    /// The one password check, for the API's tokens and the web's sessions (`LoginGate`), counted
    /// against the client's address as `Request.clientAddress` resolves it.
    static func verify(username raw: String, password: String, req: Request) async throws -> XaSoStore.StoredUser {
        try await LoginGate.verify(username: raw, password: password, address: req.clientAddress, app: req.application,
                                   store: req.store)
    }

    /// Ends the calling token (an API "logout").
    static func revokeOwnToken(_ req: Request) async throws -> Response {
        _ = try await req.principal(allowingPasswordChange: true)
        if let hash = req.storage[CredentialHashKey.self] { try await req.store.deleteToken(hash: hash) }
        return Response(status: .noContent)
    }

    static func me(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        return try json(UserDTO(username: p.username, role: p.role.rawValue, unit_code: p.unitCode, department: p.department))
    }
}
