import Foundation

/// The parts of a WordprocessingML fragment the filler works on: the text of every `<w:t>`,
/// which paragraph holds it, and which table row holds that paragraph. Positions are byte
/// offsets into the UTF-8 of the fragment. The fragment may be a slice of a document (a
/// table row, a run of paragraphs): tags are read one by one, not as a tree.
struct TemplateScan {
    struct TextNode {
        /// `<w:t …>` … `</w:t>`, whole element.
        var elementStart: Int
        var elementEnd: Int
        var paragraph: Int
        /// Unescaped text.
        var text: [Character]
    }

    struct Span {
        var start: Int
        var end: Int
        /// Innermost table row around a paragraph; -1 outside tables.
        var row: Int
    }

    let bytes: [UInt8]
    private(set) var nodes: [TextNode] = []
    private(set) var paragraphs: [Span] = []
    private(set) var rows: [Span] = []

    init(_ xml: String) {
        bytes = Array(xml.utf8)
        scan()
    }

    private mutating func scan() {
        var paragraphStack: [Int] = []
        var rowStack: [Int] = []
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            let tagStart = i
            guard i + 1 < n else { break }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                i = skipSpecial(from: i)
                continue
            }
            let closing = next == UInt8(ascii: "/")
            var j = i + (closing ? 2 : 1)
            let nameStart = j
            while j < n, !isNameEnd(bytes[j]) { j += 1 }
            let name = bytes[nameStart..<j]
            let tagEnd = endOfTag(from: j)
            let selfClosing = tagEnd > 0 && bytes[tagEnd - 1] == UInt8(ascii: "/")
            i = tagEnd + 1
            if closing {
                if equals(name, "w:p"), let p = paragraphStack.popLast() { paragraphs[p].end = i }
                if equals(name, "w:tr"), let r = rowStack.popLast() { rows[r].end = i }
                continue
            }
            if selfClosing { continue }
            if equals(name, "w:p") {
                paragraphs.append(Span(start: tagStart, end: n, row: rowStack.last ?? -1))
                paragraphStack.append(paragraphs.count - 1)
            } else if equals(name, "w:tr") {
                rows.append(Span(start: tagStart, end: n, row: rowStack.last ?? -1))
                rowStack.append(rows.count - 1)
            } else if equals(name, "w:t") {
                let contentStart = i
                guard let close = find(Array("</w:t>".utf8), from: contentStart) else { break }
                let raw = String(decoding: bytes[contentStart..<close], as: UTF8.self)
                let text = Array(MarkupEscaping.unescape(Substring(raw)))
                let end = close + 6
                nodes.append(TextNode(elementStart: tagStart, elementEnd: end, paragraph: paragraphStack.last ?? -1, text: text))
                i = end
            }
        }
    }

    private func isNameEnd(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "\n")
            || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r")
    }

    /// Index of the `>` closing the tag, skipping quoted attribute values (which may hold `>`).
    private func endOfTag(from start: Int) -> Int {
        var quote: UInt8?
        var j = start
        while j < bytes.count {
            let b = bytes[j]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return j
            }
            j += 1
        }
        return bytes.count - 1
    }

    /// Comments, CDATA, processing instructions and declarations: skipped whole.
    private func skipSpecial(from i: Int) -> Int {
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>")] where matches(Array(open.utf8), at: i) {
            if let end = find(Array(close.utf8), from: i + open.utf8.count) { return end + close.utf8.count }
            return bytes.count
        }
        return endOfTag(from: i) + 1
    }

    private func equals(_ slice: ArraySlice<UInt8>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard slice.count == count else { return false }
        return name.withUTF8Buffer { buffer in
            zip(slice, buffer).allSatisfy { $0 == $1 }
        }
    }

    private func matches(_ pattern: [UInt8], at i: Int) -> Bool {
        guard i + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == first && matches(pattern, at: i) { return i }
            i += 1
        }
        return nil
    }

    // MARK: placeholders

    enum TagKind: Equatable { case field, open, close }

    /// A `{…}` found in a paragraph's joined text; `start`/`end` index that text.
    struct Tag {
        var kind: TagKind
        var name: String
        var paragraph: Int
        var start: Int
        var end: Int
    }

    /// Each paragraph's text as one string, with where each character came from.
    struct JoinedParagraph {
        var text: [Character] = []
        var node: [Int] = []
        var offset: [Int] = []
    }

    func joinedParagraphs() -> [JoinedParagraph] {
        var joined = Array(repeating: JoinedParagraph(), count: paragraphs.count)
        for (index, node) in nodes.enumerated() where node.paragraph >= 0 {
            for (offset, ch) in node.text.enumerated() {
                joined[node.paragraph].text.append(ch)
                joined[node.paragraph].node.append(index)
                joined[node.paragraph].offset.append(offset)
            }
        }
        return joined
    }

    /// Placeholders in document order: `{name}`, `{#name}`, `{/name}`, spaces inside the braces
    /// allowed. Braces around anything else are ordinary text.
    func tags(_ joined: [JoinedParagraph]) -> [Tag] {
        joined.enumerated().flatMap { p, para in
            Self.tags(in: para.text).map { Tag(kind: $0.kind, name: $0.name, paragraph: p, start: $0.start, end: $0.end) }
        }
    }

    static func tags(in text: [Character]) -> [(kind: TagKind, name: String, start: Int, end: Int)] {
        var out: [(kind: TagKind, name: String, start: Int, end: Int)] = []
        var i = 0
        while i < text.count {
            guard text[i] == "{", let close = text[(i + 1)...].prefix(120).firstIndex(of: "}") else { i += 1; continue }
            var inner = String(text[(i + 1)..<close]).trimmingCharacters(in: .whitespaces)
            var kind = TagKind.field
            if inner.hasPrefix("#") { kind = .open; inner.removeFirst() } else if inner.hasPrefix("/") { kind = .close; inner.removeFirst() }
            inner = inner.trimmingCharacters(in: .whitespaces)
            if isName(inner) {
                out.append((kind, inner, i, close + 1))
                i = close + 1
            } else {
                i += 1
            }
        }
        return out
    }

    static func isName(_ s: String) -> Bool {
        guard let first = s.first, first.isLetter || first == "_" else { return false }
        return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
    }

    // MARK: rewriting

    /// Replaces the text of tags (by their place in the joined paragraph text) and writes the
    /// fragment back. The replacement goes into the run where the placeholder starts, keeping
    /// that run's formatting; the rest of the placeholder is cut from the following runs.
    func rewriting(_ replacements: [(tag: Tag, text: String)], joined: [JoinedParagraph]) -> String {
        var texts = nodes.map(\.text)
        var changed = Set<Int>()
        // Right to left, so earlier positions stay valid.
        for (tag, replacement) in replacements.sorted(by: { ($0.tag.paragraph, $0.tag.start) > ($1.tag.paragraph, $1.tag.start) }) {
            let para = joined[tag.paragraph]
            let firstNode = para.node[tag.start], firstOffset = para.offset[tag.start]
            let lastNode = para.node[tag.end - 1], lastOffset = para.offset[tag.end - 1]
            if firstNode == lastNode {
                texts[firstNode].replaceSubrange(firstOffset...lastOffset, with: Array(replacement))
            } else {
                texts[lastNode].removeSubrange(0...lastOffset)
                for middle in (firstNode + 1)..<lastNode where nodes[middle].paragraph == tag.paragraph {
                    texts[middle].removeAll()
                    changed.insert(middle)
                }
                texts[firstNode].replaceSubrange(firstOffset..., with: Array(replacement))
                changed.insert(lastNode)
            }
            changed.insert(firstNode)
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var position = 0
        for index in changed.sorted() {
            let node = nodes[index]
            out += bytes[position..<node.elementStart]
            out += Array(Self.element(String(texts[index])).utf8)
            position = node.elementEnd
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `<w:t>` with escaped text; line breaks in a value become `<w:br/>` inside the same run.
    static func element(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { "<w:t xml:space=\"preserve\">\(MarkupEscaping.text(String($0)))</w:t>" }.joined(separator: "<w:br/>")
    }
}
