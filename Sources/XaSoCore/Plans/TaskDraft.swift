import Foundation

/// A task being read line by line: its heading, dash items and labelled fields, each still
/// in wrapped pieces. The readers decide where lines go; this turns the pieces into a task.
struct TaskDraft: Sendable {
    enum Target: Sendable, Equatable {
        case title
        case detail
        case field
        /// The labelled sentence is complete; further lines belong to no field.
        case closed
    }

    let number: String
    var parentNumber: String?
    let line: Int
    var titleParts: [String]
    var details: [[String]] = []
    var fields: [(label: PlanTextLines.Label, parts: [String])] = []
    var target: Target = .title

    init(number: String, parentNumber: String?, line: Int, title: String) {
        self.number = number
        self.parentNumber = parentNumber
        self.line = line
        self.titleParts = title.isEmpty ? [] : [title]
    }

    /// The last piece of text received, to judge whether a sentence is still open.
    var lastText: String {
        switch target {
        case .title: return titleParts.last ?? ""
        case .detail: return details.last?.last ?? ""
        case .field, .closed: return fields.last?.parts.last ?? ""
        }
    }

    mutating func append(_ text: String) {
        switch target {
        case .title: titleParts.append(text)
        case .detail: details[details.count - 1].append(text)
        case .field:
            fields[fields.count - 1].parts.append(text)
            closeAssignmentIfComplete()
        case .closed: break
        }
    }

    mutating func startDetail(_ text: String) {
        details.append([text])
        target = .detail
    }

    mutating func startField(_ label: PlanTextLines.Label, _ text: String) {
        fields.append((label, text.isEmpty ? [] : [text]))
        target = .field
        closeAssignmentIfComplete()
    }

    /// An assignment is one sentence: once it ends with a full stop, what follows is other text
    /// (the closing paragraph of a report, say) and must not become a department's name.
    private mutating func closeAssignmentIfComplete() {
        guard let field = fields.last, [.assignment, .lead, .partners].contains(field.label),
              let last = field.parts.last, last.hasSuffix(".") else { return }
        target = .closed
    }

    func field(_ label: PlanTextLines.Label) -> String? {
        let texts = fields.filter { $0.label == label }.map { PlanTextLines.join($0.parts) }.filter { !$0.isEmpty }
        return texts.isEmpty ? nil : texts.joined(separator: " ")
    }

    /// The task, and the bodies its assignment names that match no known department.
    func build(matcher: DepartmentMatcher) -> (task: ParsedTask, newDepartments: [String]) {
        var title = PlanTextLines.join(titleParts)
        while let last = title.last, last == ":" || last.isWhitespace { title.removeLast() }

        var lead: String?
        var partners: [String] = []
        var unknown: [String] = []
        func add(_ names: [String]) {
            for name in names where name != lead && !partners.contains(name) { partners.append(name) }
        }
        if let sentence = field(.assignment) {
            let parsed = AssignmentParser.parse(sentence, matcher: matcher)
            lead = parsed.lead
            add(parsed.partners)
            unknown += parsed.newDepartments
        }
        if let text = field(.lead) {
            let parsed = AssignmentParser.parse(text, matcher: matcher)
            if let named = parsed.lead {
                if let previous = lead, previous != named { add([previous]) }
                lead = named
                partners.removeAll { $0 == named }
            }
            add(parsed.partners)
            unknown += parsed.newDepartments
        }
        if let text = field(.partners) {
            // Every body listed under "Phối hợp:" is a partner, the first one included.
            let parsed = AssignmentParser.parse(text, matcher: matcher)
            add((parsed.lead.map { [$0] } ?? []) + parsed.partners)
            unknown += parsed.newDepartments
        }

        var task = ParsedTask(number: number, title: title, parentNumber: parentNumber, lead: lead,
                              partners: partners, deadline: field(.deadline).flatMap(TaskDeadline.parse))
        task.details = details.map(PlanTextLines.join).filter { !$0.isEmpty }
        task.content = field(.task)
        task.solution = field(.solution)
        task.assignmentText = field(.assignment)
        task.expectedOutput = field(.output)
        task.line = line
        return (task, unknown)
    }
}
