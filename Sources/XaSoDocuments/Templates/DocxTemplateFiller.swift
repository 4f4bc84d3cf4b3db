import Foundation
import XaSoCore

/// Fills a whole .docx: the body, headers and footers (where letterheads and signers live);
/// every other part is copied unchanged.
public enum DocxTemplateFiller {
    /// Parts that may hold placeholders.
    static func isFillable(_ path: String) -> Bool {
        guard path.hasPrefix("word/"), path.hasSuffix(".xml"), !path.contains("/_rels/") else { return false }
        let name = String(path.dropFirst("word/".count))
        return name == "document.xml" || name.hasPrefix("header") || name.hasPrefix("footer")
            || name == "footnotes.xml" || name == "endnotes.xml"
    }

    public static func fill(docx: Data, data: TemplateData) throws -> Data {
        let parts = try DocxArchive.unzip(docx)
        guard parts.contains(where: { $0.path == "word/document.xml" }) else {
            throw TemplateError(code: .templateNotDocx, placeholder: nil,
                                message: "the file has no word/document.xml; it is not a Word document",
                                vietnamese: "Tệp mẫu không phải văn bản Word (.docx) hợp lệ.")
        }
        let filled = try parts.map { part throws(TemplateError) -> DocxPart in
            guard isFillable(part.path) else { return part }
            let xml = String(decoding: part.data, as: UTF8.self)
            return DocxPart(path: part.path, xml: try TemplateFiller.fill(xml: xml, data: data, part: part.path))
        }
        return try DocxArchive.zip(filled)
    }

    /// Placeholders used anywhere in a template, for checking an upload before it is stored.
    public static func placeholders(docx: Data) throws -> [String] {
        var seen: [String] = []
        for part in try DocxArchive.unzip(docx) where isFillable(part.path) {
            for name in TemplateFiller.placeholders(in: String(decoding: part.data, as: UTF8.self)) where !seen.contains(name) {
                seen.append(name)
            }
        }
        return seen
    }
}
