import Foundation

/// A column an import expects: the name printed in templates and messages,
/// and the other headings officials' exports use for it.
struct ImportColumn<Key: Hashable & Sendable>: Sendable {
    let key: Key
    let name: String
    let aliases: [String]
    /// A column exports may leave out (newer fields such as digitisation).
    var optional = false
}

/// Where each expected column sits in a header row. Headings are compared
/// folded (no case, no diacritics, no punctuation), in any order; unknown
/// columns are ignored so exports with extra columns import as they are.
struct HeaderMap<Key: Hashable & Sendable> {
    private let index: [Key: Int]
    private let names: [Key: String]

    /// Nil (with issues recorded) when a column is missing or appears twice.
    static func resolve(header: [String], columns: [ImportColumn<Key>],
                        issues: inout ImportIssueCollector) -> HeaderMap? {
        var lookup: [String: Key] = [:]
        for column in columns {
            for heading in [column.name] + column.aliases {
                lookup[VietnameseText.folded(heading)] = column.key
            }
        }
        var index: [Key: Int] = [:]
        var names: [Key: String] = [:]
        var ok = true
        for (position, heading) in header.enumerated() {
            guard let key = lookup[VietnameseText.folded(heading)] else { continue }
            let shown = VietnameseText.normalized(heading)
            if let earlier = index[key] {
                let first = names[key] ?? ""
                issues.add(row: 1, column: shown, value: shown, code: .headerDuplicate, .init(
                    english: "Row 1 (header): column \"\(shown)\" (\(columnLetter(position))) repeats \"\(first)\" (\(columnLetter(earlier))).",
                    vietnamese: "Dòng 1 (tiêu đề): cột “\(shown)” ở cột \(columnLetter(position)) trùng với cột “\(first)” ở cột \(columnLetter(earlier))."))
                ok = false
                continue
            }
            index[key] = position
            names[key] = shown
        }
        let expected = columns.map(\.name).joined(separator: ", ")
        for column in columns where index[column.key] == nil && !column.optional {
            issues.add(row: 1, column: column.name, value: "", code: .headerMissing, .init(
                english: "Row 1 (header): column \"\(column.name)\" is missing (the header must have: \(expected)).",
                vietnamese: "Dòng 1 (tiêu đề): thiếu cột “\(column.name)” (tiêu đề cần có: \(expected))."))
            ok = false
        }
        return ok ? HeaderMap(index: index, names: names) : nil
    }

    /// The cell of `row` under `key`; "" when the row is shorter than the header.
    func cell(_ row: [String], _ key: Key) -> String {
        let i = index[key]!
        return i < row.count ? row[i] : ""
    }

    func position(_ key: Key) -> Int { index[key]! }

    /// Where an optional column is, or nil when the file has none.
    func optionalPosition(_ key: Key) -> Int? { index[key] }

    /// The heading as the file spells it, for messages.
    func name(_ key: Key) -> String { names[key]! }

    /// "A", "B", … "Z", "AA": how spreadsheets name columns.
    static func columnLetter(_ position: Int) -> String {
        var n = position + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}

enum ImportText {
    /// One problem said twice: in English for the API, in Vietnamese for people.
    struct Message {
        let english: String
        let vietnamese: String
    }

    static func at(_ row: Int, _ column: String) -> Message {
        Message(english: "Row \(row), column \"\(column)\"", vietnamese: "Dòng \(row), cột “\(column)”")
    }

    /// "Row 5, column "X": <english>" / "Dòng 5, cột “X”: <vietnamese>".
    static func cell(_ row: Int, _ column: String, _ english: String, _ vietnamese: String) -> Message {
        let place = at(row, column)
        return Message(english: place.english + ": " + english, vietnamese: place.vietnamese + ": " + vietnamese)
    }

    static func missing(_ row: Int, _ column: String) -> Message {
        cell(row, column, "no value.", "chưa có giá trị.")
    }

    static func invalid(_ row: Int, _ column: String, _ value: String,
                        expectedEnglish: String, expectedVietnamese: String) -> Message {
        cell(row, column, "\"\(value)\" is not valid (expected \(expectedEnglish)).",
             "giá trị “\(value)” không hợp lệ (\(expectedVietnamese)).")
    }

    static func badDate(_ row: Int, _ column: String, _ value: String) -> Message {
        cell(row, column, "\"\(value)\" is not a date (\(LocalDateParser.acceptedForms)).",
             "“\(value)” không phải ngày hợp lệ (\(LocalDateParser.acceptedForms)).")
    }

    /// Trims surrounding whitespace. Codes are ASCII, so the usual cell costs two byte checks.
    @inline(__always)
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @inline(__always)
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        if first > 0x20, first < 0x80 { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    static func isBlankRow(_ row: [String]) -> Bool {
        row.allSatisfy(isBlank)
    }
}

/// Remembers how each distinct cell text was read: a ledger has millions of
/// cells but only a handful of distinct channel, outcome and yes/no spellings,
/// and folding Vietnamese text is the slow part. The few most recent spellings
/// are compared byte for byte before any hashing: `String`'s own `==` and hashing
/// normalise non-ASCII text first, which dominated reading "Trực tuyến" a million
/// times. Two spellings that differ only in normalisation become two entries.
struct VocabularyCache<Value> {
    private var recent: [(text: String, value: Value?)] = []
    private var seen: [String: Value?] = [:]
    private let read: (String) -> Value?
    private static var recentLimit: Int { 8 }

    init(_ read: @escaping (String) -> Value?) {
        self.read = read
    }

    mutating func value(_ text: String) -> Value? {
        for entry in recent where ImportText.sameBytes(entry.text, text) { return entry.value }
        let value: Value?
        if let known = seen[text] {
            value = known
        } else {
            value = read(VietnameseText.folded(text))
            seen[text] = .some(value)
        }
        if recent.count < Self.recentLimit { recent.append((text, value)) }
        return value
    }
}

extension ImportText {
    /// Equal UTF-8 bytes: cheaper than `==`, which normalises non-ASCII text.
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let result = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in
                pa.count == pb.count && (pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0)
            }
        }
        if let known = result ?? nil { return known }
        return a.utf8.elementsEqual(b.utf8)
    }
}
