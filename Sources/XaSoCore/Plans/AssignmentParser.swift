import Foundation

/// Lead and partners read from an assignment sentence, matched against known departments.
public struct ParsedAssignment: Sendable, Equatable {
    public let lead: String?
    public let partners: [String]
    /// Names that matched no known department, once each.
    public let newDepartments: [String]
}

/// Reads "Phân công nhiệm vụ: …" sentences:
/// - "X chủ trì, Y, Z" / "X chủ trì phối hợp (với) Y" / "X chủ trì liên hệ với Y" → lead X;
/// - "Y, X (chủ trì), Z" → lead X wherever it stands;
/// - no "chủ trì" written → the first body named leads, the rest are partners.
/// Role notes in brackets ("Công an xã (về xác thực danh tính)") and closing verbs
/// ("phối hợp thực hiện", "thực hiện") are not part of names.
public enum AssignmentParser {
    public static func parse(_ sentence: String, matcher: DepartmentMatcher = .standard) -> ParsedAssignment {
        var text = VietnameseText.normalized(sentence)
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " .;"))
        text = dropLeading(text, phrases: [["giao"], ["ubnd", "xa", "giao"], ["uy", "ban", "nhan", "dan", "xa", "giao"]])

        var leadName: String?
        var names: [String] = []
        for item in mergedItems(splitTopLevel(text), matcher: matcher) {
            if let marked = leadInBrackets(item) {
                if leadName == nil { leadName = marked } else { names.append(marked) }
            } else if let range = item.range(of: "chủ trì", options: [.caseInsensitive, .diacriticInsensitive]) {
                let left = String(item[..<range.lowerBound])
                let right = String(item[range.upperBound...])
                let leads = splitAnd(clean(left), matcher: matcher)
                if leadName == nil, let first = leads.first {
                    leadName = first
                    names += leads.dropFirst()
                } else {
                    names += leads
                }
                names += splitAnd(clean(right), matcher: matcher)
            } else {
                names += splitAnd(clean(item), matcher: matcher)
            }
        }
        if leadName == nil, !names.isEmpty { leadName = names.removeFirst() }

        let resolution = matcher.resolve((leadName.map { [$0] } ?? []) + names)
        var resolved = resolution.names
        let lead = leadName == nil || resolved.isEmpty ? nil : resolved.removeFirst()
        var partners: [String] = []
        for name in resolved where name != lead && !partners.contains(name) { partners.append(name) }
        return ParsedAssignment(lead: lead, partners: partners, newDepartments: resolution.newDepartments)
    }

    /// "Văn phòng UBND xã (chủ trì)" → "Văn phòng UBND xã".
    private static func leadInBrackets(_ item: String) -> String? {
        var depth = 0
        var inside = ""
        var found = false
        for ch in item {
            if ch == "(" { depth += 1; inside = ""; continue }
            if ch == ")" {
                if depth == 1, VietnameseText.folded(inside).contains("chu tri") { found = true }
                depth = max(0, depth - 1)
                continue
            }
            if depth > 0 { inside.append(ch) }
        }
        guard found else { return nil }
        let name = clean(DepartmentMatcher.stripParentheses(item))
        return name.isEmpty ? nil : name
    }

    /// Commas and semicolons outside brackets.
    static func splitTopLevel(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth = max(0, depth - 1) }
            if (ch == "," || ch == ";") && depth == 0 {
                items.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Undoes commas that belong to a name: "Các cơ quan, đơn vị" is one body, and so is a
    /// lower-case tail such as "…, đơn vị liên quan" that continues a list of kinds.
    private static func mergedItems(_ items: [String], matcher: DepartmentMatcher) -> [String] {
        var out: [String] = []
        for item in items {
            if let previous = out.last {
                let joined = previous + ", " + item
                let continues = item.first.map { $0.isLowercase } == true
                    && !startsWithAny(item, [["cac"], ["phoi", "hop"], ["lien", "he"], ["cung"], ["va"], ["voi"]])
                if matcher.match(clean(joined)) != nil || continues {
                    out[out.count - 1] = joined
                    continue
                }
            }
            out.append(item)
        }
        return out
    }

    /// Splits "A và B" into bodies, keeping "và" inside a name: "Văn phòng HĐND và UBND",
    /// "Sở Khoa học và Công nghệ" (what follows "và" does not open a body's name).
    private static func splitAnd(_ text: String, matcher: DepartmentMatcher) -> [String] {
        guard !text.isEmpty else { return [] }
        let pieces = text.components(separatedBy: " và ").map { $0.trimmingCharacters(in: .whitespaces) }
        var out: [String] = []
        for piece in pieces where !piece.isEmpty {
            if let previous = out.last {
                let joined = previous + " và " + piece
                if matcher.match(joined) != nil || !startsWithAny(piece, bodyOpenings) {
                    out[out.count - 1] = joined
                    continue
                }
            }
            out.append(piece)
        }
        return out.map { clean($0) }.filter { !$0.isEmpty }
    }

    /// First words of a body's name, folded.
    private static let bodyOpenings: [[String]] = [
        ["phong"], ["van", "phong"], ["trung", "tam"], ["tt"], ["cong", "an"], ["so"], ["ban"], ["hoi"],
        ["doan"], ["to"], ["uy", "ban"], ["ubnd"], ["hdnd"], ["mat", "tran"], ["cac"], ["ngan", "hang"],
        ["truong"], ["tram"], ["chi", "nhanh"], ["buu", "dien"], ["hop", "tac", "xa"], ["htx"],
        ["doanh", "nghiep"], ["nha", "mang"], ["vnpt"], ["viettel"], ["mobifone"], ["dang", "uy"],
        ["chi", "bo"], ["cong", "ty"], ["chi", "cuc"], ["cuc"], ["quy"], ["thon"], ["vp"], ["bo", "phan"],
    ]

    /// Removes connectors before and verbs after a name: "phối hợp các đơn vị có liên quan thực hiện"
    /// → "các đơn vị có liên quan".
    private static func clean(_ text: String) -> String {
        var t = VietnameseText.normalized(text)
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:"))
        t = dropLeading(t, phrases: [
            ["phoi", "hop", "voi"], ["phoi", "hop"], ["lien", "he", "voi"], ["lien", "he"],
            ["cung", "voi"], ["cung"], ["voi"], ["va"], ["giao"],
        ])
        t = dropTrailing(t, phrases: [
            ["phoi", "hop", "thuc", "hien"], ["to", "chuc", "thuc", "hien"], ["trien", "khai", "thuc", "hien"],
            ["cung", "thuc", "hien"], ["thuc", "hien"], ["phoi", "hop"], ["trien", "khai"],
            ["tham", "gia"], ["theo", "doi"],
        ])
        return t.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:"))
    }

    private static func words(_ text: String) -> [(original: String, folded: String)] {
        text.split(separator: " ").map { (String($0), VietnameseText.folded(String($0))) }
    }

    private static func startsWithAny(_ text: String, _ phrases: [[String]]) -> Bool {
        let folded = words(text).map(\.folded)
        return phrases.contains { phrase in folded.count >= phrase.count && Array(folded.prefix(phrase.count)) == phrase }
    }

    /// Drops leading phrases (repeatedly, longest listed first).
    private static func dropLeading(_ text: String, phrases: [[String]]) -> String {
        var w = words(text)
        var changed = true
        while changed {
            changed = false
            for phrase in phrases where w.count > phrase.count && w.prefix(phrase.count).map(\.folded) == phrase {
                w.removeFirst(phrase.count)
                changed = true
                break
            }
        }
        return w.map(\.original).joined(separator: " ")
    }

    private static func dropTrailing(_ text: String, phrases: [[String]]) -> String {
        var w = words(text)
        var changed = true
        while changed {
            changed = false
            for phrase in phrases where w.count >= phrase.count && w.suffix(phrase.count).map(\.folded) == phrase {
                w.removeLast(phrase.count)
                changed = true
                break
            }
        }
        return w.map(\.original).joined(separator: " ")
    }
}
