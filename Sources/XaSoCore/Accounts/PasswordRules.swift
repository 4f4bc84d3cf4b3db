import Foundation

/// What a new password must satisfy, wherever it is set (API, web, CLI, reset). Kept short on purpose:
/// commune officials type these on shared office PCs; length is what resists guessing.
public enum PasswordRules {
    public static let minimumLength = 8
    /// bcrypt reads only the first 72 bytes; a longer password would silently match its own prefix.
    public static let maximumBytes = 72

    /// Throws a named `AppError` (`user.password_*`) when `password` may not be used by `username`.
    public static func check(_ password: String, username: String, old: String? = nil) throws {
        guard password.count >= minimumLength else {
            throw AppError(.invalid, code: .userPasswordShort, message: "the password needs at least \(minimumLength) characters",
                           vietnamese: "Mật khẩu cần ít nhất \(minimumLength) ký tự.")
        }
        guard password.utf8.count <= maximumBytes else {
            throw AppError(.invalid, code: .userPasswordLong, message: "the password may have at most \(maximumBytes) bytes",
                           vietnamese: "Mật khẩu dài quá \(maximumBytes) byte (khoảng \(maximumBytes / 2) chữ có dấu).")
        }
        guard password.lowercased() != username.lowercased() else {
            throw AppError(.invalid, code: .userPasswordIsUsername, message: "the password may not be the username",
                           vietnamese: "Mật khẩu không được trùng tên đăng nhập.")
        }
        if let old, old == password {
            throw AppError(.invalid, code: .userPasswordUnchanged, message: "the new password must differ from the old one",
                           vietnamese: "Mật khẩu mới phải khác mật khẩu cũ.")
        }
    }
}
