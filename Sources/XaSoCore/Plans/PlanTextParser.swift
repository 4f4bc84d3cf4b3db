import Foundation

/// Finds a plan's tasks in its text: the numbered tasks of a plan with their hierarchy, or the
/// tasks by pillar of a report (heading, "Nhiệm vụ:", "Giải pháp:", "Phân công nhiệm vụ:").
/// Nothing is stored here: the result is the preview a person corrects before saving.
public enum PlanTextParser {
    /// - Parameters:
    ///   - text: the document as plain text, one paragraph or wrapped line per line.
    ///   - matcher: the unit's departments; names it does not know are returned in `newDepartments`.
    /// - Throws: `AppError.planEmptyDocument` (`plan.empty`) when there is no text,
    ///   `AppError.planNoTasks` (`plan.no_tasks`) when no task is found.
    /// Longest plan text read, in UTF-8 bytes: about 1,500 pages, far past any plan, and a bound
    /// on the time one upload can take (see docs/limits.md).
    public static let maxTextBytes = 4 << 20

    public static func parse(_ text: String, matcher: DepartmentMatcher = .standard) throws -> ParsedPlan {
        guard text.utf8.count <= maxTextBytes else { throw AppError.planTooLong(limitBytes: maxTextBytes) }
        let lines = PlanTextLines.lines(text)
        guard !lines.isEmpty else { throw AppError.planEmptyDocument }
        let header = PlanHeaderReader.read(lines)

        var format = ParsedPlan.Format.pillars
        var sectionTitle: String?
        var warnings: [String] = []
        var drafts = PillarTaskReader.read(lines)
        if drafts.isEmpty {
            let numbered = NumberedTaskReader.read(lines)
            format = .numbered
            sectionTitle = numbered.sectionTitle
            warnings = numbered.warnings
            drafts = numbered.drafts
        }
        guard !drafts.isEmpty else { throw AppError.planNoTasks(section: sectionTitle) }

        var tasks: [ParsedTask] = []
        var newDepartments: [String] = []
        for draft in drafts {
            let (task, unknown) = draft.build(matcher: matcher)
            tasks.append(task)
            for name in unknown where !newDepartments.contains(where: { DepartmentMatcher.key($0) == DepartmentMatcher.key(name) }) {
                newDepartments.append(name)
            }
        }
        return ParsedPlan(format: format, number: header.number, date: header.date, title: header.title,
                          legalBasis: header.legalBasis, sectionTitle: sectionTitle, tasks: tasks,
                          newDepartments: newDepartments, warnings: warnings)
    }

    /// Paragraphs as a DOCX gives them (`DocxTextExtractor`).
    public static func parse(paragraphs: [String], matcher: DepartmentMatcher = .standard) throws -> ParsedPlan {
        try parse(paragraphs.joined(separator: "\n"), matcher: matcher)
    }
}
