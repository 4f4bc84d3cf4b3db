import Foundation
import XaSoCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX reader of a WordprocessingML body: collects the text of every `w:p`, including those in
/// table cells and text boxes (an inner paragraph is emitted before the one holding it).
final class DocxParagraphReader: NSObject, XMLParserDelegate {
    private(set) var paragraphs: [String] = []
    /// Open paragraphs, innermost last.
    private var open: [String] = []
    private var inText = false
    /// Depth inside elements whose content is not document text (deleted runs, field codes,
    /// property blocks, the fallback copy of a drawing).
    private var skipDepth = 0
    /// libxml2 behind Foundation's parser on Linux may recover from damage and still report
    /// success, so errors are also collected as they are reported.
    private var damagedAtLine: Int?

    func run(_ data: Data, part: String) throws {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let line = damagedAtLine { throw DocxExtractError.malformed(part, line: line) }
        guard ok, parser.parserError == nil else { throw DocxExtractError.malformed(part, line: parser.lineNumber) }
    }

    private static let skipped: Set<Substring> = ["delText", "instrText", "pPr", "rPr", "Fallback", "tabs"]

    private static func local(_ name: String) -> Substring {
        guard let colon = name.firstIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let name = Self.local(elementName)
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

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch Self.local(elementName) {
        case "t":
            inText = false
        case "p":
            guard let text = open.popLast() else { return }
            let cleaned = text.precomposedStringWithCanonicalMapping
            if !cleaned.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { paragraphs.append(cleaned) }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if damagedAtLine == nil { damagedAtLine = parser.lineNumber }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && skipDepth == 0 { add(string) }
    }

    private func add(_ text: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1] += text
    }
}
