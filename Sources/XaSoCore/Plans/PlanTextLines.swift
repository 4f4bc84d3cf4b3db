import Foundation

/// A non-blank line of the document, trimmed and in NFC, with its 1-based line number.
struct PlanLine: Sendable, Equatable {
    let text: String
    let number: Int
    /// Folded form, for matching words regardless of case and diacritics.
    let folded: String
}

/// Line-level reading shared by the plan parsers: page artefacts, headings, labels, task numbers.
enum PlanTextLines {
    /// Non-blank lines without page numbers ("14", "- 14 -", "Trang 14").
    static func lines(_ text: String) -> [PlanLine] {
        let unified = text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{0C}", with: "\n")
            .replacingOccurrences(of: "\u{2028}", with: "\n")
            .replacingOccurrences(of: "\u{2029}", with: "\n")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        var result: [PlanLine] = []
        for (index, raw) in unified.components(separatedBy: "\n").enumerated() {
            let text = VietnameseText.normalized(raw)
            if text.isEmpty || pageNumber.matches(text) { continue }
            result.append(PlanLine(text: text, number: index + 1, folded: VietnameseText.folded(text)))
        }
        return result
    }

    private static let pageNumber = PlanPattern(#"^(?:-\s*)?(?:[Tt]rang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*-)?$"#)

    /// Joins wrapped lines with single spaces; a word split by a hyphen at the line end
    /// ("57-" + "NQ/TW") is rejoined without one.
    /// Linear in the total length: `out.count` here would walk the text so far at every part.
    static func join(_ parts: [String]) -> String {
        var out = ""
        for part in parts where !part.isEmpty {
            if out.isEmpty {
                out = part
            } else if out.hasSuffix("-"), let before = out.dropLast().last, !before.isWhitespace {
                out += part
            } else {
                out += " " + part
            }
        }
        return VietnameseText.normalized(out)
    }

    // MARK: Section headings

    struct SectionHeading: Equatable {
        /// 0 for a part ("PHẦN II: …"), 1 for a roman section ("III. …").
        let level: Int
        let numeral: String
        let title: String
    }

    private static let roman = PlanPattern(#"^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[.:\-–]\s*(\S.*)$"#)
    private static let part = PlanPattern(
        #"^(?:PHẦN|Phần)\s+(THỨ\s+\S+|Thứ\s+\S+|thứ\s+\S+|[IVX]+|\d+)\s*[.:\-–]\s*(\S.*)$"#)

    /// "III. NHIỆM VỤ, GIẢI PHÁP" → (1, "III", "NHIỆM VỤ, GIẢI PHÁP"); "PHẦN II: NHIỆM VỤ, GIẢI PHÁP …"
    /// → (0, "II", …). The title must start with a capital, which keeps "I. tên" in prose out.
    static func sectionHeading(_ line: PlanLine) -> SectionHeading? {
        for (level, pattern) in [(0, part), (1, roman)] {
            if let g = pattern.firstMatch(in: line.text), let numeral = g[1], let title = g[2],
               let first = title.first, first.isUppercase {
                return SectionHeading(level: level, numeral: numeral, title: title)
            }
        }
        return nil
    }

    static func isSectionHeading(_ line: PlanLine) -> Bool { sectionHeading(line) != nil }

    /// Lines after which a plan's body is over: the closing formula ("Trên đây là báo cáo …"),
    /// recipients, signature block, appendices.
    static func isDocumentTail(_ line: PlanLine) -> Bool {
        let f = line.folded
        return f.hasPrefix("noi nhan") || f == "tm uy ban nhan dan" || f.hasPrefix("tm ubnd")
            || f.hasPrefix("kt chu tich") || f.hasPrefix("phu luc") || f.hasPrefix("tren day la")
    }

    /// Whether a line's text closes a sentence, so that what follows starts afresh.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".:;!?".contains(last)
    }

    // MARK: Labels

    enum Label: Equatable {
        case task, solution, assignment, lead, partners, deadline, output
    }

    private static let labels: [String: Label] = [
        "nhiem vu": .task,
        "noi dung": .task,
        "giai phap": .solution,
        "phan cong nhiem vu": .assignment,
        "phan cong": .assignment,
        "phan cong thuc hien": .assignment,
        "don vi thuc hien": .assignment,
        "co quan thuc hien": .assignment,
        "co quan chu tri": .lead,
        "don vi chu tri": .lead,
        "chu tri": .lead,
        "co quan phoi hop": .partners,
        "don vi phoi hop": .partners,
        "phoi hop": .partners,
        "thoi gian thuc hien": .deadline,
        "thoi gian hoan thanh": .deadline,
        "thoi han": .deadline,
        "thoi han hoan thanh": .deadline,
        "tien do": .deadline,
        "san pham": .output,
        "san pham dau ra": .output,
        "ket qua dau ra": .output,
    ]

    /// "Giải pháp: Duy trì …" → (.solution, "Duy trì …").
    /// Only a line starting with a capital can be a label, so a wrapped line such as
    /// "phối hợp: …" inside a sentence stays part of it.
    static func label(_ line: PlanLine) -> (Label, String)? {
        guard line.text.first?.isUppercase == true, let colon = line.text.firstIndex(of: ":") else { return nil }
        let head = line.text[..<colon]
        guard head.count <= 30, let label = labels[VietnameseText.folded(String(head))] else { return nil }
        let rest = line.text[line.text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return (label, rest)
    }

    // MARK: Items

    static func isDashItem(_ line: PlanLine) -> Bool {
        guard let first = line.text.first else { return false }
        return "-–—•+*\u{F0B7}\u{F0A7}".contains(first) && !(line.text.dropFirst().first?.isNumber ?? false)
    }

    /// The item text after its dash or bullet.
    static func dashItemText(_ line: PlanLine) -> String {
        String(line.text.dropFirst()).trimmingCharacters(in: .whitespaces)
    }

    enum ItemNumber: Equatable {
        /// "5.10" → [5, 10]
        case numeric([Int])
        /// "a)" → "a"
        case letter(String)
    }

    private static let numeric = PlanPattern(#"^(\d{1,2}(?:\.\d{1,2}){0,3})([.)])?\s*(.*)$"#)
    private static let letter = PlanPattern(#"^([a-zđ])\)\s*(.*)$"#)

    /// A line that opens a numbered item: "1. Nâng cao …", "5.10.Triển khai …", "1.1 Các phòng …",
    /// "a) Xây dựng …". Single numbers need their dot or bracket; the text must start with a
    /// capital (or a quote/bracket), which keeps wrapped lines such as "2030, tầm nhìn …" out.
    static func item(_ line: PlanLine) -> (ItemNumber, String)? {
        if let g = numeric.firstMatch(in: line.text), let digits = g[1] {
            let parts = digits.split(separator: ".").compactMap { Int($0) }
            let terminated = g[2] != nil
            let rest = g[3] ?? ""
            let multiLevel = parts.count > 1
            guard terminated || multiLevel else { return nil }
            // "1.5.  Tham gia" needs a capital; "5.10.Triển khai" is glued but still a capital.
            if rest.isEmpty { return (.numeric(parts), "") }
            // A digit may open the text only after an explicit dot ("3.2. 100% cán bộ …"),
            // never after a bare number, which is how "1.000 người" starts.
            guard startsLikeATitle(rest, allowDigit: multiLevel && terminated) else { return nil }
            return (.numeric(parts), rest)
        }
        if let g = letter.firstMatch(in: line.text), let l = g[1] {
            let rest = g[2] ?? ""
            guard rest.isEmpty || startsLikeATitle(rest, allowDigit: true) else { return nil }
            return (.letter(l), rest)
        }
        return nil
    }

    private static func startsLikeATitle(_ text: String, allowDigit: Bool) -> Bool {
        guard let first = text.first else { return false }
        if first.isUppercase { return true }
        if allowDigit && first.isNumber { return true }
        return "\"“«'‘(".contains(first)
    }
}
