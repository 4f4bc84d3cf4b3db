import Foundation
import XaSoCore
import XaSoStorage

/// Users and tokens, enough for a request to authenticate. A test puts users in with `addUser`:
/// `createUser`'s checks (name, unit level, department, who may create whom) are the database's
/// and are not repeated here (`createUser` throws `notHeld`).
extension InMemoryStorage {
    /// Puts a user in as given (no checks); returns it.
    @discardableResult
    public func addUser(_ user: StoredUser) -> StoredUser {
        write { $0.users[user.id] = user }
        return user
    }

    public func userCount() async throws -> Int {
        read { $0.users.count }
    }

    public func user(named username: String) async throws -> StoredUser? {
        let folded = LoginThrottlePolicy.key(username)
        return read { $0.users.values.first { $0.username.lowercased() == folded } }
    }

    public func users(visibleTo actor: Principal) async throws -> [StoredUser] {
        let all = read { $0.users.values.sorted { $0.username < $1.username } }
        switch actor.role {
        case .admin: return all
        case .communeAdmin: return all.filter { $0.unitCode == actor.unitCode }
        default: return all.filter { $0.username == actor.username }
        }
    }

    public func principal(for user: StoredUser) async throws -> Principal {
        var province: String?
        if let code = user.unitCode { province = try await provinceCode(of: code) }
        return Principal(username: user.username, role: user.role, unitCode: user.unitCode,
                         provinceCode: province, department: user.department)
    }

    public func storeToken(userID: UUID, tokenHash: String, kind: String, lifetime: TimeInterval) async throws {
        let expires = now().addingTimeInterval(lifetime)
        write { $0.tokens[tokenHash] = (userID, kind, expires) }
    }

    public func user(forTokenHash hash: String, kind: String) async throws -> StoredUser? {
        let now = self.now()
        return read { s in
            guard let t = s.tokens[hash], t.kind == kind, t.expires > now,
                  let user = s.users[t.user], !user.disabled else { return nil }
            return user
        }
    }

    public func deleteToken(hash: String) async throws {
        write { $0.tokens[hash] = nil }
    }
}
