import Foundation

/// One task of a plan, numbered as the document numbers it.
public struct PlanTask: Sendable, Equatable {
    /// As written, without the trailing dot: "5.10", "8", "a)".
    public var number: String
    public var title: String
    /// Number of the enclosing task ("5" for "5.10", "2.1" for an "a)" under 2.1); nil at top level.
    public var parentNumber: String?
    /// Lead body ("cơ quan chủ trì"), a canonical department name when one matched.
    public var lead: String?
    /// Partner bodies ("phối hợp").
    public var partners: [String]
    public var deadline: TaskDeadline
    /// Expected output ("sản phẩm đầu ra"), e.g. "Bộ số liệu báo cáo".
    public var expectedOutput: String?
    /// Code of the plan indicator this task serves, when linked.
    public var indicatorCode: String?
    /// What the task asks, when the document writes it apart from the heading ("Nhiệm vụ: …" of a pillar).
    public var content: String?
    /// "Giải pháp:" text of a report pillar.
    public var solution: String?
    /// Unnumbered dash items under the task ("- Xây dựng và triển khai …" under 5.18), in order.
    public var details: [String]
    /// First day the task is counted from; recurring deadlines start their cycles here.
    public var assignedOn: LocalDay?

    public init(number: String, title: String, parentNumber: String? = nil, lead: String? = nil,
                partners: [String] = [], deadline: TaskDeadline = .none, expectedOutput: String? = nil,
                indicatorCode: String? = nil, content: String? = nil, solution: String? = nil,
                details: [String] = [], assignedOn: LocalDay? = nil) {
        self.number = number
        self.title = title
        self.parentNumber = parentNumber
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
        self.expectedOutput = expectedOutput
        self.indicatorCode = indicatorCode
        self.content = content
        self.solution = solution
        self.details = details
        self.assignedOn = assignedOn
    }

    /// Unique within a plan: numeric numbers are unique on their own, while letter items
    /// repeat under each parent ("2.1 a)" and "3.1 a)").
    public var path: String {
        guard number.hasSuffix(")"), let parent = parentNumber else { return number }
        return "\(parent) \(number)"
    }

    /// Tasks no other task names as parent, in the given order.
    public static func workTasks(in tasks: [PlanTask]) -> [PlanTask] {
        let parents = Set(tasks.compactMap(\.parentNumber))
        return tasks.filter { task in
            // Letter items are never parents, so only numeric numbers can be named as one.
            task.number.hasSuffix(")") || !parents.contains(task.number)
        }
    }
}

extension PlanTask: Codable {
    private enum CodingKeys: String, CodingKey {
        case number, title, lead, partners, deadline, content, solution, details
        case parentNumber = "parent_number"
        case expectedOutput = "expected_output"
        case indicatorCode = "indicator_code"
        case assignedOn = "assigned_on"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(number: try c.decode(String.self, forKey: .number),
                  title: try c.decode(String.self, forKey: .title),
                  parentNumber: try c.decodeIfPresent(String.self, forKey: .parentNumber),
                  lead: try c.decodeIfPresent(String.self, forKey: .lead),
                  partners: try c.decodeIfPresent([String].self, forKey: .partners) ?? [],
                  deadline: try c.decodeIfPresent(TaskDeadline.self, forKey: .deadline) ?? .none,
                  expectedOutput: try c.decodeIfPresent(String.self, forKey: .expectedOutput),
                  indicatorCode: try c.decodeIfPresent(String.self, forKey: .indicatorCode),
                  content: try c.decodeIfPresent(String.self, forKey: .content),
                  solution: try c.decodeIfPresent(String.self, forKey: .solution),
                  details: try c.decodeIfPresent([String].self, forKey: .details) ?? [],
                  assignedOn: try c.decodeDay(forKey: .assignedOn))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(parentNumber, forKey: .parentNumber)
        try c.encode(lead, forKey: .lead)
        try c.encode(partners, forKey: .partners)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(expectedOutput, forKey: .expectedOutput)
        try c.encode(indicatorCode, forKey: .indicatorCode)
        try c.encode(content, forKey: .content)
        try c.encode(solution, forKey: .solution)
        try c.encode(details, forKey: .details)
        try c.encodeDay(assignedOn, forKey: .assignedOn)
    }
}
