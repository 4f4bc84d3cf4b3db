import Foundation

/// Cuts the narrative of an old report at its headings and maps each heading to a section of
/// one of XaSo's report kinds, in order: the outline of a real report follows the kind's, with
/// sections missing, added ("3. Nhiệm vụ theo trụ cột") or numbered differently.
public struct NarrativeSectionReader: Sendable {
    /// Below this likeness a heading maps to no section of the kind.
    static let threshold = 0.6

    public struct Mapping: Sendable {
        public var sections: [RecoveredSection]
        /// Headings that found their section.
        public var matched: Int
    }

    public static func read(_ paragraphs: [IngestParagraph], kind: ReportKindDefinition) -> Mapping {
        let templates = kind.sections.enumerated().compactMap { i, s -> (index: Int, id: String, level: Int, tokens: [String], hasVariables: Bool, title: String)? in
            guard let title = s.title else { return nil }
            let bare = title.replacingOccurrences(of: #"\{[^}]*\}"#, with: " ", options: .regularExpression)
            return (i, s.id, s.level, IngestFold.tokens(bare), bare != title, title)
        }
        var sections: [RecoveredSection] = []
        var cursor = 0
        var matched = 0
        var used = Set<String>()
        for p in paragraphs {
            let key = IngestFold.key(String(p.text.prefix(24)))
            if key.hasPrefix("tren day la") || key.hasPrefix("noi nhan") { break }
            if p.isHeading, let h = HeadingLine.parse(p.text) {
                let tokens = IngestFold.tokens(h.title)
                var best: (pos: Int, id: String, score: Double, title: String?)?
                for (pos, t) in templates.enumerated() where !used.contains(t.id) {
                    var score = t.hasVariables ? IngestFold.coverage(t.tokens, in: tokens) * 0.95 : IngestFold.similarity(t.tokens, tokens)
                    if t.level != h.level { score -= 0.15 }
                    // Later in the outline is likelier than going back.
                    if pos < cursor { score -= 0.1 }
                    if score >= threshold, best == nil || score > best!.score { best = (pos, t.id, score, t.hasVariables ? nil : t.title) }
                }
                if let best {
                    cursor = best.pos + 1
                    matched += 1
                    used.insert(best.id)
                }
                // A heading read without diacritics gets the kind's own title back when the match is certain.
                var heading = VietnameseText.normalized(h.marker + " " + h.title)
                if let best, best.score >= 0.85, let title = best.title, !IngestText.hasDiacritics(h.title) {
                    heading = VietnameseText.normalized(h.marker + " " + title)
                }
                sections.append(RecoveredSection(section: best?.id, heading: heading, text: h.rest, line: p.firstLine,
                                                 hasDiacritics: true))
                continue
            }
            guard !sections.isEmpty else { continue }
            let last = sections.count - 1
            sections[last].text += (sections[last].text.isEmpty ? "" : "\n") + p.text
        }
        for i in sections.indices {
            sections[i].text = sections[i].text.trimmingCharacters(in: .whitespacesAndNewlines)
            sections[i].hasDiacritics = sections[i].text.isEmpty || IngestText.hasDiacritics(sections[i].text)
        }
        return Mapping(sections: sections, matched: matched)
    }

    /// The narrative as a saved report's edits: each section's text on the first paragraph the
    /// kind lets people write under it (the kind's other narrative paragraphs there are emptied,
    /// as the old report replaces them). Sections the kind does not have go under the section
    /// before, their heading in bold. `unplaced` names sections whose kind has no paragraph to
    /// write in (a table or figures only).
    public static func overrides(_ sections: [RecoveredSection], kind: ReportKindDefinition)
        -> (overrides: [String: String], unplaced: [String]) {
        var texts: [(id: String, text: String)] = []
        for s in sections {
            if let id = s.section {
                texts.append((id, s.text))
            } else if !texts.isEmpty {
                let add = "**\(s.heading)**" + (s.text.isEmpty ? "" : "\n" + s.text)
                texts[texts.count - 1].text += (texts[texts.count - 1].text.isEmpty ? "" : "\n") + add
            }
        }
        var out: [String: String] = [:]
        var unplaced: [String] = []
        for (id, text) in texts where !text.isEmpty {
            guard let template = kind.sections.first(where: { $0.id == id }) else { continue }
            let writable = template.content.enumerated().compactMap { i, item -> String? in
                item.text != nil || item.dash != nil || item.figures != nil ? (item.id ?? "\(template.id).\(i + 1)") : nil
            }
            guard let first = writable.first else {
                unplaced.append(id)
                continue
            }
            out[first] = text
            for other in writable.dropFirst() { out[other] = "" }
        }
        return (out, unplaced)
    }
}
