import Foundation
import XaSoCore

/// The checks every store makes before it moves a figure through review (submit, approve, send
/// back), so the database and the in-memory storage refuse for the same reasons with the same messages.
public enum ValueTransitionCheck {
    /// The right first, from the unit and the indicator alone: whether the figure exists is not told to
    /// someone who may not move it (403 either way, never 404 for them).
    public static func requireAllowed(_ actor: Principal, unitCode: String, indicatorOwners owners: [String],
                                      to next: ValueState) throws {
        let allowed: Bool
        switch next {
        case .submitted: allowed = AccessPolicy.canWriteValue(actor, unitCode: unitCode, indicatorOwners: owners)
        case .approved, .returned: allowed = AccessPolicy.canManageCommune(actor, unitCode: unitCode)
        case .draft: allowed = false
        }
        guard allowed else { throw AppError.forbidden("you may not move this value to \(next.rawValue)") }
    }

    /// The move from the stored state, and the comment sending back needs.
    public static func check(from current: ValueState, to next: ValueState, comment: String?) throws {
        guard current.canMove(to: next) else {
            throw AppError(.conflict, code: .valueStateInvalid,
                           message: "a \(current.rawValue) value cannot become \(next.rawValue)",
                           vietnamese: "Không thể chuyển số liệu từ trạng thái \"\(current.vietnamese)\" sang \"\(next.vietnamese)\".")
        }
        if next == .returned && (comment ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw AppError(.invalid, code: .valueCommentRequired, message: "sending back needs a comment",
                           vietnamese: "Cần ghi rõ lý do trả lại.")
        }
    }
}
