import Foundation

/// The text of an old report as lines (numbered from 1, as an editor shows them) and as
/// paragraphs rebuilt from them: a PDF's text layer breaks every line of the page, a scan breaks
/// words too, and a Word file gives one paragraph per line. Every paragraph remembers the line
/// each of its characters came from, so a figure can name its source line.
public struct IngestDocument: Sendable {
    /// The lines as read, NFC, without the line ends.
    public var lines: [String]

    public init(text: String) {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{0C}", with: "\n")
        lines = unified.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\t", with: " ") }
    }

    /// Line `n` (1-based) trimmed, or "" past the end.
    public func line(_ n: Int) -> String {
        guard n >= 1, n <= lines.count else { return "" }
        return lines[n - 1].trimmingCharacters(in: .whitespaces)
    }

    /// Non-empty lines with their numbers.
    public var numberedLines: [(number: Int, text: String)] {
        lines.enumerated().compactMap { i, raw in
            let t = VietnameseText.normalized(raw)
            return t.isEmpty ? nil : (i + 1, t)
        }
    }

    /// Paragraphs rebuilt from the lines outside `excluded` (the indicator table's lines).
    public func paragraphs(excluding excluded: Set<Int> = []) -> [IngestParagraph] {
        var out: [IngestParagraph] = []
        var current: IngestParagraph?
        func flush() {
            if let p = current, !p.text.isEmpty { out.append(p) }
            current = nil
        }
        for (number, text) in numberedLines where !excluded.contains(number) {
            let heading = HeadingLine.parse(text)
            guard var p = current else {
                current = IngestParagraph(firstLine: number, text: "", lineStarts: [])
                current!.append(text, line: number)
                current!.isHeading = heading != nil
                current!.isInlineHeading = !(heading?.rest.isEmpty ?? true)
                continue
            }
            if p.isHeading && !p.isInlineHeading {
                // A heading that runs on to a short lower-case line ("… về" / "phát triển xã hội số").
                let capitalsGoOn = p.isCapitals && text.filter(\.isLetter) == text.filter(\.isLetter).uppercased()
                if heading == nil, let first = text.first, first.isLowercase || capitalsGoOn && first.isLetter, p.continuesHeading,
                   text.dropFirst().first != ")",
                   text.split(separator: " ").count <= 16 {
                    p.append(text, line: number)
                    current = p
                    continue
                }
                flush()
            } else if heading != nil || p.endsSentence && Self.startsNew(text) {
                flush()
            } else {
                p.append(text, line: number)
                current = p
                continue
            }
            current = IngestParagraph(firstLine: number, text: "", lineStarts: [])
            current!.append(text, line: number)
            current!.isHeading = heading != nil
            current!.isInlineHeading = !(heading?.rest.isEmpty ?? true)
        }
        flush()
        return out
    }

    static func startsNew(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        // "a) …", "b) …": lettered items start paragraphs too.
        return first.isUppercase || first.isNumber || "-+•*–“\"(".contains(first) || text.dropFirst().first == ")"
    }
}

/// One paragraph rebuilt from lines, with the line each part came from.
public struct IngestParagraph: Sendable {
    public var firstLine: Int
    public var text: String
    /// (character offset in `text`, line number) for each line joined in, in order.
    public var lineStarts: [(offset: Int, line: Int)]
    public var isHeading = false
    /// "1. Phát triển hạ tầng số: 100% cơ quan …": a heading with its paragraph on the same line.
    public var isInlineHeading = false

    mutating func append(_ line: String, line number: Int) {
        if text.isEmpty {
            lineStarts.append((0, number))
            text = line
            return
        }
        // A word broken with a hyphen at the line end joins without it ("thà-" + "nh").
        if text.count >= 2, text.hasSuffix("-"), let before = text.dropLast().last, before.isLetter,
           let next = line.first, next.isLowercase || before.isUppercase && next.isUppercase {
            text.removeLast()
            lineStarts.append((text.count, number))
            text += line
        } else {
            text += " "
            lineStarts.append((text.count, number))
            text += line
        }
    }

    /// The line a character offset of `text` came from.
    public func line(atOffset offset: Int) -> Int {
        var result = firstLine
        for start in lineStarts where start.offset <= offset { result = start.line }
        return result
    }

