import Foundation
import Vapor
import XaSoCore

/// A task as the import preview (`POST …/plans/import?dry_run=true`) and `xaso plans import … --dry-run`
/// print it: `{"number", "title", "parent_number", "lead", "partners", "deadline"}`, every key always
/// present (null when unknown) so the shape never changes. `deadline` is `TaskDeadline.code`
/// ("2025-12-31", "yearly:12-31", "ongoing"…), null when the task has none.
///
/// The wire form of the core's one task type, `PlanTask`: a parsed task is previewed as the task it
/// would be stored as (`ParsedTask.planTask()`), so the preview cannot differ from what is stored.
struct TaskPreviewDTO: Content, Equatable {
    var number: String
    var title: String
    var parentNumber: String?
    var lead: String?
    var partners: [String]
    var deadline: String?

    init(number: String, title: String, parentNumber: String? = nil, lead: String? = nil,
         partners: [String] = [], deadline: String? = nil) {
        self.number = number
        self.title = title
        self.parentNumber = parentNumber
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
    }

    init(_ task: PlanTask) {
        self.init(number: task.number, title: task.title, parentNumber: task.parentNumber, lead: task.lead,
                  partners: task.partners, deadline: task.deadline == .none ? nil : task.deadline.code)
    }

    /// The preview rows of a parsed document, in document order.
    static func rows(_ plan: ParsedPlan) -> [TaskPreviewDTO] {
        plan.tasks.map { TaskPreviewDTO($0.planTask()) }
    }

    private enum CodingKeys: String, CodingKey {
        case number, title, lead, partners, deadline
        case parentNumber = "parent_number"
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(number: try c.decode(String.self, forKey: .number),
                  title: try c.decode(String.self, forKey: .title),
                  parentNumber: try c.decodeIfPresent(String.self, forKey: .parentNumber),
                  lead: try c.decodeIfPresent(String.self, forKey: .lead),
                  partners: try c.decodeIfPresent([String].self, forKey: .partners) ?? [],
                  deadline: try c.decodeIfPresent(String.self, forKey: .deadline))
    }

    /// Written by hand because the synthesized form leaves out nil keys.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(parentNumber, forKey: .parentNumber)
        try c.encode(lead, forKey: .lead)
        try c.encode(partners, forKey: .partners)
        try c.encode(deadline, forKey: .deadline)
    }
}
