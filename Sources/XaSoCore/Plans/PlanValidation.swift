import Foundation

extension Plan {
    /// Checks a plan before it is stored, whether typed by hand or corrected in the import preview:
    /// a title and unit, and for every task a number as plans write them ("5.10", "a)"), a title,
    /// a path used once, a parent that comes earlier, and a deadline that can be meant.
    /// Throws `plan.invalid` listing every problem (`row` is the task's position, from 1).
    public func validate() throws {
        var issues: [ImportIssue] = []
        func issue(_ row: Int, _ field: String, _ value: String, _ code: ErrorCode, _ message: String) {
            issues.append(ImportIssue(row: row, field: field, value: value, code: code, message: message))
        }
        if VietnameseText.normalized(title).isEmpty {
            issue(0, "title", title, .planTitleMissing, "Kế hoạch chưa có trích yếu (tên kế hoạch).")
        }
        if unitCode.trimmingCharacters(in: .whitespaces).isEmpty {
            issue(0, "unit_code", unitCode, .planUnitMissing, "Kế hoạch chưa gắn với đơn vị hành chính.")
        }
        var seenNumbers: Set<String> = []
        var seenPaths: Set<String> = []
        for (index, task) in tasks.enumerated() {
            let row = index + 1
            if !Self.numberPattern.matches(task.number) {
                issue(row, "number", task.number, .taskNumberInvalid,
                      "Số thứ tự “\(task.number)” không đúng dạng (ví dụ: 1, 5.10, a)).")
            }
            if VietnameseText.normalized(task.title).isEmpty {
                issue(row, "title", task.title, .taskTitleMissing, "Nhiệm vụ \(task.number) chưa có nội dung.")
            }
            if seenPaths.contains(task.path) {
                issue(row, "number", task.number, .taskNumberDuplicate, "Số thứ tự \(task.path) bị trùng.")
            }
            if let parent = task.parentNumber, !seenNumbers.contains(parent) || parent == task.number {
                issue(row, "parent_number", parent, .taskParentUnknown,
                      "Nhiệm vụ \(task.number) thuộc mục \(parent), nhưng mục này không đứng trước nó trong kế hoạch.")
            }
            do {
                try task.deadline.validate()
            } catch let error as AppError {
                issue(row, "deadline", task.deadline.code, error.code, error.vietnamese)
            }
            seenPaths.insert(task.path)
            if !task.number.hasSuffix(")") { seenNumbers.insert(task.number) }
        }
        guard !issues.isEmpty else { return }
        throw AppError(.invalid, code: .planInvalid,
                       message: "the plan has \(issues.count) error(s); nothing was stored",
                       vietnamese: "Kế hoạch có \(issues.count) lỗi; chưa có dữ liệu nào được lưu.", issues: issues)
    }

    /// "1", "5.10", "1.2.3", "a)", "đ)".
    private static let numberPattern = PlanPattern(#"^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ]\))$"#)
}