    var lastLine: Int { lineStarts.last?.line ?? firstLine }

    var endsSentence: Bool {
        guard let last = text.last else { return false }
        return ".:;!?".contains(last)
    }

    /// Whether a heading may still run on to the next line: it ends with no punctuation.
    var continuesHeading: Bool {
        guard let last = text.last else { return false }
        return (last.isLetter || last == "-") && lineStarts.count < 3
    }

    /// A heading in capitals ("III. CÁC GIẢI PHÁP ĐÃ TRIỂN KHAI THỰC HIỆN").
    var isCapitals: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters == letters.uppercased()
    }
}

/// A numbered heading as the references write them: "PHẦN I: …", "I. …", "1. …", "2.1. …".
/// Lettered items ("a) Ủy ban nhân dân xã đã …") are paragraphs: the references write them as prose.
/// An inline heading ("1. Phát triển hạ tầng số: 100% cơ quan…") keeps what follows the colon as `rest`.
public struct HeadingLine: Sendable, Equatable {
    /// 0 PHẦN, 1 roman, 2 arabic, 3 two-part arabic.
    public var level: Int
    /// "II.", "1.", "2.1.", "a)", "PHẦN I:".
    public var marker: String
    public var title: String
    public var rest: String

    public static func parse(_ text: String) -> HeadingLine? {
        let t = text.trimmingCharacters(in: .whitespaces)
        // Headings start with a marker: skip the regular expressions for every other line.
        guard let f = t.first, f.isNumber || "IVXP".contains(f) else { return nil }
        let plain = IngestFold.plain(t)
        let scalars = Array(t)
        let plainChars = Array(plain)
        guard plainChars.count == scalars.count else { return parseLoose(t) }
        var level: Int
        var markerEnd: Int
        if let m = match(plain, #"^(PHAN|Phan)\s+[IVX]+\s*[:.\-]\s*"#) {
            level = 0; markerEnd = m
        } else if let m = match(plain, #"^[IVX]{1,4}\s*\.\s+"#) {
            level = 1; markerEnd = m
        } else if let m = match(plain, #"^\d{1,2}\.\d{1,2}\.?\s+"#) {
            level = 3; markerEnd = m
        } else if let m = match(plain, #"^\d{1,2}\s*[.)]\s+"#) {
            level = 2; markerEnd = m
        } else {
            return nil
        }
        let marker = String(scalars[0..<markerEnd]).trimmingCharacters(in: .whitespaces)
        var body = String(scalars[markerEnd...]).trimmingCharacters(in: .whitespaces)
        guard let first = body.first, first.isLetter else { return nil }
        var rest = ""
        if let colon = body.firstIndex(of: ":") {
            let after = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let before = body[..<colon].trimmingCharacters(in: .whitespaces)
            if before.split(separator: " ").count <= 14 {
                rest = after
                body = before
            }
        }
        // A numbered sentence ("1. Đẩy mạnh công tác … chuyển đổi số.") is a list item, not a heading.
        if rest.isEmpty, let last = body.last, ".;".contains(last) { return nil }
        if body.split(separator: " ").count > 25 { return nil }
        if level == 0 { level = 0 }
        return HeadingLine(level: level, marker: marker, title: body, rest: rest)
    }

    /// Text whose diacritics do not fold one to one (rare): no heading.
    private static func parseLoose(_ t: String) -> HeadingLine? { nil }

    private static func match(_ text: String, _ pattern: String) -> Int? {
        guard let re = IngestRegex.compiled(pattern) else { return nil }
        let ns = text as NSString
        guard let m = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        // Offsets in characters: the patterns match ASCII markers at the start of the line.
        return (ns.substring(to: m.range.upperBound) as String).count
    }
}

/// Regular expressions compiled once: the reader matches the same few patterns on every line.
enum IngestRegex {
    private static let cache = RegexCache()

    static func compiled(_ pattern: String) -> NSRegularExpression? { cache.get(pattern) }

    private final class RegexCache: @unchecked Sendable {
        private var store: [String: NSRegularExpression] = [:]
        private let lock = NSLock()

        func get(_ pattern: String) -> NSRegularExpression? {
            lock.lock()
            defer { lock.unlock() }
            if let re = store[pattern] { return re }
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
            store[pattern] = re
            return re
        }
    }
}
