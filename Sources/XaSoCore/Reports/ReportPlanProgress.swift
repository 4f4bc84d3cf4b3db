import Foundation

/// A plan's tasks as a progress report lists them. The statuses are worked out elsewhere (the
/// plan-tracking rules); the report only counts and lists them.
public struct ReportPlanProgress: Codable, Sendable, Equatable {
    /// "Kế hoạch số 48/KH-UBND ngày 29/01/2026 về Chuyển đổi số xã Nghi Dương năm 2026".
    public var planTitle: String
    /// The day the statuses describe.
    public var asOf: LocalDay
    public var tasks: [ReportTaskRow]

    public init(planTitle: String, asOf: LocalDay, tasks: [ReportTaskRow]) {
        self.planTitle = VietnameseText.normalized(planTitle)
        self.asOf = asOf
        self.tasks = tasks
    }
}

public struct ReportTaskRow: Codable, Sendable, Equatable {
    /// As the plan numbers it: "5.10", "8".
    public var number: String
    public var title: String
    /// Lead department ("cơ quan chủ trì"); nil when none was assigned.
    public var lead: String?
    public var status: ReportTaskStatus
    /// The deadline as the plan writes it ("Quý II/2026", "Thường xuyên").
    public var deadline: String?
    /// The due date the status was judged against, when there is one.
    public var dueDate: LocalDay?
    public var note: String?
    /// The enclosing task's number; nil for a pillar or top-level task.
    public var parentNumber: String?
    public var partners: [String]?
    /// "Nhiệm vụ: …" and "Giải pháp: …" as the plan writes them.
    public var content: String?
    public var solution: String?

    public init(number: String, title: String, lead: String?, status: ReportTaskStatus, deadline: String? = nil,
                dueDate: LocalDay? = nil, note: String? = nil, parentNumber: String? = nil, partners: [String]? = nil,
                content: String? = nil, solution: String? = nil) {
        self.number = number
        self.title = VietnameseText.normalized(title)
        self.lead = lead
        self.status = status
        self.deadline = deadline
        self.dueDate = dueDate
        self.note = note
        self.parentNumber = parentNumber
        self.partners = partners
        self.content = content
        self.solution = solution
    }

    /// "Quý II/2026", else the due date ("30/6/2026"), else "Không xác định".
    public var deadlineText: String {
        if let deadline, !deadline.isEmpty { return deadline }
        if let dueDate { return ReportWording.shortDate(dueDate) }
        return "Không xác định"
    }
}

/// The plan-tracking rules' status: one set of states for tracking and reporting.
public typealias ReportTaskStatus = TaskStatus
