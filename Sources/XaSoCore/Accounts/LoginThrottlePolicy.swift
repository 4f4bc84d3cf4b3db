import Foundation

/// How many failed logins are allowed before logins are refused for a while. Counted separately per
/// username (case-folded) and per client address: one person's typos — or an attacker — lock only
/// that name, while the address limit is high enough for a commune office whose officials all share
/// one NAT address, and still stops one machine from trying many names.
public struct LoginThrottlePolicy: Sendable, Equatable {
    public var window: TimeInterval = 15 * 60
    public var perUsername = 5
    public var perAddress = 100

    public init() {}

    /// The counting key of a username: what uniqueness is decided on (usernames are ASCII).
    public static func key(_ username: String) -> String {
        username.trimmingCharacters(in: .whitespaces).lowercased()
    }

    public enum Decision: Equatable, Sendable {
        case allowed
        case usernameLocked
        case addressLocked
    }

    public func decide(usernameFailures: Int, addressFailures: Int) -> Decision {
        if usernameFailures >= perUsername { return .usernameLocked }
        if addressFailures >= perAddress { return .addressLocked }
        return .allowed
    }

    public func error(_ decision: Decision) -> AppError? {
        let minutes = Int(window / 60)
        switch decision {
        case .allowed: return nil
        case .usernameLocked:
            return AppError(.unauthorized, code: .authThrottled,
                            message: "too many failed logins for this username; wait \(minutes) minutes",
                            vietnamese: "Đăng nhập sai quá nhiều lần với tên này. Vui lòng thử lại sau \(minutes) phút.")
        case .addressLocked:
            return AppError(.unauthorized, code: .authThrottled,
                            message: "too many failed logins from this address; wait \(minutes) minutes",
                            vietnamese: "Đăng nhập sai quá nhiều lần từ máy này. Vui lòng thử lại sau \(minutes) phút.")
        }
    }
}
