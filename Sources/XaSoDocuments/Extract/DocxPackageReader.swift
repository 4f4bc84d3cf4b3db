import Foundation
import XaSoCore
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The ZIP container of a .docx, read-only. Part names are matched without regard to case,
/// as the packaging conventions require.
final class DocxPackageReader {
    private let archive: PackageArchive.Opened
    private var entries: [String: Entry] = [:]

    init(_ data: Data) throws {
        guard data.starts(with: [0x50, 0x4B]) else { throw DocxExtractError.notDocx() }
        do {
            archive = try PackageArchive.open(data)
        } catch {
            throw DocxExtractError.notDocx()
        }
        for entry in archive where entry.type == .file {
            entries[entry.path.lowercased()] = entry
        }
    }

    func data(_ part: String) throws -> Data? {
        guard let entry = entries[part.lowercased()] else { return nil }
        do {
            return try PackagePart.data(entry, in: archive, bufferSize: 1 << 16)
        } catch .tooLarge {
            throw DocxExtractError.tooLarge(part)
        } catch .cancelled {
            throw CancellationError()
        } catch {
            throw DocxExtractError.notDocx()
        }
    }

    /// The part `_rels/.rels` names as the office document, "word/document.xml" by default.
    func mainDocumentPart() throws -> String {
        let fallback = "word/document.xml"
        guard let rels = try data("_rels/.rels"), XMLBytes.isParseable(rels) else {
            guard entries[fallback] != nil else { throw DocxExtractError.notDocx() }
            return fallback
        }
        let reader = RelationshipTargets()
        let parser = XMLParser(data: rels)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        _ = parser.parse()
        guard var target = reader.officeDocument else {
            guard entries[fallback] != nil else { throw DocxExtractError.notDocx() }
            return fallback
        }
        while target.hasPrefix("/") { target.removeFirst() }
        return target
    }
}

/// Reads the officeDocument target out of `_rels/.rels`.
private final class RelationshipTargets: NSObject, XMLParserDelegate {
    var officeDocument: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        guard elementName.hasSuffix("Relationship"), officeDocument == nil,
              let type = attributes["Type"], type.hasSuffix("/officeDocument"),
              let target = attributes["Target"] else { return }
        officeDocument = target
    }
}
