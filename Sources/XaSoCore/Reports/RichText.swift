import Foundation

/// One stretch of text with one style. Official reports use little more than bold and italic
/// inside a paragraph ("**Về cải cách hành chính**"), so that is all a run carries.
public struct TextRun: Codable, Sendable, Equatable, Hashable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
    }

    private enum CodingKeys: String, CodingKey { case text, bold, italic }

    // Plain runs are by far the most common, so the JSON leaves out false flags.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        bold = try c.decodeIfPresent(Bool.self, forKey: .bold) ?? false
        italic = try c.decodeIfPresent(Bool.self, forKey: .italic) ?? false
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        if bold { try c.encode(true, forKey: .bold) }
        if italic { try c.encode(true, forKey: .italic) }
    }
}

/// Paragraph text as runs. Writable as a string literal for plain text, and parsed from a small
/// markup (`**bold**`, `*italic*`, `***both***`) so a person's override typed in a text box can
/// keep emphasis without an editor.
public struct RichText: Codable, Sendable, Equatable, Hashable, ExpressibleByStringLiteral {
    public var runs: [TextRun]

    public init(runs: [TextRun]) {
        self.runs = runs.filter { !$0.text.isEmpty }
    }

    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.init(runs: [TextRun(text, bold: bold, italic: italic)])
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without styling, as a reader hears it.
    public var plainText: String { runs.map(\.text).joined() }

    public var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        // A bare string in JSON is read as markup, which makes hand-written fixtures short.
        if let markup = try? c.decode(String.self) {
            self = RichText.parse(markup: markup)
        } else {
            self.init(runs: try c.decode([TextRun].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(runs)
    }

    /// Reads `**bold**`, `*italic*` and `***bold italic***`. A backslash makes the next
    /// character literal (`\*`). Unclosed markers are kept as text rather than failing,
    /// because this parses what people type.
    public static func parse(markup: String) -> RichText {
        let chars = Array(markup)
        var runs: [TextRun] = []
        var current = ""
        var bold = false
        var italic = false

        func flush() {
            if !current.isEmpty { runs.append(TextRun(current, bold: bold, italic: italic)) }
            current = ""
        }
        func starCount(at i: Int) -> Int {
            var n = 0
            while i + n < chars.count && chars[i + n] == "*" { n += 1 }
            return n
        }
        func hasClosing(from i: Int, stars: Int) -> Bool {
            var j = i
            while j < chars.count {
                if chars[j] == "\\" { j += 2; continue }
                if chars[j] == "*" {
                    let n = starCount(at: j)
                    if n >= stars { return true }
                    j += n
                    continue
                }
                j += 1
            }
            return false
        }

        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "\\" && i + 1 < chars.count {
                current.append(chars[i + 1])
                i += 2
                continue
            }
            if ch == "*" {
                let n = min(starCount(at: i), 3)
                let closesBold = bold && n >= 2
                let closesItalic = italic && (n == 1 || n == 3)
                if closesBold || closesItalic {
                    flush()
                    var used = 0
                    if n == 3 && bold && italic { bold = false; italic = false; used = 3 }
                    else if closesBold && n >= 2 { bold = false; used = 2 }
                    else { italic = false; used = 1 }
                    i += used
                    continue
                }
                if hasClosing(from: i + n, stars: n) {
                    flush()
                    if n >= 2 { bold = true }
                    if n == 1 || n == 3 { italic = true }
                    i += n
                    continue
                }
                current.append(contentsOf: String(repeating: "*", count: n))
                i += n
                continue
            }
            current.append(ch)
            i += 1
        }
        flush()
        return RichText(runs: RichText.merged(runs))
    }

    /// The markup that `parse(markup:)` reads back to the same runs.
    public var markup: String {
        runs.map { run in
            let escaped = run.text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "*", with: "\\*")
            switch (run.bold, run.italic) {
            case (true, true): return "***\(escaped)***"
            case (true, false): return "**\(escaped)**"
            case (false, true): return "*\(escaped)*"
            case (false, false): return escaped
            }
        }.joined()
    }

    private static func merged(_ runs: [TextRun]) -> [TextRun] {
        var out: [TextRun] = []
        for run in runs {
            if let last = out.last, last.bold == run.bold, last.italic == run.italic {
                out[out.count - 1].text += run.text
            } else {
                out.append(run)
            }
        }
        return out
    }
}
