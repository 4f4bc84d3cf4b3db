import Vapor
import XaSoCore
import XaSoPersistence

/// Account management over the API: one's own password and sessions; for those who manage the account
/// (`AccessPolicy.canManageUser`), resets, disabling and others' sessions. The store checks and audits.
enum AccountsController {
    struct PasswordChange: Content {
        var current_password: String
        var new_password: String
    }

    struct AccountStatus: Content {
        var username: String
        var disabled: Bool
        var must_change_password: Bool
    }

    struct PasswordReset: Content {
        var username: String
        /// Shown once; the user must change it at the next sign-in.
        var one_time_password: String
        var must_change_password: Bool
    }

    struct Revoked: Content {
        var revoked: Int
    }

    /// `POST me/password`: the one call a one-time password allows.
    static func changeOwnPassword(_ req: Request) async throws -> Response {
        let p = try await req.principal(allowingPasswordChange: true)
        let input = try req.content.decode(PasswordChange.self)
        try await AccountService.changeOwnPassword(principal: p, current: input.current_password, new: input.new_password,
                                                   keepTokenHash: req.storage[CredentialHashKey.self],
                                                   address: req.clientAddress, app: req.application, store: req.store)
        return try json(AccountStatus(username: p.username, disabled: false, must_change_password: false))
    }

    static func resetPassword(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let name = try req.parameter("username")
        let oneTime = try await AccountService.resetPassword(username: name, actor: p, app: req.application, store: req.store)
        return try json(PasswordReset(username: name, one_time_password: oneTime, must_change_password: true))
    }

    static func setDisabled(_ disabled: Bool) -> @Sendable (Request) async throws -> Response {
        { req in
            let p = try await req.principal()
            let name = try req.parameter("username")
            try await req.store.setDisabled(username: name, disabled: disabled, actor: p)
            let user = try await req.store.user(named: name)
            return try json(AccountStatus(username: user?.username ?? name, disabled: disabled,
                                          must_change_password: user?.mustChangePassword ?? false))
        }
    }

    static func sessions(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        return try json(try await req.store.sessions(username: try req.parameter("username"), actor: p))
    }

    static func revokeAll(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let n = try await req.store.revokeSessions(username: try req.parameter("username"), actor: p)
        return try json(Revoked(revoked: n))
    }

    static func revokeOne(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let text = try req.parameter("id")
        guard let id = UUID(uuidString: text) else {
            throw AppError.notFound(.sessionNotFound, text, vietnamese: "Không tìm thấy phiên đăng nhập này.")
        }
        let n = try await req.store.revokeSessions(username: try req.parameter("username"), id: id, actor: p)
        return try json(Revoked(revoked: n))
    }
}

/// Password changes and resets from the API, the web pages and the CLI: one set of checks.
enum AccountService {
    /// Checks the current password through `LoginGate` (a stolen session cannot guess it unthrottled),
    /// then the new one against `PasswordRules`; clears the one-time flag and ends the user's other sessions.
    static func changeOwnPassword(principal p: Principal, current: String, new: String, keepTokenHash: String?,
                                  address: String?, app: Application, store: any AppStorage) async throws {
        do {
            _ = try await LoginGate.verify(username: p.username, password: current, address: address, app: app, store: store)
        } catch let e as AppError where e.code == .authInvalid {
            throw AppError(.invalid, code: .userCurrentPasswordWrong, message: "the current password is wrong",
                           vietnamese: "Mật khẩu hiện tại không đúng.")
        }
        try PasswordRules.check(new, username: p.username, old: current)
        try await store.setPassword(username: p.username, passwordHash: try await app.password.async.hash(new),
                                    mustChange: false, ownChange: true, actor: p, keepTokenHash: keepTokenHash)
    }

    /// A new one-time password for `username`, returned once; the user must change it at the next sign-in.
    static func resetPassword(username: String, actor: Principal, app: Application, store: any AppStorage) async throws -> String {
        let oneTime = PasswordGenerator.make()
        try await store.setPassword(username: username, passwordHash: try await app.password.async.hash(oneTime),
                                    mustChange: true, ownChange: false, actor: actor)
        return oneTime
    }
}
