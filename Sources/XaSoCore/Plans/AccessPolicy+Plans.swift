import Foundation

/// Who may change a plan and its tasks. A department officer updates only the tasks their
/// department leads and comments on those it partners; the commune admin does anything in the
/// commune's plans; province officers and viewers only read (`AccessPolicy.canRead`).
extension AccessPolicy {
    /// Creating, importing, editing and deleting plans and tasks, and assigning departments.
    public static func canManagePlans(_ p: Principal, unitCode: String) -> Bool {
        canManageCommune(p, unitCode: unitCode)
    }

    /// Posting a progress update (status, percent, text, attachment) on `task` of a plan of `unitCode`.
    public static func canUpdateTask(_ p: Principal, unitCode: String, task: PlanTask) -> Bool {
        switch p.role {
        case .admin: return true
        case .communeAdmin: return unitCode == p.unitCode
        case .departmentOfficer:
            guard unitCode == p.unitCode, let department = p.department, let lead = task.lead else { return false }
            return sameDepartment(department, lead)
        case .provinceOfficer, .viewer, .nationalOfficer: return false
        }
    }

    /// Commenting on `task`: whoever may update it, and officers of its partner departments.
    public static func canCommentOnTask(_ p: Principal, unitCode: String, task: PlanTask) -> Bool {
        if canUpdateTask(p, unitCode: unitCode, task: task) { return true }
        guard p.role == .departmentOfficer, unitCode == p.unitCode, let department = p.department else { return false }
        return task.partners.contains { sameDepartment(department, $0) }
    }

    /// Throws `forbidden` with the reason in both languages when `p` may not update `task`.
    public static func requireTaskUpdate(_ p: Principal, unitCode: String, task: PlanTask) throws {
        guard !canUpdateTask(p, unitCode: unitCode, task: task) else { return }
        let lead = task.lead ?? "chưa phân công"
        throw AppError(.forbidden, code: .taskUpdateForbidden,
                       message: "only the lead department (\(task.lead ?? "none assigned")) or the commune admin "
                           + "may update task \(task.number)",
                       vietnamese: "Chỉ cơ quan chủ trì (\(lead)) hoặc quản trị cấp xã được cập nhật tiến độ "
                           + "nhiệm vụ \(task.number).")
    }

    /// Throws `forbidden` when `p` may not comment on `task`.
    public static func requireTaskComment(_ p: Principal, unitCode: String, task: PlanTask) throws {
        guard !canCommentOnTask(p, unitCode: unitCode, task: task) else { return }
        throw AppError(.forbidden, code: .taskCommentForbidden,
                       message: "only the lead and partner departments may comment on task \(task.number)",
                       vietnamese: "Chỉ cơ quan chủ trì và cơ quan phối hợp được góp ý nhiệm vụ \(task.number).")
    }

    /// Department names compare as people type them: case, diacritics and punctuation aside.
    private static func sameDepartment(_ a: String, _ b: String) -> Bool {
        let key = VietnameseText.folded(a)
        return !key.isEmpty && key == VietnameseText.folded(b)
    }
}
