import Vapor
import XaSoCore
import XaSoPersistence

/// The one password check, for API tokens, web sessions and changing one's password: throttled per
/// username and per address with counts kept in the database (`LoginThrottlePolicy`), every failure
/// counted. Throws `auth.throttled`, `auth.invalid` or `auth.disabled` (all 401).
enum LoginGate {
    static let policy = LoginThrottlePolicy()

    static func verify(username raw: String, password: String, address: String?, app: Application,
                       store: any AppStorage) async throws -> XaSoStore.StoredUser {
        let key = LoginThrottlePolicy.key(raw)
        let counts = try await store.loginFailures(usernameKey: key, address: address, window: policy.window)
        if let refused = policy.error(policy.decide(usernameFailures: counts.username, addressFailures: counts.address)) {
            throw refused
        }
        guard !key.isEmpty, let user = try await store.user(named: key),
              try await app.password.async.verify(password, created: user.passwordHash) else {
            try await store.recordLoginFailure(usernameKey: key, address: address, window: policy.window)
            throw AppError(.unauthorized, code: .authInvalid, message: "wrong username or password",
                           vietnamese: "Sai tên đăng nhập hoặc mật khẩu.")
        }
        // Said only after the right password, so it tells a guesser nothing.
        guard !user.disabled else {
            throw AppError(.unauthorized, code: .authDisabled, message: "this account is disabled",
                           vietnamese: "Tài khoản đã bị khóa. Hãy liên hệ quản trị.")
        }
        try await store.clearLoginFailures(usernameKey: key)
        return user
    }
}
