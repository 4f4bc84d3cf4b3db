import Foundation
import XaSoCore

/// Fills a Word template's XML. Pure: XML text in, XML text out.
///
/// - `{name}` is replaced by its value, XML-escaped, in the formatting of the run where the
///   placeholder begins — also when Word split the placeholder over several runs (a paragraph's
///   `<w:t>` texts are read as one string and positions mapped back to the runs). `{NAME}` in
///   capitals, when only `name` is known, prints the value in capitals (letterheads).
/// - `{#name}…{/name}` repeats what it encloses once per row of a list:
///   - inside one paragraph with other text around it: just the enclosed text ("Gồm: {#ds}{ten}, {/ds}");
///   - in a table: the whole row (or rows) holding the markers;
///   - elsewhere: the paragraphs from the one holding `{#name}` to the one holding `{/name}`;
///     a marker alone in its paragraph takes that paragraph away with it, and a paragraph that is
///     nothing but one loop is repeated whole (one paragraph per row).
///   Inside the loop a row's fields hide outer ones of the same name. With a yes/no value the
///   enclosed part is kept once or dropped.
/// - A placeholder with no value is an error naming it.
public enum TemplateFiller {
    public static func fill(xml: String, data: TemplateData, part: String? = nil) throws(TemplateError) -> String {
        try fill(xml, scopes: [data.values], part: part)
    }

    /// Names of the placeholders a template uses, loops included, each once, in order.
    public static func placeholders(in xml: String) -> [String] {
        let scan = TemplateScan(xml)
        var seen: [String] = []
        for tag in scan.tags(scan.joinedParagraphs()) where tag.kind != .close && !seen.contains(tag.name) {
            seen.append(tag.name)
        }
        return seen
    }

    typealias Scope = [String: TemplateValue]
    typealias Tag = TemplateScan.Tag

    // MARK: values

    /// The innermost value of that name. `{XA}` with only `xa` known prints it in capitals.
    private static func lookup(_ name: String, _ scopes: [Scope]) -> TemplateValue? {
        for scope in scopes.reversed() {
            if let v = scope[name] { return v }
        }
        let lower = name.lowercased()
        guard lower != name, name == name.uppercased() else { return nil }
        for scope in scopes.reversed() {
            if case .text(let v)? = scope[lower] { return .text(v.uppercased()) }
        }
        return nil
    }

    private static func fieldText(_ name: String, _ scopes: [Scope], part: String?) throws(TemplateError) -> String {
        switch lookup(name, scopes) {
        case .text(let value): return value
        case .flag(let value): return value ? "Có" : "Không"
        case .list:
            throw TemplateError(code: .templateListAsField, placeholder: name,
                                message: "{\(name)} is a list; use {#\(name)}…{/\(name)}",
                                vietnamese: "“{\(name)}” là danh sách, cần dùng vòng lặp {#\(name)}…{/\(name)}.")
        case nil:
            throw TemplateError.unknown(name, part: part, known: Array(Set(scopes.flatMap(\.keys))))
        }
    }

    /// The rows a loop repeats over: a list's rows, or one empty row for "yes" and none for "no".
    private static func loopItems(_ name: String, _ scopes: [Scope], part: String?) throws(TemplateError) -> [Scope] {
        switch lookup(name, scopes) {
        case .list(let rows): return rows
        case .flag(let keep): return keep ? [[:]] : []
        case .text:
            throw TemplateError(code: .templateNotAList, placeholder: name,
                                message: "{#\(name)} needs a list, but \(name) is a single value",
                                vietnamese: "“{#\(name)}” cần một danh sách, nhưng “\(name)” chỉ là một giá trị.")
        case nil:
            throw TemplateError.unknown(name, part: part, known: Array(Set(scopes.flatMap(\.keys))))
        }
    }

    private static func unexpectedClose(_ name: String) -> TemplateError {
        TemplateError(code: .templateUnexpectedClose, placeholder: name,
                      message: "{/\(name)} closes a loop that was not opened",
                      vietnamese: "Mẫu có “{/\(name)}” nhưng không có “{#\(name)}” mở vòng lặp trước đó.")
    }

    private static func unclosed(_ name: String) -> TemplateError {
        TemplateError(code: .templateUnclosedLoop, placeholder: name,
                      message: "{#\(name)} is never closed by {/\(name)}",
                      vietnamese: "Vòng lặp “{#\(name)}” chưa có “{/\(name)}” để đóng.")
    }

    private static func matchingClose<T>(_ tags: [T], _ openIndex: Int, kind: (T) -> TemplateScan.TagKind,
                                         name: (T) -> String) -> Int? {
        let loopName = name(tags[openIndex])
        var depth = 0
        for j in (openIndex + 1)..<tags.count where name(tags[j]) == loopName {
            if kind(tags[j]) == .open { depth += 1 }
            if kind(tags[j]) == .close {
                if depth == 0 { return j }
                depth -= 1
            }
        }
        return nil
    }

    // MARK: XML

