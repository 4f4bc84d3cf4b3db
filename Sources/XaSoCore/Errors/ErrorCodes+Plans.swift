import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of plans.
extension ErrorCode {
    public static let commentEmpty = ErrorCode("comment.empty")
    public static let deadlineDateBeforePeriod = ErrorCode("deadline.date_before_period")
    public static let deadlineDateInvalid = ErrorCode("deadline.date_invalid")
    public static let deadlineDateNeedsPeriod = ErrorCode("deadline.date_needs_period")
    public static let deadlineDaysInvalid = ErrorCode("deadline.days_invalid")
    public static let deadlineInvalid = ErrorCode("deadline.invalid")
    public static let deadlineKeyInvalid = ErrorCode("deadline.key_invalid")
    public static let deadlineNotProvince = ErrorCode("deadline.not_province")
    public static let deadlineRuleRequired = ErrorCode("deadline.rule_required")
    public static let deadlineUnreadable = ErrorCode("deadline.unreadable")
    public static let planEmpty = ErrorCode("plan.empty")
    public static let planInvalid = ErrorCode("plan.invalid")
    public static let planManageForbidden = ErrorCode("plan.manage_forbidden")
    public static let planNoTasks = ErrorCode("plan.no_tasks")
    public static let planNotFound = ErrorCode("plan.not_found")
    public static let planNothingToMeasure = ErrorCode("plan.nothing_to_measure")
    public static let planTitleMissing = ErrorCode("plan.title_missing")
    public static let planTooLong = ErrorCode("plan.too_long")
    public static let planUnitMissing = ErrorCode("plan.unit_missing")
    public static let planUnreadable = ErrorCode("plan.unreadable")
    public static let progressAuthorMissing = ErrorCode("progress.author_missing")
    public static let progressFutureDate = ErrorCode("progress.future_date")
    public static let progressInconsistent = ErrorCode("progress.inconsistent")
    public static let progressPercentInvalid = ErrorCode("progress.percent_invalid")
    public static let progressPercentMissing = ErrorCode("progress.percent_missing")
    public static let progressPercentOutOfRange = ErrorCode("progress.percent_out_of_range")
    public static let progressStateInvalid = ErrorCode("progress.state_invalid")
    public static let remindersDaysInvalid = ErrorCode("reminders.days_invalid")
    public static let taskCommentForbidden = ErrorCode("task.comment_forbidden")
    public static let taskNotFound = ErrorCode("task.not_found")
    public static let taskNothingToChange = ErrorCode("task.nothing_to_change")
    public static let taskNumberDuplicate = ErrorCode("task.number_duplicate")
    public static let taskNumberInvalid = ErrorCode("task.number_invalid")
    public static let taskParentUnknown = ErrorCode("task.parent_unknown")
    public static let taskStatusInvalid = ErrorCode("task.status_invalid")
    public static let taskTitleMissing = ErrorCode("task.title_missing")
    public static let taskUpdateForbidden = ErrorCode("task.update_forbidden")
}
