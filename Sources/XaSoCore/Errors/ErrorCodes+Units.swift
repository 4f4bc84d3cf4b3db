import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of units.
extension ErrorCode {
    public static let departmentDuplicate = ErrorCode("department.duplicate")
    public static let departmentNameEmpty = ErrorCode("department.name_empty")
    public static let departmentUnknown = ErrorCode("department.unknown")
    public static let unitDuplicate = ErrorCode("unit.duplicate")
    public static let unitNameEmpty = ErrorCode("unit.name_empty")
    public static let unitNotCommune = ErrorCode("unit.not_commune")
    public static let unitNotFound = ErrorCode("unit.not_found")
    public static let unitUnknown = ErrorCode("unit.unknown")
}
