import Foundation
import ZIPFoundation

/// The ZIP container of an .xlsx and its relationship parts (Open Packaging Conventions).
/// Part names are matched without regard to case, as OPC requires and as some tools need.
final class XLSXPackage {
    private let archive: PackageArchive.Opened
    private var entries: [String: Entry] = [:]

    init(_ data: Data) throws {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // OLE2 compound file: Excel 97–2003, or an .xlsx that Excel encrypted with a password.
            throw SpreadsheetError.xlsxLegacyOrEncrypted()
        }
        guard data.starts(with: [0x50, 0x4B]) else { throw SpreadsheetError.xlsxNotZip() }
        do {
            archive = try PackageArchive.open(data)
        } catch {
            throw SpreadsheetError.xlsxNotZip()
        }
        for entry in archive where entry.type == .file {
            entries[Self.key(entry.path)] = entry
        }
        guard !entries.isEmpty else { throw SpreadsheetError.xlsxNotZip() }
    }

    func contains(_ part: String) -> Bool {
        entries[Self.key(part)] != nil
    }

    /// The bytes of a part, or nil when the package has no such part.
    func data(_ part: String) throws -> Data? {
        guard let entry = entries[Self.key(part)] else { return nil }
        do {
            return try PackagePart.data(entry, in: archive)
        } catch .tooLarge {
            throw SpreadsheetError.xlsxPartTooLarge(part: part, limit: PackagePart.maxSizeText)
        } catch .cancelled {
            throw CancellationError()
        } catch {
            throw SpreadsheetError.xlsxCorruptZip(part: part)
        }
    }

    func requiredData(_ part: String) throws -> Data {
        guard let data = try data(part) else { throw SpreadsheetError.xlsxMissingPart(part) }
        return data
    }

    /// Relationships of `part` ("" for the package itself), with targets resolved to part names.
    func relationships(of part: String) throws -> [XLSXRelationship] {
        let relsPart = Self.relationshipsPart(of: part)
        guard let data = try data(relsPart) else { return [] }
        let parser = RelationshipsParser(part: relsPart)
        try parser.run(data)
        return parser.relationships.map { raw in
            XLSXRelationship(id: raw.id, type: raw.type,
                             target: raw.external ? raw.target : Self.resolve(raw.target, from: part),
                             external: raw.external)
        }
    }

    /// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels".
    static func relationshipsPart(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/" + part + ".rels" }
        return part[..<slash] + "/_rels/" + part[part.index(after: slash)...] + ".rels"
    }

    /// A relationship target as a part name: relative to the source part's folder, or absolute
    /// from the package root when it starts with "/".
    static func resolve(_ target: String, from sourcePart: String) -> String {
        var target = target.replacingOccurrences(of: "\\", with: "/")
        if target.contains("%"), let decoded = target.removingPercentEncoding { target = decoded }
        var segments: [Substring]
        if target.hasPrefix("/") {
            segments = []
        } else {
            segments = sourcePart.split(separator: "/", omittingEmptySubsequences: true)
            if !segments.isEmpty { segments.removeLast() }  // the source part's own file name
        }
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(piece)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func key(_ path: String) -> String {
        var p = path.replacingOccurrences(of: "\\", with: "/")
        while p.hasPrefix("/") { p.removeFirst() }
        return p.lowercased()
    }
}

struct XLSXRelationship: Equatable {
    let id: String
    let type: String
    let target: String
    let external: Bool

    /// Transitional and Strict OOXML use different URIs ending in the same word.
    func hasType(_ suffix: String) -> Bool {
        type.hasSuffix("/" + suffix)
    }
}

private final class RelationshipsParser: XMLPartParser {
    struct Raw { let id: String; let type: String; let target: String; let external: Bool }
    var relationships: [Raw] = []

    override func start(_ name: Substring, _ attributes: [String: String]) {
        guard name == "Relationship" else { return }
        guard let id = attributes["Id"], let target = attributes["Target"] else { return }
        relationships.append(Raw(id: id, type: attributes["Type"] ?? "", target: target,
                                 external: attributes["TargetMode"] == "External"))
    }
}
