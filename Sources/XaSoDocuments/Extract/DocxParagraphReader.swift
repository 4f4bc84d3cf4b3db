import Foundation
import XaSoCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX reader of a WordprocessingML body: collects the text of every `w:p`, including those in
/// table cells and text boxes (an inner paragraph is emitted before the one holding it). Parsing,
/// damage and cut-off detection are the spreadsheet readers' (`XMLPartParser`): Word writes the
/// whole body on one line too.
final class DocxParagraphReader: XMLPartParser {
    private(set) var paragraphs: [String] = []
    /// Open paragraphs, innermost last.
    private var open: [String] = []
    private var inText = false
    /// Depth inside elements whose content is not document text (deleted runs, field codes,
    /// property blocks, the fallback copy of a drawing).
    private var skipDepth = 0
    /// Text of the paragraphs kept so far, and the most the caller wants (nil: no bound but the
    /// part's): the plan import stops here instead of parsing a 100 MB body it will refuse.
    private var totalBytes = 0
    private let maxTotalBytes: Int?
    private let tooMuch: (@Sendable (Int) -> any Error)?

    init(part: String, maxTotalBytes: Int? = nil, tooMuch: (@Sendable (Int) -> any Error)? = nil) {
        self.maxTotalBytes = maxTotalBytes
        self.tooMuch = tooMuch
        super.init(part: part) { part, line, _ in DocxExtractError.malformed(part, line: line) }
    }

    private static let skipped: Set<Substring> = ["delText", "instrText", "pPr", "rPr", "Fallback", "tabs"]

    override func start(_ name: Substring, _ attributes: [String: String]) {
        if skipDepth > 0 || Self.skipped.contains(name) {
            skipDepth += 1
            return
        }
        switch name {
        case "p": open.append("")
        case "t": inText = true
        case "tab", "ptab": add("\t")
        case "br", "cr": add("\n")
        case "noBreakHyphen": add("-")
        default: break
        }
    }

    override func end(_ name: Substring) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch name {
        case "t":
            inText = false
        case "p":
            guard let text = open.popLast() else { return }
            let cleaned = text.precomposedStringWithCanonicalMapping
            if !cleaned.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                paragraphs.append(cleaned)
                totalBytes += cleaned.utf8.count + 1
                if let maxTotalBytes, totalBytes > maxTotalBytes, let tooMuch { fail(with: tooMuch(maxTotalBytes)) }
            }
        default:
            break
        }
    }

    override func text(_ string: String) {
        if inText && skipDepth == 0 { add(string) }
    }

    /// Appends in place (the array's element is modified, not copied), and stops a paragraph at
    /// `limits.maxTextBytes`: a 719 KB file can hold one paragraph of 700 MB.
    private func add(_ text: String) {
        guard !open.isEmpty else { return }
        let limit = limits.maxTextBytes
        _ = append(text, to: &open[open.count - 1],
                   tooLong: DocxExtractError.paragraphTooLong(part, paragraph: paragraphs.count + 1, limitBytes: limit))
    }
}
