import Foundation
import XaSoCore

/// Document properties that are not part of the report itself.
public struct DocxMetadata: Sendable, Equatable {
    public var author: String
    /// Written as created/modified when given. Left out by default so the same report always
    /// gives the same bytes.
    public var created: Date?

    public init(author: String = "XaSo", created: Date? = nil) {
        self.author = author
        self.created = created
    }
}

/// Writes an `OfficialReport` as a DOCX laid out per Decree 30/2020, built entirely in memory.
public enum DocxWriter {
    public static func write(_ report: OfficialReport, layout: DocxLayout = .decree30,
                             metadata: DocxMetadata = DocxMetadata()) throws -> Data {
        try DocxArchive.zip(parts(report, layout: layout, metadata: metadata))
    }

    /// The package parts before zipping, in the order they are stored.
    public static func parts(_ report: OfficialReport, layout: DocxLayout = .decree30,
                             metadata: DocxMetadata = DocxMetadata()) throws -> [DocxPart] {
        try report.validate()
        var builder = DocxDocumentBuilder(report: report, layout: layout)
        let document = builder.documentXML()
        let extra = builder.extraParts
        let title = ([report.typeName] + report.summary).joined(separator: " ")
        return [
            DocxPart(path: "[Content_Types].xml", xml: DocxPackageParts.contentTypes(extraParts: extra)),
            DocxPart(path: "_rels/.rels", xml: DocxPackageParts.packageRelationships),
            DocxPart(path: "docProps/core.xml", xml: DocxPackageParts.core(title: title, metadata: metadata)),
            DocxPart(path: "docProps/app.xml", xml: DocxPackageParts.app),
            DocxPart(path: "word/document.xml", xml: document),
            DocxPart(path: "word/_rels/document.xml.rels", xml: DocxPackageParts.documentRelationships(builder.relationships)),
            DocxPart(path: "word/styles.xml", xml: DocxPackageParts.styles(layout)),
            DocxPart(path: "word/settings.xml", xml: DocxPackageParts.settings),
            DocxPart(path: "word/fontTable.xml", xml: DocxPackageParts.fontTable(layout)),
            DocxPart(path: "word/header1.xml", xml: DocxPackageParts.pageNumberHeader(layout)),
            DocxPart(path: "word/header2.xml", xml: DocxPackageParts.emptyHeader),
        ] + extra
    }
}