    /// Handles the first loop (then the rest recursively); with no loop left, fills the fields.
    private static func fill(_ xml: String, scopes: [Scope], part: String?) throws(TemplateError) -> String {
        let scan = TemplateScan(xml)
        let joined = scan.joinedParagraphs()
        let tags = scan.tags(joined)

        guard let openIndex = tags.firstIndex(where: { $0.kind == .open }) else {
            if let stray = tags.first(where: { $0.kind == .close }) { throw unexpectedClose(stray.name) }
            var replacements: [(tag: Tag, text: String)] = []
            for tag in tags { replacements.append((tag, try fieldText(tag.name, scopes, part: part))) }
            return replacements.isEmpty ? xml : scan.rewriting(replacements, joined: joined)
        }
        let open = tags[openIndex]
        guard let closeIndex = matchingClose(tags, openIndex, kind: \.kind, name: \.name) else { throw unclosed(open.name) }
        let close = tags[closeIndex]

        func alone(_ from: Int, _ to: Int, in paragraph: Int) -> Bool {
            let text = joined[paragraph].text
            return text[..<from].allSatisfy(\.isWhitespace) && text[to...].allSatisfy(\.isWhitespace)
        }

        // A loop inside running text: expand the text, then carry on with the rest.
        if open.paragraph == close.paragraph && !alone(open.start, close.end, in: open.paragraph) {
            let text = Array(joined[open.paragraph].text[open.start..<close.end])
            let expanded = try expandText(text, scopes: scopes, part: part)
            let span = Tag(kind: .field, name: open.name, paragraph: open.paragraph, start: open.start, end: close.end)
            return try fill(scan.rewriting([(span, expanded)], joined: joined), scopes: scopes, part: part)
        }

        let region = try loopRegion(scan, joined, open: open, close: close, alone: alone)
        let items = try loopItems(open.name, scopes, part: part)
        let bytes = scan.bytes
        let prefix = String(decoding: bytes[..<region.outerStart], as: UTF8.self)
        let body = stripMarkers(String(decoding: bytes[region.innerStart..<region.innerEnd], as: UTF8.self), name: open.name)
        let rest = String(decoding: bytes[region.outerEnd...], as: UTF8.self)

        var out = try fill(prefix, scopes: scopes, part: part)
        for item in items {
            out += try fill(body, scopes: scopes + [item], part: part)
        }
        out += try fill(rest, scopes: scopes, part: part)
        return out
    }

    /// What is repeated (`inner…`) and what is taken out of the document for it (`outer…`):
    /// the same, except for marker paragraphs, which are dropped.
    private static func loopRegion(_ scan: TemplateScan, _ joined: [TemplateScan.JoinedParagraph], open: Tag, close: Tag,
                                   alone: (Int, Int, Int) -> Bool) throws(TemplateError)
        -> (outerStart: Int, innerStart: Int, innerEnd: Int, outerEnd: Int) {
        let openParagraph = scan.paragraphs[open.paragraph]
        let closeParagraph = scan.paragraphs[close.paragraph]
        if openParagraph.row >= 0 || closeParagraph.row >= 0 {
            guard openParagraph.row >= 0, closeParagraph.row >= 0 else {
                throw TemplateError(code: .templateLoopCrossesTable, placeholder: open.name,
                                    message: "{#\(open.name)} and {/\(open.name)} must both be inside the table or both outside",
                                    vietnamese: "“{#\(open.name)}” và “{/\(open.name)}” phải cùng nằm trong bảng hoặc cùng nằm ngoài bảng.")
            }
            let start = scan.rows[openParagraph.row].start, end = scan.rows[closeParagraph.row].end
            return (start, start, end, end)
        }
        if open.paragraph == close.paragraph {
            return (openParagraph.start, openParagraph.start, openParagraph.end, openParagraph.end)
        }
        let innerStart = alone(open.start, open.end, open.paragraph) ? openParagraph.end : openParagraph.start
        let innerEnd = alone(close.start, close.end, close.paragraph) ? closeParagraph.start : closeParagraph.end
        return (openParagraph.start, innerStart, max(innerStart, innerEnd), closeParagraph.end)
    }

    /// Removes the loop's own `{#name}` and its matching `{/name}` from the repeated part.
    private static func stripMarkers(_ xml: String, name: String) -> String {
        let scan = TemplateScan(xml)
        let joined = scan.joinedParagraphs()
        let tags = scan.tags(joined)
        var remove: [(tag: Tag, text: String)] = []
        if let open = tags.firstIndex(where: { $0.kind == .open && $0.name == name }) {
            remove.append((tags[open], ""))
            if let close = matchingClose(tags, open, kind: \.kind, name: \.name) { remove.append((tags[close], "")) }
        } else if let close = tags.firstIndex(where: { $0.kind == .close && $0.name == name }) {
            remove.append((tags[close], ""))
        }
        return remove.isEmpty ? xml : scan.rewriting(remove, joined: joined)
    }

    // MARK: text

    /// Fills a stretch of plain text, loops included; the caller escapes the result.
    private static func expandText(_ text: [Character], scopes: [Scope], part: String?) throws(TemplateError) -> String {
        let tags = TemplateScan.tags(in: text)
        var out = ""
        var position = 0
        var i = 0
        while i < tags.count {
            let tag = tags[i]
            out += String(text[position..<tag.start])
            switch tag.kind {
            case .field:
                out += try fieldText(tag.name, scopes, part: part)
                position = tag.end
                i += 1
            case .close:
                throw unexpectedClose(tag.name)
            case .open:
                guard let j = matchingClose(tags, i, kind: \.kind, name: \.name) else { throw unclosed(tag.name) }
                let body = Array(text[tag.end..<tags[j].start])
                for item in try loopItems(tag.name, scopes, part: part) {
                    out += try expandText(body, scopes: scopes + [item], part: part)
                }
                position = tags[j].end
                i = j + 1
            }
        }
        return out + String(text[position...])
    }
}
