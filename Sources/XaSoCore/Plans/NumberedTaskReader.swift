import Foundation

/// Reads a plan's numbered tasks ("1.", "1.1.", "5.10.", "a)") with their hierarchy, from the
/// "NHIỆM VỤ, GIẢI PHÁP" section when there is one, else from the whole body.
enum NumberedTaskReader {
    struct Result {
        var sectionTitle: String?
        var drafts: [TaskDraft]
        var warnings: [String]
    }

    static func read(_ lines: [PlanLine]) -> Result {
        let (body, sectionTitle) = section(of: lines)
        var drafts: [TaskDraft] = []
        var warnings: [String] = []
        var lastNumeric: [Int]?
        var numbers: Set<String> = []

        for line in body {
            if PlanTextLines.isSectionHeading(line) {
                // A sub-section heading inside a tasks part belongs to no task.
                if !drafts.isEmpty { drafts[drafts.count - 1].target = .closed }
                continue
            }
            if let (itemNumber, rest) = PlanTextLines.item(line) {
                switch itemNumber {
                case .numeric(let parts):
                    let number = parts.map(String.init).joined(separator: ".")
                    let sequential = lastNumeric.map { isNext(parts, after: $0) } ?? true
                    let duplicate = numbers.contains(number)
                    if !sequential || duplicate {
                        let previous = lastNumeric.map { $0.map(String.init).joined(separator: ".") } ?? ""
                        // A single number out of sequence inside an unfinished sentence is a wrapped
                        // line that happens to start with one ("12. Nhóm …" after "ngày"), not a task.
                        let insideSentence = drafts.last.map { draft in
                            (draft.target == .title || draft.target == .detail)
                                && !PlanTextLines.endsSentence(draft.lastText)
                        } ?? false
                        if duplicate || (parts.count == 1 && insideSentence) {
                            warnings.append("Dòng \(line.number): “\(number)” không liền sau mục \(previous), "
                                + "được coi là phần tiếp theo của mục \(previous).")
                            drafts[drafts.count - 1].append(line.text)
                            continue
                        }
                        warnings.append("Dòng \(line.number): mục \(number) không liền sau mục \(previous).")
                    }
                    let parent = (1..<max(parts.count, 1)).reversed()
                        .map { parts.prefix($0).map(String.init).joined(separator: ".") }
                        .first { numbers.contains($0) }
                    drafts.append(TaskDraft(number: number, parentNumber: parent, line: line.number, title: rest))
                    numbers.insert(number)
                    lastNumeric = parts
                case .letter(let letter):
                    let parent = lastNumeric.map { $0.map(String.init).joined(separator: ".") }
                    drafts.append(TaskDraft(number: letter + ")", parentNumber: parent, line: line.number, title: rest))
                }
                continue
            }
            guard !drafts.isEmpty else { continue }  // preamble of the section
            if PlanTextLines.isDashItem(line) {
                drafts[drafts.count - 1].startDetail(PlanTextLines.dashItemText(line))
            } else if let (label, rest) = PlanTextLines.label(line), label != .task, label != .solution {
                drafts[drafts.count - 1].startField(label, rest)
            } else {
                drafts[drafts.count - 1].append(line.text)
            }
        }
        return Result(sectionTitle: sectionTitle, drafts: drafts, warnings: warnings)
    }

    /// Whether `parts` may follow `previous`: its first child (5 → 5.1), its next sibling
    /// (5.9 → 5.10) or the next sibling of an ancestor (1.9 → 2).
    static func isNext(_ parts: [Int], after previous: [Int]) -> Bool {
        if parts == previous + [1] { return true }
        for level in 1...previous.count where parts.count == level {
            if Array(parts.dropLast()) == Array(previous.prefix(level - 1)), parts[level - 1] == previous[level - 1] + 1 {
                return true
            }
        }
        return false
    }

    /// Lines of the tasks section and its title; the whole body (up to the signature) when the
    /// document has no such section. Roman sub-sections inside a tasks part stay in it, and
    /// their headings are skipped like any other unnumbered line.
    static func section(of lines: [PlanLine]) -> ([PlanLine], String?) {
        let end = lines.firstIndex(where: PlanTextLines.isDocumentTail) ?? lines.count
        let body = Array(lines[..<end])
        guard let start = body.firstIndex(where: { line in
            guard let heading = PlanTextLines.sectionHeading(line) else { return false }
            return isTasksSectionTitle(VietnameseText.folded(heading.title))
        }), let heading = PlanTextLines.sectionHeading(body[start]) else {
            return (body, nil)
        }
        // A part ("PHẦN II") runs to the next part; a roman section to the next section or part.
        let after = body[(start + 1)...]
        let stop = after.firstIndex { PlanTextLines.sectionHeading($0).map { $0.level <= heading.level } ?? false }
            ?? body.count
        return (Array(body[(start + 1)..<stop]), heading.title)
    }

    /// "NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ VÀ GIẢI PHÁP", "NHIỆM VỤ TRỌNG TÂM", "CÁC NHIỆM VỤ, GIẢI PHÁP
    /// CHỦ YẾU", "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP …" — but not "PHÂN CÔNG NHIỆM VỤ" nor
    /// "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ".
    static func isTasksSectionTitle(_ folded: String) -> Bool {
        if folded.hasPrefix("phuong huong nhiem vu") { return true }
        let words = folded.split(separator: " ")
        let start = words.first == "cac" ? 1 : 0
        return words.count >= start + 2 && words[start] == "nhiem" && words[start + 1] == "vu"
    }
}
