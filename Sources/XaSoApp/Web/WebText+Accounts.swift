import Foundation
import XaSoCore

/// Labels and messages of the account pages (change password, user actions).
extension L {
    static let changePassword = "Đổi mật khẩu"
    static let currentPassword = "Mật khẩu hiện tại"
    static let newPassword = "Mật khẩu mới"
    static let confirmPassword = "Nhập lại mật khẩu mới"
    static let newPasswordHint = "Ít nhất 8 ký tự, không trùng tên đăng nhập, khác mật khẩu cũ."
    static let passwordMismatch = "Mật khẩu nhập lại không khớp."
    static let passwordChanged = "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất."
    static let mustChangePassword = "Bạn đang dùng mật khẩu dùng một lần. Hãy đặt mật khẩu mới để tiếp tục làm việc."
    static let yourSessions = "Các phiên đăng nhập đang hoạt động"
    static let noSessions = "Không có phiên đăng nhập nào."
    static let sessionKind = "Loại"
    static let sessionCreated = "Bắt đầu"
    static let sessionExpires = "Hết hạn"
    static func sessionKindLabel(_ kind: String) -> String { kind == "api" ? "Mã truy cập API" : "Trình duyệt" }

    static let status = "Trạng thái"
    static let sessionsColumn = "Phiên đăng nhập"
    static let actions = "Thao tác"
    static let statusActive = "Đang hoạt động"
    static let statusDisabled = "Đã khóa"
    static let statusMustChange = "Chờ đổi mật khẩu"
    static let resetPassword = "Cấp lại mật khẩu"
    static let disableUser = "Khóa"
    static let enableUser = "Mở khóa"
    static let revokeSessions = "Đăng xuất mọi phiên"
    static func oneTimePassword(_ user: String, _ password: String) -> String {
        "Mật khẩu dùng một lần của \(user): \(password) — hãy chuyển cho người dùng; họ phải đổi mật khẩu khi đăng nhập. Mật khẩu này chỉ hiện một lần."
    }
    static func userDisabled(_ user: String) -> String { "Đã khóa tài khoản \(user); các phiên đăng nhập của tài khoản đã kết thúc." }
    static func userEnabled(_ user: String) -> String { "Đã mở khóa tài khoản \(user)." }
    static func sessionsRevoked(_ user: String, _ n: Int) -> String { "Đã đăng xuất \(n) phiên của \(user)." }
}
