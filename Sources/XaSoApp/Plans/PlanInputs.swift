import Foundation
import Vapor
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// `POST /units/{code}/plans`: a plan typed by hand. Deadlines are codes ("2025-12-31",
/// "yearly:12-31", "ongoing") or the plan's words ("Ngày 15/12 hằng năm", "Thường xuyên").
struct PlanInput: Content {
    struct TaskInput: Content {
        var number: String
        var title: String
        var parent_number: String?
        var lead: String?
        var partners: [String]?
        var deadline: String?
        var expected_output: String?
        var indicator_code: String?
        var assigned_on: String?
        var content: String?
        var solution: String?
        var details: [String]?
    }

    var number: String?
    var date: String?
    var title: String
    var legal_basis: [String]?
    var tasks: [TaskInput]

    /// The domain plan; unreadable dates and deadlines are reported together, by task row.
    func plan(unitCode: String) throws -> Plan {
        var issues: [ImportIssue] = []
        func day(_ text: String?, row: Int, field: String) -> LocalDay? {
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            guard let day = PlanQuery.validDay(text) else {
                issues.append(ImportIssue(row: row, field: field, value: text, code: .dateInvalid,
                                          message: "Ngày “\(text)” không hợp lệ (ví dụ: 2025-12-31 hoặc 31/12/2025)."))
                return nil
            }
            return day
        }
        let planDate = day(date, row: 0, field: "date")
        var planTasks: [PlanTask] = []
        for (index, input) in tasks.enumerated() {
            let row = index + 1
            var deadline = TaskDeadline.none
            if let text = input.deadline, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                do {
                    deadline = try PlanQuery.deadline(text)
                } catch let error as AppError {
                    issues.append(ImportIssue(row: row, field: "deadline", value: text, code: error.code,
                                              message: error.vietnamese))
                }
            }
            planTasks.append(PlanTask(
                number: input.number.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".")),
                title: input.title, parentNumber: input.parent_number.flatMap { $0.isEmpty ? nil : $0 },
                lead: input.lead.flatMap { $0.isEmpty ? nil : $0 }, partners: input.partners ?? [], deadline: deadline,
                expectedOutput: input.expected_output, indicatorCode: input.indicator_code.flatMap { $0.isEmpty ? nil : $0 },
                content: input.content, solution: input.solution, details: input.details ?? [],
                assignedOn: day(input.assigned_on, row: row, field: "assigned_on")))
        }
        guard issues.isEmpty else {
            throw AppError(.invalid, code: .planInvalid,
                           message: "the plan has \(issues.count) error(s); nothing was stored",
                           vietnamese: "Kế hoạch có \(issues.count) lỗi; chưa có dữ liệu nào được lưu.", issues: issues)
        }
        return Plan(number: number, date: planDate, title: title, legalBasis: legal_basis ?? [], unitCode: unitCode,
                    tasks: planTasks)
    }
}

/// `PATCH /units/{code}/tasks/{task}`: a key left out keeps its value; `null` clears it.
struct TaskPatch: Content {
    var title: String?
    var lead: String??
    var partners: [String]?
    var deadline: String??
    var expected_output: String??
    var indicator_code: String??
    var assigned_on: String?

    private enum CodingKeys: String, CodingKey {
        case title, lead, partners, deadline, expected_output, indicator_code, assigned_on
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func clearable(_ key: CodingKeys) throws -> String?? {
            guard c.contains(key) else { return nil }
            return .some(try c.decodeNil(forKey: key) ? nil : c.decode(String.self, forKey: key))
        }
        title = try c.decodeIfPresent(String.self, forKey: .title)
        lead = try clearable(.lead)
        partners = try c.decodeIfPresent([String].self, forKey: .partners)
        deadline = try clearable(.deadline)
        expected_output = try clearable(.expected_output)
        indicator_code = try clearable(.indicator_code)
        assigned_on = try c.decodeIfPresent(String.self, forKey: .assigned_on)
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(title, forKey: .title)
        if let lead { try c.encode(lead, forKey: .lead) }
        try c.encodeIfPresent(partners, forKey: .partners)
        if let deadline { try c.encode(deadline, forKey: .deadline) }
        if let expected_output { try c.encode(expected_output, forKey: .expected_output) }
        if let indicator_code { try c.encode(indicator_code, forKey: .indicator_code) }
        try c.encodeIfPresent(assigned_on, forKey: .assigned_on)
    }

    func changes() throws -> TaskChanges {
        var changes = TaskChanges(title: title, lead: lead.map { $0.flatMap { $0.isEmpty ? nil : $0 } }, partners: partners,
                                  expectedOutput: expected_output, indicatorCode: indicator_code)
        if let deadline {
            changes.deadline = try deadline.map { try PlanQuery.deadline($0) } ?? TaskDeadline.none
        }
        if let assigned_on {
            guard let day = PlanQuery.validDay(assigned_on) else { throw PlanQuery.invalidDay(assigned_on, field: "assigned_on") }
            changes.assignedOn = day
        }
        guard !changes.isEmpty else {
            throw AppError(.invalid, code: .taskNothingToChange,
                           message: "give at least one of title, lead, partners, deadline, expected_output, indicator_code, assigned_on",
                           vietnamese: "Chưa có thông tin nào cần thay đổi.")
        }
        return changes
    }
}

/// `POST /units/{code}/tasks/{task}/progress`. `percent` may be left out for not_started (0) and completed (100).
struct ProgressInput: Content {
    var state: String
    var percent: Int?
    var text: String?
    var date: String?
    var attachment_name: String?

