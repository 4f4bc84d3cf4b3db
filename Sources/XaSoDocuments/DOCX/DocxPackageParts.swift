import Foundation

/// The fixed parts of the package: content types, relationships, styles, settings, page-number
/// headers and document properties.
enum DocxPackageParts {
    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let rNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(extraParts: [DocxPart]) -> String {
        var defaults = [
            ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
            ("xml", "application/xml"),
        ]
        if extraParts.contains(where: { $0.path.hasSuffix(".png") }) { defaults.append(("png", "image/png")) }
        if extraParts.contains(where: { $0.path.hasSuffix(".svg") }) { defaults.append(("svg", "image/svg+xml")) }
        let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var overrides = [
            ("/word/document.xml", "\(wml).document.main+xml"),
            ("/word/styles.xml", "\(wml).styles+xml"),
            ("/word/settings.xml", "\(wml).settings+xml"),
            ("/word/fontTable.xml", "\(wml).fontTable+xml"),
            ("/word/header1.xml", "\(wml).header+xml"),
            ("/word/header2.xml", "\(wml).header+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for part in extraParts where part.path.hasPrefix("word/charts/") {
            overrides.append(("/" + part.path, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"))
        }
        return xmlHeader
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + defaults.map { "<Default Extension=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + "</Types>"
    }

    static let packageRelationships = xmlHeader + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
    </Relationships>
    """

    static func documentRelationships(_ extra: [DocxRelationship]) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let fixed = [
            DocxRelationship(id: "rIdStyles", type: "\(base)/styles", target: "styles.xml"),
            DocxRelationship(id: "rIdSettings", type: "\(base)/settings", target: "settings.xml"),
            DocxRelationship(id: "rIdFontTable", type: "\(base)/fontTable", target: "fontTable.xml"),
            DocxRelationship(id: DocxRelationship.headerDefaultID, type: "\(base)/header", target: "header1.xml"),
            DocxRelationship(id: DocxRelationship.headerFirstID, type: "\(base)/header", target: "header2.xml"),
        ]
        return xmlHeader
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + (fixed + extra).map {
                "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\(MarkupEscaping.attribute($0.target))\"/>"
            }.joined()
            + "</Relationships>"
    }

    static func styles(_ layout: DocxLayout) -> String {
        let font = MarkupEscaping.attribute(layout.fontName)
        let body = DocxLayout.halfPoints(layout.bodyPointSize)
        let fonts = "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
        func heading(_ level: Int, bold: Bool, italic: Bool) -> String {
            let name = "heading \(level + 1)"
            var rpr = fonts
            if bold { rpr += "<w:b/><w:bCs/>" }
            if italic { rpr += "<w:i/><w:iCs/>" }
            rpr += "<w:color w:val=\"000000\"/><w:sz w:val=\"\(body)\"/><w:szCs w:val=\"\(body)\"/>"
            return "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level + 1)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"\(level)\"/></w:pPr><w:rPr>\(rpr)</w:rPr></w:style>"
        }
        return xmlHeader + """
        <w:styles xmlns:w="\(wNS)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts)<w:sz w:val="\(body)"/><w:szCs w:val="\(body)"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>\(fonts)<w:color w:val="000000"/><w:sz w:val="\(body)"/><w:szCs w:val="\(body)"/></w:rPr></w:style>\
        \(heading(0, bold: true, italic: false))\(heading(1, bold: true, italic: false))\(heading(2, bold: true, italic: false))\(heading(3, bold: true, italic: true))\(heading(4, bold: false, italic: true))\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>\
        </w:styles>
        """
    }

    static let settings = xmlHeader + """
    <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
    <w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>\
    <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
    <w:themeFontLang w:val="vi-VN"/></w:settings>
    """

    static func fontTable(_ layout: DocxLayout) -> String {
        xmlHeader + """
        <w:fonts xmlns:w="\(wNS)"><w:font w:name="\(MarkupEscaping.attribute(layout.fontName))"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>
        """
    }

    /// The page number, centred in the top margin, as a PAGE field so Word and LibreOffice count
    /// the pages themselves.
    static func pageNumberHeader(_ layout: DocxLayout) -> String {
        let hp = DocxLayout.halfPoints(layout.pageNumberPointSize)
        let rpr = "<w:rPr><w:sz w:val=\"\(hp)\"/><w:szCs w:val=\"\(hp)\"/></w:rPr>"
        return xmlHeader + """
        <w:hdr xmlns:w="\(wNS)" xmlns:r="\(rNS)"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/>\(rpr)</w:pPr>\
        <w:r>\(rpr)<w:fldChar w:fldCharType="begin"/></w:r><w:r>\(rpr)<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r>\(rpr)<w:fldChar w:fldCharType="separate"/></w:r><w:r>\(rpr)<w:t>2</w:t></w:r><w:r>\(rpr)<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
        """
    }

    /// Page 1 carries no number (Decree 30/2020), so the first-page header is empty.
    static let emptyHeader = xmlHeader + """
    <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>
    """

    static func core(title: String, metadata: DocxMetadata) -> String {
        var out = xmlHeader + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(MarkupEscaping.text(title))</dc:title><dc:creator>\(MarkupEscaping.text(metadata.author))</dc:creator><dc:language>vi-VN</dc:language>
        """
        if let created = metadata.created {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            let stamp = formatter.string(from: created)
            out += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        }
        return out + "</cp:coreProperties>"
    }

    static let app = xmlHeader + """
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>XaSo</Application><DocSecurity>0</DocSecurity></Properties>
    """
}
