import Foundation
import XaSoCore

/// Users, tokens and sessions, sign-in failures, and the audit log.
///
/// Implemented by `XaSoStore` (SQL) and by `InMemoryStorage` (tests); the app reaches it through `AppStorage`.
public protocol AccountStorage: Sendable {
    func setPassword(username: String, passwordHash: String, mustChange: Bool, ownChange: Bool, actor: Principal,
                     keepTokenHash: String?) async throws
    func setDisabled(username: String, disabled: Bool, actor: Principal) async throws
    func sessions(username: String, actor: Principal) async throws -> [SessionInfo]
    @discardableResult func revokeSessions(username: String, id: UUID?, actor: Principal) async throws -> Int
    func activeSessionCounts() async throws -> [UUID: Int]

    func loginFailures(usernameKey: String, address: String?, window: TimeInterval,
                       now: Date) async throws -> (username: Int, address: Int)
    func recordLoginFailure(usernameKey: String, address: String?, window: TimeInterval, now: Date) async throws
    func clearLoginFailures(usernameKey: String) async throws

    func userCount() async throws -> Int
    func user(named username: String) async throws -> StoredUser?
    func users(visibleTo actor: Principal) async throws -> [StoredUser]
    func principal(for user: StoredUser) async throws -> Principal
    func createUser(username: String, passwordHash: String, role: Role, unitCode: String?, department: String?,
                    actor: Principal?, mustChangePassword: Bool) async throws -> StoredUser
    func storeToken(userID: UUID, tokenHash: String, kind: String, lifetime: TimeInterval) async throws
    func user(forTokenHash hash: String, kind: String) async throws -> StoredUser?
    func deleteToken(hash: String) async throws

    func auditLog(entity: String?, key: String?, limit: Int) async throws -> [AuditEntry]
}

/// The defaults of the `XaSoStore` methods, so calls read the same through the protocol. Every
/// implementation must implement the full requirement: these only forward to it.
public extension AccountStorage {
    func setPassword(username: String, passwordHash: String, mustChange: Bool, ownChange: Bool, actor: Principal,
                     keepTokenHash: String? = nil) async throws {
        try await setPassword(username: username, passwordHash: passwordHash, mustChange: mustChange,
                              ownChange: ownChange, actor: actor, keepTokenHash: keepTokenHash)
    }

    @discardableResult func revokeSessions(username: String, id: UUID? = nil, actor: Principal) async throws -> Int {
        try await revokeSessions(username: username, id: id, actor: actor)
    }

    func loginFailures(usernameKey: String, address: String?, window: TimeInterval,
                       now: Date = Date()) async throws -> (username: Int, address: Int) {
        try await loginFailures(usernameKey: usernameKey, address: address, window: window, now: now)
    }

    func recordLoginFailure(usernameKey: String, address: String?, window: TimeInterval,
                            now: Date = Date()) async throws {
        try await recordLoginFailure(usernameKey: usernameKey, address: address, window: window, now: now)
    }

    func createUser(username: String, passwordHash: String, role: Role, unitCode: String?, department: String?,
                    actor: Principal?, mustChangePassword: Bool = false) async throws -> StoredUser {
        try await createUser(username: username, passwordHash: passwordHash, role: role, unitCode: unitCode,
                             department: department, actor: actor, mustChangePassword: mustChangePassword)
    }

    func auditLog(entity: String? = nil, key: String? = nil, limit: Int = 100) async throws -> [AuditEntry] {
        try await auditLog(entity: entity, key: key, limit: limit)
    }
}
