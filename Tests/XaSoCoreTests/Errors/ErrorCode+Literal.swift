@testable import XaSoCore

/// Tests state codes the way clients see them ("period.invalid"), which is the contract. Only here may a
/// string stand for an `ErrorCode`; the application's own code must use the declared constants.
extension ErrorCode: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
