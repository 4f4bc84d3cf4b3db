import Foundation

/// An .xlsx written by hand the way Excel lays it out, with parts named on purpose unlike the
/// writer's ("worksheets/data.xml", relationship ids out of order) so the reader must follow
/// the relationships.
enum HandMadeWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func data(sheets: [(name: String, xml: String)], sharedStrings: String? = nil, styles: String? = nil,
                     date1904: Bool = false) -> Data {
        var files: [(path: String, text: String)] = []
        let types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
        files.append(("[Content_Types].xml", types))
        files.append(("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"))
        var workbook = "<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\">"
            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>"
        var rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (k, sheet) in sheets.enumerated() {
            let id = "rId\(10 - k)"
            workbook += "<sheet name=\"\(sheet.name)\" sheetId=\"\(k + 1)\" r:id=\"\(id)\"/>"
            rels += "<Relationship Id=\"\(id)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/data\(k).xml\"/>"
            // A sheet given with its own declaration is taken as the whole part (for damaged parts).
            let document = sheet.xml.hasPrefix("<?xml") ? sheet.xml
                : "<?xml version=\"1.0\"?><worksheet xmlns=\"\(main)\"><sheetData>\(sheet.xml)</sheetData></worksheet>"
            files.append(("xl/worksheets/data\(k).xml", document))
        }
        workbook += "</sheets></workbook>"
        if let sharedStrings {
            rels += "<Relationship Id=\"rId20\" Type=\"\(rel)/sharedStrings\" Target=\"strings.xml\"/>"
            files.append(("xl/strings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"\(main)\">\(sharedStrings)</sst>"))
        }
        if let styles {
            rels += "<Relationship Id=\"rId21\" Type=\"\(rel)/styles\" Target=\"/xl/styles.xml\"/>"
            files.append(("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>"))
        }
        rels += "</Relationships>"
        files.append(("xl/workbook.xml", workbook))
        files.append(("xl/_rels/workbook.xml.rels", rels))
        return TestZip.stored(files)
    }
}