    func reported() throws -> (state: ReportedProgress, percent: Int, date: LocalDay?) {
        guard let state = ReportedProgress(rawValue: state) else {
            throw AppError(.invalid, code: .progressStateInvalid,
                           message: "state '\(self.state)' is not one of not_started, in_progress, completed",
                           vietnamese: "Trạng thái “\(self.state)” không hợp lệ (chưa triển khai, đang thực hiện, hoàn thành).")
        }
        let percent: Int
        switch (state, self.percent) {
        case (_, let given?): percent = given
        case (.completed, nil): percent = 100
        case (.notStarted, nil): percent = 0
        case (.inProgress, nil):
            throw AppError(.invalid, code: .progressPercentMissing, message: "in_progress needs a percent (0–99)",
                           vietnamese: "Trạng thái “Đang thực hiện” cần tỷ lệ hoàn thành (0–99%).")
        }
        var day: LocalDay?
        if let date {
            guard let parsed = PlanQuery.validDay(date) else { throw PlanQuery.invalidDay(date, field: "date") }
            day = parsed
        }
        return (state, percent, day)
    }
}

struct CommentInput: Content {
    var text: String
}

/// Query values and path ids of the plan endpoints and commands.
enum PlanQuery {
    /// "2025-12-31" or "31/12/2025", checked against the calendar.
    static func validDay(_ text: String) -> LocalDay? {
        guard let day = LocalDay(parsing: text), LocalDay.isValid(year: day.year, month: day.month, day: day.day) else {
            return nil
        }
        return day
    }

    /// `TaskDeadline.read`, also refusing a day the calendar lacks ("2025-02-30", "31/04/2026"), which
    /// the plan-words reader would otherwise take for the end of that year.
    static func deadline(_ text: String) throws -> TaskDeadline {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.range(of: #"^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$"#, options: .regularExpression) != nil, validDay(trimmed) == nil {
            throw AppError.invalidDeadline("\(trimmed) is not a day of the calendar", "ngày “\(trimmed)” không có trong lịch")
        }
        let deadline = try TaskDeadline.read(text)
        if case .fixed(let day) = deadline, !LocalDay.isValid(year: day.year, month: day.month, day: day.day) {
            throw AppError.invalidDeadline("\(text) is not a day of the calendar", "ngày “\(text)” không có trong lịch")
        }
        return deadline
    }

    static func invalidDay(_ text: String, field: String) -> AppError {
        AppError(.invalid, code: .dateInvalid, message: "\(field) '\(text)' is not a valid day (2025-12-31)",
                 vietnamese: "Ngày “\(text)” không hợp lệ (ví dụ: 2025-12-31 hoặc 31/12/2025).")
    }

    /// The day statuses are judged on: `as_of` when given, else today in Vietnam.
    static func asOf(_ text: String?) throws -> LocalDay {
        guard let text, !text.isEmpty else { return LocalDay(date: Date()) }
        guard let day = validDay(text) else { throw invalidDay(text, field: "as_of") }
        return day
    }

    /// A status by code ("overdue") or as the pages write it ("Quá hạn", "qua han").
    static func status(_ text: String?) throws -> TaskStatus? {
        guard let text, !text.isEmpty else { return nil }
        if let status = TaskStatus(rawValue: text) { return status }
        let key = VietnameseText.folded(text)
        if let status = TaskStatus.allCases.first(where: { VietnameseText.folded($0.label) == key }) { return status }
        throw AppError(.invalid, code: .taskStatusInvalid,
                       message: "status '\(text)' is not one of \(TaskStatus.allCases.map(\.rawValue).joined(separator: ", "))",
                       vietnamese: "Trạng thái “\(text)” không hợp lệ (chưa triển khai, đang thực hiện, hoàn thành, "
                           + "hoàn thành quá hạn, quá hạn).")
    }

    static func id(_ text: String, _ missing: ErrorCode) throws -> UUID {
        guard let id = UUID(uuidString: text) else {
            throw AppError.notFound(missing, text, vietnamese: missing == .planNotFound
                ? "Không tìm thấy kế hoạch \(text)." : "Không tìm thấy nhiệm vụ \(text).")
        }
        return id
    }

    static func flag(_ text: String?) -> Bool {
        guard let text else { return false }
        return ["true", "1", "yes", "on"].contains(text.lowercased())
    }

    static func days(_ value: Int?) throws -> Int {
        let days = value ?? 7
        guard (0...366).contains(days) else {
            throw AppError(.invalid, code: .remindersDaysInvalid, message: "days must be between 0 and 366",
                           vietnamese: "Số ngày nhắc trước phải từ 0 đến 366.")
        }
        return days
    }
}

/// A plan document as uploaded or given on the command line: a .docx, or UTF-8 text.
enum PlanDocument {
    static func text(from data: Data) throws -> String {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try DocxTextExtractor.text(from: data) }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw AppError(.invalid, code: .planUnreadable,
                           message: "the document is neither a .docx nor UTF-8 text; nothing was stored",
                           vietnamese: "Tệp không phải văn bản Word (.docx) hoặc văn bản thuần UTF-8; chưa có dữ liệu nào được lưu.")
        }
        return text
    }

    /// The document read and matched against the commune's departments: the import preview.
    static func parse(_ data: Data, unitCode: String, store: any AppStorage) async throws -> ParsedPlan {
        let text = try text(from: data)
        return try PlanTextParser.parse(text, matcher: try await store.departmentMatcher(unitCode: unitCode))
    }
}
