import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a WordprocessingML part back the way a reader such as python-docx sees it: body
/// paragraphs with their text, and tables as rows of cell texts. Also tells whether the part
/// is well-formed XML at all.
final class DocxReadBack: NSObject, XMLParserDelegate {
    enum Item: Equatable {
        case paragraph(String)
        case table([[String]])
    }

    private(set) var items: [Item] = []
    private(set) var error: String?
    /// Every element name seen, with how often.
    private(set) var elementCounts: [String: Int] = [:]
    /// Attributes of the first element of each name.
    private(set) var firstAttributes: [String: [String: String]] = [:]

    private var paragraphText: String?
    private var inText = false
    private var tables: [[[String]]] = []
    private var row: [String]?
    private var cell: [String]?

    static func parse(_ data: Data) -> DocxReadBack {
        let reader = DocxReadBack()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        if !parser.parse() {
            reader.error = parser.parserError.map { "\($0)" } ?? "unknown XML error"
        }
        return reader
    }

    var paragraphs: [String] {
        items.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }

    var tablesRead: [[[String]]] {
        items.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elementCounts[name, default: 0] += 1
        if firstAttributes[name] == nil { firstAttributes[name] = attributes }
        switch name {
        case "w:p": paragraphText = ""
        case "w:t": inText = true
        case "w:tab": paragraphText? += "\t"
        case "w:br": paragraphText? += "\n"
        case "w:tbl": tables.append([])
        case "w:tr": row = []
        case "w:tc": cell = []
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraphText? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            let text = paragraphText ?? ""
            paragraphText = nil
            if cell != nil { cell?.append(text) } else if tables.isEmpty { items.append(.paragraph(text)) }
        case "w:tc":
            row?.append((cell ?? []).joined(separator: "\n"))
            cell = nil
        case "w:tr":
            if let row, !tables.isEmpty { tables[tables.count - 1].append(row) }
            row = nil
        case "w:tbl":
            if let table = tables.popLast() {
                if tables.isEmpty { items.append(.table(table)) }
            }
        default: break
        }
    }
}
