import FluentKit
import Foundation
import SQLKit
import XaSoCore
import XaSoStorage

/// Managing accounts after they exist: passwords, disabling, sessions. Every change is checked against
/// `AccessPolicy` here and leaves an audit record (entity "user", key the username), never a secret.
extension XaSoStore {
    public typealias SessionInfo = XaSoStorage.SessionInfo

    /// The account `actor` acts on: 404 when unknown, 403 outside the actor's reach (`allowSelf`:
    /// one's own account is always in reach).
    func manageableUser(_ username: String, actor: Principal, allowSelf: Bool, on db: any Database) async throws -> UserModel {
        let folded = LoginThrottlePolicy.key(username)
        guard let row = try await db.sqlDatabase().raw("SELECT id FROM users WHERE lower(username) = \(bind: folded)").first(),
              let user = try await UserModel.find(try row.decode(column: "id", as: UUID.self), on: db) else {
            throw AppError.notFound(.userNotFound, username, vietnamese: "Không tìm thấy tài khoản \"\(username)\".")
        }
        let isSelf = user.username == actor.username
        let role = Role(rawValue: user.role) ?? .viewer
        guard (allowSelf && isSelf) || AccessPolicy.canManageUser(actor, targetRole: role, targetUnit: user.unitCode) else {
            throw AppError.forbidden("you may not manage user '\(user.username)'")
        }
        return user
    }

    /// Sets a new password hash. `ownChange`: the user changing their own password, the old one already
    /// verified by the caller; otherwise a reset, which only someone who manages the account may make
    /// (so a stolen token cannot reset its own account's password). `mustChange` marks it one-time.
    /// Every token of the user but `keepTokenHash` (the one making the change) is deleted, so a thief's
    /// session ends too.
    public func setPassword(username: String, passwordHash: String, mustChange: Bool, ownChange: Bool, actor: Principal,
                            keepTokenHash: String? = nil) async throws {
        try await db.writeTransaction { tx in
            let user = try await manageableUser(username, actor: actor, allowSelf: ownChange, on: tx)
            if ownChange && user.username != actor.username { throw AppError.forbidden("only the user changes their own password") }
            let before = user.mustChangePassword
            user.passwordHash = passwordHash
            user.mustChangePassword = mustChange
            try await user.update(on: tx)
            let removed = try await deleteTokens(userID: try user.requireID(), except: keepTokenHash, on: tx)
            let action = ownChange ? "password_change" : "password_reset"
            try await audit(on: tx, actor: actor.username, action: action, entity: "user", key: user.username,
                            before: "{\"must_change_password\":\(before)}",
                            after: "{\"must_change_password\":\(mustChange),\"tokens_revoked\":\(removed)}")
        }
    }

    /// Disables or enables an account. Disabling deletes its tokens: open sessions end at once.
    /// Nobody disables themselves, and the last enabled system admin stays enabled.
    public func setDisabled(username: String, disabled: Bool, actor: Principal) async throws {
        try await db.writeTransaction { tx in
            let user = try await manageableUser(username, actor: actor, allowSelf: false, on: tx)
            guard user.disabled != disabled else { return }
            if disabled {
                guard user.username != actor.username else {
                    throw AppError(.invalid, code: .userDisableSelf, message: "you may not disable your own account",
                                   vietnamese: "Không thể tự khóa tài khoản của mình.")
                }
                if user.role == Role.admin.rawValue {
                    let admins = try await UserModel.query(on: tx).filter(\.$role == Role.admin.rawValue)
                        .filter(\.$disabled == false).count()
                    guard admins > 1 else {
                        throw AppError(.invalid, code: .userLastAdmin, message: "the last enabled admin cannot be disabled",
                                       vietnamese: "Không thể khóa quản trị hệ thống cuối cùng.")
                    }
                }
            }
            user.disabled = disabled
            try await user.update(on: tx)
            let removed = disabled ? try await deleteTokens(userID: try user.requireID(), except: nil, on: tx) : 0
            try await audit(on: tx, actor: actor.username, action: disabled ? "disable" : "enable", entity: "user",
                            key: user.username, before: "{\"disabled\":\(!disabled)}",
                            after: "{\"disabled\":\(disabled),\"tokens_revoked\":\(removed)}")
        }
    }

    /// The user's unexpired tokens and sessions, newest first.
    public func sessions(username: String, actor: Principal) async throws -> [SessionInfo] {
        let user = try await manageableUser(username, actor: actor, allowSelf: true, on: db)
        let userID = try user.requireID()
        return try await TokenModel.query(on: db).filter(\.$userID == userID).filter(\.$expiresAt > Date())
            .sort(\.$createdAt, .descending).all()
            .map { SessionInfo(id: try $0.requireID(), kind: $0.kind, createdAt: $0.createdAt, expiresAt: $0.expiresAt) }
    }

    /// Revokes one token (`id`) or all of the user's; returns how many were deleted. An id that is not
    /// the user's is `session.not_found`, so nobody revokes another account's token through their own.
    @discardableResult
    public func revokeSessions(username: String, id: UUID? = nil, actor: Principal) async throws -> Int {
        try await db.writeTransaction { tx in
            let user = try await manageableUser(username, actor: actor, allowSelf: true, on: tx)
            let userID = try user.requireID()
            var query = TokenModel.query(on: tx).filter(\.$userID == userID)
            if let id { query = query.filter(\.$id == id) }
            let count = try await query.count()
            if let id, count == 0 {
                throw AppError.notFound(.sessionNotFound, id.uuidString, vietnamese: "Không tìm thấy phiên đăng nhập này.")
            }
            try await query.delete()
            try await audit(on: tx, actor: actor.username, action: "revoke_tokens", entity: "user", key: user.username,
                            before: nil, after: "{\"revoked\":\(count)\(id.map { ",\"id\":\"\($0.uuidString)\"" } ?? "")}")
            return count
        }
    }

    /// Unexpired tokens and sessions per user id, in one query, for the users page.
    public func activeSessionCounts() async throws -> [UUID: Int] {
        let rows = try await db.sqlDatabase().raw("""
            SELECT user_id, COUNT(*) AS n FROM user_tokens WHERE expires_at > \(bind: Date()) GROUP BY user_id
            """).all()
        var counts: [UUID: Int] = [:]
        for row in rows { counts[try row.decode(column: "user_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self) }
        return counts
    }

    func deleteTokens(userID: UUID, except keep: String?, on db: any Database) async throws -> Int {
        var query = TokenModel.query(on: db).filter(\.$userID == userID)
        if let keep { query = query.filter(\.$tokenHash != keep) }
        let count = try await query.count()
        try await query.delete()
        return count
    }
}
