import Foundation

/// A person's edits to a report, kept apart from the generated text as `[id: markup]` so the
/// figures can be regenerated and the edits laid back on top.
extension OfficialReport {
    /// Replaces generated or narrative text with a person's edits.
    ///
    /// - A section id replaces the heading (an empty text removes it).
    /// - A paragraph or dash-line id replaces its text, read as markup (`**…**` keeps bold).
    ///   Each line of the edit becomes its own paragraph, so a text box with several lines gives
    ///   several indented paragraphs rather than one paragraph with line breaks; a line starting
    ///   with "- " or "+ " becomes a dash line. An empty edit removes the paragraph.
    ///
    /// Ids that no longer exist are ignored here; `unmatchedOverrideIDs` lists them so the
    /// caller can warn that an edit no longer has a place.
    public func applyingOverrides(_ overrides: [String: String]) -> OfficialReport {
        guard !overrides.isEmpty else { return self }
        var copy = self
        for s in copy.sections.indices {
            if let heading = overrides[copy.sections[s].id] {
                let normalized = VietnameseText.normalized(heading)
                copy.sections[s].heading = normalized.isEmpty ? nil : normalized
            }
            var blocks: [ReportBlock] = []
            for block in copy.sections[s].blocks {
                guard let paragraph = block.paragraph, let edit = overrides[paragraph.id] else {
                    blocks.append(block)
                    continue
                }
                var originalMarker: String?
                if case .bullet(_, let marker) = block { originalMarker = marker }
                blocks += Self.blocks(fromEdit: edit, replacing: paragraph, originalMarker: originalMarker)
            }
            copy.sections[s].blocks = blocks
        }
        return copy
    }

    private static func blocks(fromEdit edit: String, replacing paragraph: ReportParagraph,
                               originalMarker: String?) -> [ReportBlock] {
        let lines = edit.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
            .map { $0.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return lines.enumerated().map { index, line in
            let id = index == 0 ? paragraph.id : "\(paragraph.id)~\(index + 1)"
            var marker = originalMarker
            var text = line
            for candidate in ["-", "+"] where line.hasPrefix(candidate + " ") {
                marker = candidate
                text = String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            }
            let p = ReportParagraph(id: id, text: RichText.parse(markup: text), origin: paragraph.origin)
            if let marker { return .bullet(p, marker: marker) }
            return .paragraph(p)
        }
    }

    /// Ids that an override can target: every section and every paragraph or dash line.
    public var overridableIDs: Set<String> {
        var ids = Set<String>()
        for section in sections {
            ids.insert(section.id)
            for block in section.blocks {
                if let p = block.paragraph { ids.insert(p.id) }
            }
        }
        return ids
    }

    /// Override keys that match nothing in this report, sorted.
    public func unmatchedOverrideIDs(_ overrides: [String: String]) -> [String] {
        let known = overridableIDs
        return overrides.keys.filter { !known.contains($0) }.sorted()
    }

    /// Ids of what people write: narrative paragraphs and the headings of narrative sections.
    public var narrativeIDs: Set<String> {
        var ids = Set<String>()
        for section in sections {
            if section.origin == .narrative { ids.insert(section.id) }
            for block in section.blocks {
                if let p = block.paragraph, p.origin == .narrative { ids.insert(p.id) }
            }
        }
        return ids
    }

    /// The edits worth carrying into the next period's report: those of narrative text. Edits of
    /// generated paragraphs are dropped, because they would freeze last period's figures.
    public func narrativeOverrides(from previous: [String: String]) -> [String: String] {
        let ids = narrativeIDs
        return previous.filter { ids.contains($0.key) }
    }

    /// The narrative text as it stands, as overrides: what an editor shows in its text boxes.
    /// Paragraphs split from one edit ("id~2") are joined back under the first id.
    public var narrativeTexts: [String: String] {
        var out: [String: String] = [:]
        for section in sections {
            for block in section.blocks {
                guard let p = block.paragraph, p.origin == .narrative else { continue }
                let base = p.id.split(separator: "~", maxSplits: 1).first.map(String.init) ?? p.id
                var line = p.text.markup
                if case .bullet(_, let marker) = block { line = "\(marker) \(line)" }
                if let existing = out[base] { out[base] = existing + "\n" + line } else { out[base] = line }
            }
        }
        return out
    }
}
