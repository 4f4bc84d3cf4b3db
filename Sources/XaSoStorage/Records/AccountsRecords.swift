import Foundation
import XaSoCore

public struct StoredUser: Sendable, Codable, Equatable {
    public var id: UUID
    public var username: String
    public var role: Role
    public var unitCode: String?
    public var department: String?
    public var passwordHash: String
    /// A disabled user cannot sign in and its tokens open nothing.
    public var disabled = false
    /// The password was set by someone else (first start, reset): it must be changed before any other work.
    public var mustChangePassword = false

    public init(id: UUID, username: String, role: Role, unitCode: String? = nil, department: String? = nil,
                passwordHash: String, disabled: Bool = false, mustChangePassword: Bool = false) {
        self.id = id
        self.username = username
        self.role = role
        self.unitCode = unitCode
        self.department = department
        self.passwordHash = passwordHash
        self.disabled = disabled
        self.mustChangePassword = mustChangePassword
    }
}

public struct AuditEntry: Sendable, Codable, Equatable {
    public var at: Date
    public var actor: String
    public var action: String
    public var entity: String
    public var entityKey: String
    public var before: String?
    public var after: String?

    public init(at: Date, actor: String, action: String, entity: String, entityKey: String, before: String? = nil,
                after: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityKey = entityKey
        self.before = before
        self.after = after
    }
}

/// One live token or browser session, without its secret.
public struct SessionInfo: Sendable, Codable, Equatable {
    public var id: UUID
    /// "api" (bearer token) or "session" (browser).
    public var kind: String
    public var createdAt: Date
    public var expiresAt: Date

    enum CodingKeys: String, CodingKey {
        case id, kind
        case createdAt = "created_at"
        case expiresAt = "expires_at"
    }

    public init(id: UUID, kind: String, createdAt: Date, expiresAt: Date) {
        self.id = id
        self.kind = kind
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
