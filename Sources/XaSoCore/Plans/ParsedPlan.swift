import Foundation

/// A task as read from a document, before a person checks it in the preview and it is stored.
public struct ParsedTask: Sendable, Equatable {
    /// As written without the trailing dot: "5.10", "8", "a)".
    public var number: String
    /// The heading: the item's text, joined across its wrapped lines.
    public var title: String
    public var parentNumber: String?
    /// Canonical department name when matched, else the name as written.
    public var lead: String?
    public var partners: [String]
    public var deadline: TaskDeadline?
    /// Dash items under the task, each joined across its wrapped lines.
    public var details: [String] = []
    /// "Nhiệm vụ:" text of a pillar.
    public var content: String?
    /// "Giải pháp:" text of a pillar.
    public var solution: String?
    /// The assignment sentence as written ("Phân công nhiệm vụ: …"), role notes included.
    public var assignmentText: String?
    /// "Sản phẩm:" text when the document gives one.
    public var expectedOutput: String?
    /// 1-based line of the document where the task starts.
    public var line: Int = 0

    public init(number: String, title: String, parentNumber: String? = nil, lead: String? = nil,
                partners: [String] = [], deadline: TaskDeadline? = nil) {
        self.number = number
        self.title = title
        self.parentNumber = parentNumber
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
    }

    /// Unique within the document, like `PlanTask.path`.
    public var path: String {
        guard number.hasSuffix(")"), let parent = parentNumber else { return number }
        return "\(parent) \(number)"
    }

    /// The stored form; a task with no deadline found gets `.none`.
    public func planTask(assignedOn: LocalDay? = nil) -> PlanTask {
        PlanTask(number: number, title: title, parentNumber: parentNumber, lead: lead, partners: partners,
                 deadline: deadline ?? .none, expectedOutput: expectedOutput, content: content,
                 solution: solution, details: details, assignedOn: assignedOn)
    }
}

/// What `PlanTextParser` read from a document.
public struct ParsedPlan: Sendable, Equatable {
    public enum Format: String, Sendable, Codable {
        /// A plan: numbered tasks under "III. NHIỆM VỤ, GIẢI PHÁP" (or the whole text).
        case numbered
        /// A report's pillars: numbered headings each followed by "Nhiệm vụ:", "Giải pháp:", "Phân công nhiệm vụ:".
        case pillars
    }

    public var format: Format
    /// "28/KH-UBND" when the document carries a number.
    public var number: String?
    public var date: LocalDay?
    /// Summary line under "KẾ HOẠCH".
    public var title: String?
    public var legalBasis: [String]
    /// Heading of the section the tasks were read from, e.g. "NHIỆM VỤ, GIẢI PHÁP"; nil for the whole text.
    public var sectionTitle: String?
    /// In document order; every `parentNumber` names an earlier task.
    public var tasks: [ParsedTask]
    /// Bodies named in assignments that match no known department, once each, to offer to the user.
    public var newDepartments: [String]
    /// Numbering irregularities found on the way (Vietnamese, with line numbers).
    public var warnings: [String]

    public init(format: Format, number: String? = nil, date: LocalDay? = nil, title: String? = nil,
                legalBasis: [String] = [], sectionTitle: String? = nil, tasks: [ParsedTask] = [],
                newDepartments: [String] = [], warnings: [String] = []) {
        self.format = format
        self.number = number
        self.date = date
        self.title = title
        self.legalBasis = legalBasis
        self.sectionTitle = sectionTitle
        self.tasks = tasks
        self.newDepartments = newDepartments
        self.warnings = warnings
    }

    /// The plan to store. `title` falls back to `fallbackTitle` when the document has no title line.
    public func plan(unitCode: String, fallbackTitle: String = "Kế hoạch") -> Plan {
        Plan(number: number, date: date, title: title ?? fallbackTitle, legalBasis: legalBasis,
             unitCode: unitCode, tasks: tasks.map { $0.planTask(assignedOn: date) })
    }
}
