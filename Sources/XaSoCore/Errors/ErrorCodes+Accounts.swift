import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of accounts.
extension ErrorCode {
    public static let actionNotFound = ErrorCode("action.not_found")
    public static let authDisabled = ErrorCode("auth.disabled")
    public static let authInvalid = ErrorCode("auth.invalid")
    public static let authPasswordChangeRequired = ErrorCode("auth.password_change_required")
    public static let authRequired = ErrorCode("auth.required")
    public static let authThrottled = ErrorCode("auth.throttled")
    public static let csrfInvalid = ErrorCode("csrf.invalid")
    public static let forbidden = ErrorCode("forbidden")
    public static let sessionNotFound = ErrorCode("session.not_found")
    public static let userCaseConflict = ErrorCode("user.case_conflict")
    public static let userCurrentPasswordWrong = ErrorCode("user.current_password_wrong")
    public static let userDepartmentUnknown = ErrorCode("user.department_unknown")
    public static let userDisableSelf = ErrorCode("user.disable_self")
    public static let userExists = ErrorCode("user.exists")
    public static let userExistsOtherCase = ErrorCode("user.exists_other_case")
    public static let userLastAdmin = ErrorCode("user.last_admin")
    public static let userNotFound = ErrorCode("user.not_found")
    public static let userPasswordIsUsername = ErrorCode("user.password_is_username")
    public static let userPasswordLong = ErrorCode("user.password_long")
    public static let userPasswordMissing = ErrorCode("user.password_missing")
    public static let userPasswordShort = ErrorCode("user.password_short")
    public static let userPasswordUnchanged = ErrorCode("user.password_unchanged")
    public static let userRoleInvalid = ErrorCode("user.role_invalid")
    public static let userUnitLevel = ErrorCode("user.unit_level")
    public static let userUnitRequired = ErrorCode("user.unit_required")
    public static let userUsernameInvalid = ErrorCode("user.username_invalid")
}
