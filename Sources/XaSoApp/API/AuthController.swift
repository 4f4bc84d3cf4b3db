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
    }

    static func token(_ req: Request) async throws -> Response {
        let c = try req.content.decode(Credentials.self)
        let user = try await verify(username: c.username, password: c.password, req: req)
        let token = Tokens.make()
        try await req.store.storeToken(userID: user.id, tokenHash: Tokens.hash(token), kind: "api", lifetime: Tokens.apiLifetime)
        return try json(TokenResponse(token: token, username: user.username, role: user.role.rawValue, unit_code: user.unitCode))
    }

    /// The one password check, for the API's tokens and the web's sessions: throttled per username
    /// and address, every failure counted. Throws `auth.throttled` or `auth.invalid` (both 401).
    static func verify(username raw: String, password: String, req: Request) async throws -> XaSoStore.StoredUser {
        let username = raw.trimmingCharacters(in: .whitespaces)
        let key = username.lowercased(), ip = req.remoteAddress?.ipAddress
        try await LoginThrottle.shared.check(key: key, ip: ip)
        guard let user = try await req.store.user(named: username),
              try await req.password.async.verify(password, created: user.passwordHash) else {
            await LoginThrottle.shared.recordFailure(key: key, ip: ip)
            throw AppError(.unauthorized, code: "auth.invalid", message: "wrong username or password",
                           vietnamese: "Sai tên đăng nhập hoặc mật khẩu.")
        }
        await LoginThrottle.shared.reset(key: key)
        return user
    }

    static func me(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        return try json(UserDTO(username: p.username, role: p.role.rawValue, unit_code: p.unitCode, department: p.department))
    }
}

/// Slows down password guessing: after 5 failures for a username (or 20 from one address) within
/// 15 minutes, logins are refused until the window passes. Per process: each server of a cluster
/// keeps its own count, which still bounds guessing to a few hundred tries an hour.
actor LoginThrottle {
    static let shared = LoginThrottle()
    private var failures: [String: [Date]] = [:]
    private let window: TimeInterval = 15 * 60

    func check(key: String, ip: String?) throws {
        let now = Date()
        let recent = (failures["u:" + key] ?? []).filter { now.timeIntervalSince($0) < window }
        let fromIP = ip.map { (failures["ip:" + $0] ?? []).filter { now.timeIntervalSince($0) < window } } ?? []
        if recent.count >= 5 || fromIP.count >= 20 {
            throw AppError(.unauthorized, code: "auth.throttled", message: "too many failed logins; wait 15 minutes",
                           vietnamese: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.")
        }
    }

    func recordFailure(key: String, ip: String?) {
        failures["u:" + key, default: []].append(Date())
        if let ip { failures["ip:" + ip, default: []].append(Date()) }
    }

    func reset(key: String) {
        failures["u:" + key] = nil
    }
}
