import Foundation

/// A task as the import preview and `xaso plans import … --dry-run` print it:
/// `{"number", "title", "parent_number", "lead", "partners", "deadline"}`, every key always
/// present (null when unknown) so the shape never changes. `deadline` is `TaskDeadline.code`
/// ("2025-12-31", "yearly:12-31", "ongoing"…), null when the task has none.
public struct PlanTaskDTO: Sendable, Equatable, Codable {
    public var number: String
    public var title: String
    public var parentNumber: String?
    public var lead: String?
    public var partners: [String]
    public var deadline: String?

    public init(number: String, title: String, parentNumber: String? = nil, lead: String? = nil,
                partners: [String] = [], deadline: String? = nil) {
        self.number = number
        self.title = title
        self.parentNumber = parentNumber
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
    }

    public init(_ task: ParsedTask) {
        self.init(number: task.number, title: task.title, parentNumber: task.parentNumber, lead: task.lead,
                  partners: task.partners, deadline: Self.code(task.deadline ?? .none))
    }

    public init(_ task: PlanTask) {
        self.init(number: task.number, title: task.title, parentNumber: task.parentNumber, lead: task.lead,
                  partners: task.partners, deadline: Self.code(task.deadline))
    }

    private static func code(_ deadline: TaskDeadline) -> String? {
        deadline == .none ? nil : deadline.code
    }

    private enum CodingKeys: String, CodingKey {
        case number, title, lead, partners, deadline
        case parentNumber = "parent_number"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(number: try c.decode(String.self, forKey: .number),
                  title: try c.decode(String.self, forKey: .title),
                  parentNumber: try c.decodeIfPresent(String.self, forKey: .parentNumber),
                  lead: try c.decodeIfPresent(String.self, forKey: .lead),
                  partners: try c.decodeIfPresent([String].self, forKey: .partners) ?? [],
                  deadline: try c.decodeIfPresent(String.self, forKey: .deadline))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(parentNumber, forKey: .parentNumber)
        try c.encode(lead, forKey: .lead)
        try c.encode(partners, forKey: .partners)
        try c.encode(deadline, forKey: .deadline)
    }

    /// The JSON array the CLI prints: keys sorted so the output is the same on every run,
    /// slashes and Vietnamese letters as written.
    public static func json(_ rows: [PlanTaskDTO]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }
}
