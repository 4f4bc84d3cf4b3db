import Foundation

/// The fixed XML parts of a written workbook: content types, relationships, workbook, styles.
enum XLSXPackageParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    static func contentTypes(sheetCount: Int, sharedStrings: Bool) -> Data {
        var out = declaration
        out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(contentTypePrefix)sheet.main+xml\"/>"
        for k in 1...sheetCount {
            out += "<Override PartName=\"/xl/worksheets/sheet\(k).xml\" ContentType=\"\(contentTypePrefix)worksheet+xml\"/>"
        }
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(contentTypePrefix)styles+xml\"/>"
        if sharedStrings {
            out += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(contentTypePrefix)sharedStrings+xml\"/>"
        }
        out += "</Types>"
        return Data(out.utf8)
    }

    static let rootRelationships = Data((declaration
        + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>").utf8)

    static func workbook(sheetNames: [String]) -> Data {
        var out = declaration
        out += "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        out += "<bookViews><workbookView/></bookViews><sheets>"
        for (k, name) in sheetNames.enumerated() {
            out += "<sheet name=\"\(MarkupEscaping.attribute(name))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>"
        }
        out += "</sheets></workbook>"
        return Data(out.utf8)
    }

    /// Sheets take rId1…rIdN so that a sheet's id matches its position; styles and strings follow.
    static func workbookRelationships(sheetCount: Int, sharedStrings: Bool) -> Data {
        var out = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        for k in 1...sheetCount {
            out += "<Relationship Id=\"rId\(k)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(k).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        if sharedStrings {
            out += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" "
                + "Target=\"sharedStrings.xml\"/>"
        }
        out += "</Relationships>"
        return Data(out.utf8)
    }

    /// Cell styles, indexed by `XLSXCellStyle.index`: four number formats, each plain and bold.
    /// Times New Roman is the font Decree 30/2020 prescribes for official documents.
    static let styles: Data = {
        let formats = XLSXCellStyle.Format.allCases
        var out = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        let custom = formats.compactMap { f in f.code.map { (f.numFmtId, $0) } }
        out += "<numFmts count=\"\(custom.count)\">"
        for (id, code) in custom {
            out += "<numFmt numFmtId=\"\(id)\" formatCode=\"\(MarkupEscaping.attribute(code))\"/>"
        }
        out += "</numFmts>"
        let font = "<sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/><charset val=\"163\"/>"
        out += "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>"
        out += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        out += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        out += "<cellXfs count=\"\(formats.count * 2)\">"
        for bold in [false, true] {
            for format in formats {
                out += "<xf numFmtId=\"\(format.numFmtId)\" fontId=\"\(bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + (format.numFmtId != 0 ? " applyNumberFormat=\"1\"" : "") + (bold ? " applyFont=\"1\"" : "") + "/>"
            }
        }
        out += "</cellXfs>"
        out += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        out += "</styleSheet>"
        return Data(out.utf8)
    }()
}

/// The `s` attribute of a written cell.
struct XLSXCellStyle {
    enum Format: Int, CaseIterable {
        case general, date, dateTime, percent

        var numFmtId: Int { self == .general ? 0 : 163 + rawValue }

        var code: String? {
            switch self {
            case .general: return nil
            case .date: return "dd/mm/yyyy"
            case .dateTime: return "dd/mm/yyyy hh:mm"
            case .percent: return "0.0%"
            }
        }
    }

    static func index(_ format: Format, bold: Bool) -> Int {
        format.rawValue + (bold ? Format.allCases.count : 0)
    }
}
