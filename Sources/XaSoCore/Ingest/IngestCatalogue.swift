import Foundation

/// What an old report's figures are matched against: every indicator and report figure of the
/// catalogue, by name, and by the sentences each prints in. Built from the catalogue as it is, so
/// a figure a province adds takes part without code.
public struct IngestCatalogue: Sendable {
    public struct Entry: Sendable {
        public var code: String
        public var frameworkCode: String
        /// The name as the catalogue writes it, with diacritics: what is shown when the match is certain.
        public var name: String
        public var unitKind: UnitKind
        public var nameTokens: [String]
        /// Sentences the figure prints in, split at the value: words before it and after it.
        public var wordings: [(before: [String], after: [String])]
        /// Every word of the name and wordings, for a quick first look.
        var vocabulary: Set<String> = []
        var nameBytes: [[UInt8]] = []
    }

    public var entries: [Entry]

    /// `wordings`: code → sentence templates with the value as `{…}` ("Tổ chức {value} buổi tuyên truyền");
    /// a code not given there uses the sentences its indicator prints in (`Indicator.sentences`).
    public init(indicators: [Indicator], wordings: [String: [String]] = [:]) {
        entries = indicators.filter(\.unitKind.isNumeric).map { ind in
            let own = ind.sentences.filter { !$0.hasPrefix(FigureSentence.zeroMark) }
            return Entry(code: ind.code, frameworkCode: ind.frameworkCode, name: ind.name, unitKind: ind.unitKind,
                         nameTokens: IngestFold.tokens(ind.name),
                         wordings: (wordings[ind.code] ?? own).compactMap(Self.split))
        }
        for i in entries.indices {
            var v = Set(entries[i].nameTokens)
            for w in entries[i].wordings { v.formUnion(w.before); v.formUnion(w.after) }
            entries[i].vocabulary = v
            entries[i].nameBytes = entries[i].nameTokens.map { Array($0.utf8) }
        }
    }

    /// "Tổ chức {so_buoi} buổi tuyên truyền" → (["to", "chuc"], ["buoi", "tuyen", "truyen"]). With several
    /// placeholders ("Kết quả ký số văn bản đi {ky} đạt tỷ lệ {value}%") the value is the one named
    /// `value`/`gia_tri`, else the last; the others are dropped from the words.
    static func split(_ template: String) -> (before: [String], after: [String])? {
        let pattern = #"\{[^}]*\}"#
        guard let re = IngestRegex.compiled(pattern) else { return nil }
        let ns = template as NSString
        let matches = re.matches(in: template, range: NSRange(location: 0, length: ns.length))
        guard !matches.isEmpty else { return nil }
        let named = matches.first { m in
            let name = ns.substring(with: m.range).lowercased()
            return ["{value}", "{gia_tri}", "{}", "{so}", "{so_lieu}"].contains(name)
        }
        let value = named ?? matches[matches.count - 1]
        func stripped(_ text: String) -> String {
            text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let headText = stripped(ns.substring(to: value.range.location))
        let tailText = stripped(ns.substring(from: value.range.location + value.range.length))
        // Only the clause around the value: a sentence template may hold several.
        let head = headText.split(whereSeparator: { ";.:(".contains($0) }).last.map(String.init) ?? ""
        let tail = tailText.split(whereSeparator: { ";.,(".contains($0) }).first.map(String.init) ?? ""
        let before = Array(IngestFold.tokens(head).suffix(10))
        let after = Array(IngestFold.tokens(tail.replacingOccurrences(of: "%", with: "")).prefix(8))
        guard !before.isEmpty || !after.isEmpty else { return nil }
        return (before, after)
    }

    /// Entries ranked by how alike their name is to `tokens`, best first.
    func rankByName(_ tokens: [String]) -> [(entry: Entry, score: Double)] {
        guard !tokens.isEmpty else { return [] }
        let bytes = tokens.map { Array($0.utf8) }
        let words = Set(tokens)
        var out: [(entry: Entry, score: Double)] = []
        for e in entries {
            // A name sharing few words outright cannot reach the bar, however the rest is misread.
            let shared = e.vocabulary.filter(words.contains).count
            guard Double(shared) >= 0.25 * Double(e.vocabulary.count) else { continue }
            let w = IngestFold.sharedWeight(bytes: e.nameBytes, text: bytes)
            let score = min(1, 2 * w / Double(e.nameBytes.count + bytes.count))
            if score > 0 { out.append((e, score)) }
        }
        return out.sorted { $0.score > $1.score }
    }
}
