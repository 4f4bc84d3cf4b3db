import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Base for the SAX readers of one part of an Office package (XLSX sheets, a DOCX body): runs
/// XMLParser over the part, lets a subclass stop with a SpreadsheetError, and turns XML damage into
/// the reader's "malformed" error naming the part (`xlsx.malformed_xml` unless told otherwise).
/// Damage is judged here, not by `parse()`'s result: on Linux, libxml2 recovers from mismatched
/// tags and `parse()` still returns true, and a document cut off mid-way raises no error at all.
/// Subclasses override the three callbacks declared here; they must be declared on this class,
/// because XMLParserDelegate's default implementations would otherwise win the dispatch.
class XMLPartParser: NSObject, XMLParserDelegate {
    let part: String
    typealias Malformed = (_ part: String, _ line: Int, _ detail: String) -> any Error
    private let malformed: Malformed
    private var failure: (any Error)?
    private weak var running: XMLParser?
    private var depth = 0
    private var sawRoot = false
    /// Caps read once per part (the shared value is behind a lock).
    let limits = DocumentLimits.current
    /// Callbacks since the last look at `Task.isCancelled`.
    private var sinceCancelCheck = 0

    init(part: String, malformed: @escaping Malformed = { SpreadsheetError.xlsxMalformedXML(part: $0, line: $1, detail: $2) }) {
        self.part = part
        self.malformed = malformed
    }

    func run(_ data: Data) throws {
        guard XMLBytes.isParseable(data) else { throw malformed(part, 1, "không phải văn bản UTF-8 hợp lệ") }
        // A stream, not `XMLParser(data:)`: given all bytes in one chunk, libxml2 stops at 10 MB
        // with "huge input lookup", and Excel writes a whole sheet on one line.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        running = parser
        let ok = parser.parse()
        if let failure { throw failure }
        if !ok || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw malformed(part, parser.lineNumber, "mã lỗi XML \(code)")
        }
        if !sawRoot || depth != 0 {
            throw malformed(part, parser.lineNumber, "phần này bị cắt cụt")
        }
    }

    /// Stops parsing; `run` then throws this error instead of a generic XML one.
    func fail(_ error: SpreadsheetError) {
        stop(error)
    }

    /// The same for readers whose errors are not spreadsheet errors (the DOCX body).
    func fail(with error: any Error) {
        stop(error)
    }

    /// Appends a piece of text to a cell or paragraph being collected; false (and parsing stopped
    /// with `tooLong`) once it would pass `limits.maxTextBytes`. UTF-8 counts are O(1), so the
    /// check keeps the collection linear.
    func append(_ piece: String, to text: inout String, tooLong: @autoclosure () -> any Error) -> Bool {
        guard text.utf8.count + piece.utf8.count <= limits.maxTextBytes else {
            stop(tooLong())
            return false
        }
        text += piece
        return true
    }

    /// Every few thousand callbacks: a request whose client has gone stops here.
    private func checkCancellation() {
        sinceCancelCheck += 1
        guard sinceCancelCheck >= 4096 else { return }
        sinceCancelCheck = 0
        if Task.isCancelled { stop(CancellationError()) }
    }

    private func stop(_ error: any Error) {
        if failure == nil { failure = error }
        running?.abortParsing()
    }

    var currentLine: Int { running?.lineNumber ?? 0 }

    func start(_ name: Substring, _ attributes: [String: String]) {}
    func end(_ name: Substring) {}
    func text(_ string: String) {}

    // MARK: XMLParserDelegate

    final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        depth += 1
        sawRoot = true
        checkCancellation()
        guard failure == nil else { return }
        start(Self.localName(elementName), attributeDict)
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                      qualifiedName qName: String?) {
        depth -= 1
        guard failure == nil else { return }
        end(Self.localName(elementName))
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        let code = (parseError as NSError).code
        stop(malformed(part, parser.lineNumber, "mã lỗi XML \(code)"))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        checkCancellation()
        guard failure == nil else { return }
        text(string)
    }

    final func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        checkCancellation()
        guard failure == nil else { return }
        text(String(decoding: CDATABlock, as: UTF8.self))
    }

    /// Some producers write `x:c` with a prefixed main namespace; the local name is what matters.
    static func localName(_ name: String) -> Substring {
        if let colon = name.firstIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }

    /// An attribute by local name, whatever prefix it carries (`r:id`, `id`).
    static func attribute(_ attributes: [String: String], _ local: String) -> String? {
        if let value = attributes[local] { return value }
        for (key, value) in attributes where key.hasSuffix(":" + local) { return value }
        return nil
    }
}
