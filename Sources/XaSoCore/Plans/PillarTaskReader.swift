import Foundation

/// Reads a report's tasks by pillar: a numbered heading ("3.1. Nâng cao nhận thức …") followed by
/// "Nhiệm vụ:", "Giải pháp:" and "Phân công nhiệm vụ:" paragraphs. Only headings followed by
/// "Nhiệm vụ:" are pillars; the heading that groups them ("3. Nhiệm vụ theo trụ cột") is kept
/// as their parent.
enum PillarTaskReader {
    static func read(_ lines: [PlanLine]) -> [TaskDraft] {
        var result: [TaskDraft] = []
        var emitted: Set<String> = []
        /// The latest heading seen for each number, to find a pillar's group.
        var headings: [String: TaskDraft] = [:]
        var current: TaskDraft?
        var currentIsPillar = false
        var lastNumber: String?

        func finish() {
            guard let draft = current else { return }
            if currentIsPillar {
                if let parent = draft.parentNumber, !emitted.contains(parent), let group = headings[parent] {
                    result.append(group)
                    emitted.insert(parent)
                }
                result.append(draft)
                emitted.insert(draft.number)
            } else {
                headings[draft.number] = draft
            }
            current = nil
            currentIsPillar = false
        }

        for line in lines {
            if PlanTextLines.isDocumentTail(line) { break }
            if PlanTextLines.isSectionHeading(line) {
                finish()
                continue
            }
            if let (itemNumber, rest) = PlanTextLines.item(line) {
                finish()
                let number: String
                let parent: String?
                switch itemNumber {
                case .numeric(let parts):
                    number = parts.map(String.init).joined(separator: ".")
                    parent = parts.count > 1 ? parts.dropLast().map(String.init).joined(separator: ".") : nil
                    lastNumber = number
                case .letter(let letter):
                    number = letter + ")"
                    parent = lastNumber
                }
                current = TaskDraft(number: number, parentNumber: parent, line: line.number, title: rest)
                continue
            }
            guard current != nil else { continue }
            if let (label, rest) = PlanTextLines.label(line) {
                if label == .task && current!.fields.isEmpty { currentIsPillar = true }
                if currentIsPillar {
                    current!.startField(label, rest)
                    continue
                }
            }
            if !currentIsPillar {
                // A heading wraps onto lines that continue its phrase; a line opening with a capital
                // is the paragraph under it, which is not part of any pillar.
                if current!.target == .title, line.text.first?.isUppercase == true { current!.target = .closed }
                if current!.target != .title { continue }
            }
            current!.append(line.text)
        }
        finish()

        // A pillar whose group heading was not found stands at the top level.
        return result.map { draft in
            var draft = draft
            if let parent = draft.parentNumber, !emitted.contains(parent) { draft.parentNumber = nil }
            return draft
        }
    }
}
