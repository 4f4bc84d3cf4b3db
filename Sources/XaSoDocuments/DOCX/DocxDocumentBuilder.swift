import Foundation
import XaSoCore

/// Builds `word/document.xml` for an `OfficialReport`, collecting the extra parts (charts,
/// images) the body refers to.
struct DocxDocumentBuilder {
    let report: OfficialReport
    let layout: DocxLayout

    /// Relationship targets beyond the fixed ones, in the order they were referenced.
    private(set) var relationships: [DocxRelationship] = []
    private(set) var extraParts: [DocxPart] = []
    private var drawingCount = 0
    private var chartCount = 0
    private var imageCount = 0

    init(report: OfficialReport, layout: DocxLayout) {
        self.report = report
        self.layout = layout
    }

    // MARK: document

    mutating func documentXML() -> String {
        var body = report.draft ? draftMark() : ""
        body += header()
        body += titleBlock()
        body += sections()
        body += endBlock()
        body += sectionProperties()
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(DocxNamespaces.documentAttributes)><w:body>\(body)</w:body></w:document>
        """
    }

    private var bodyRun: DocxXML.RunStyle { .init(pointSize: layout.bodyPointSize) }

    private var bodyParagraph: DocxXML.ParagraphStyle {
        var p = DocxXML.ParagraphStyle()
        p.alignment = .both
        p.firstLine = layout.firstLineIndentTwips
        p.spaceAfter = layout.spaceAfterTwips
        p.line = layout.lineSpacing240
        p.markPointSize = layout.bodyPointSize
        return p
    }

    private func tight(_ alignment: DocxXML.Alignment, size: Double) -> DocxXML.ParagraphStyle {
        var p = DocxXML.ParagraphStyle()
        p.alignment = alignment
        p.markPointSize = size
        return p
    }

    /// An empty paragraph whose top border is the rule: the only way to get a centred rule of a
    /// chosen length that both Word and LibreOffice draw the same, without floating shapes.
    private func rule(lengthTwips: Int, columnWidth: Int) -> String {
        let length = min(max(lengthTwips, 200), columnWidth)
        let side = max(0, (columnWidth - length) / 2)
        var p = DocxXML.ParagraphStyle()
        p.borderTop = true
        p.indentLeft = side
        p.indentRight = columnWidth - length - side
        p.line = 60
        p.lineExact = true
        p.spaceBefore = 40
        p.markPointSize = 2
        return DocxXML.paragraph(p, "")
    }

    private func twips(ofText text: String, bold: Bool, size: Double) -> Int {
        Int((TimesMetrics.width(of: text, bold: bold, pointSize: size) * 20).rounded())
    }

    // MARK: header

    /// "DỰ THẢO" above the header, as a draft circulated for comments carries it.
    private func draftMark() -> String {
        var p = tight(.right, size: layout.headerPointSize)
        p.spaceAfter = 120
        return DocxXML.paragraph(p, DocxXML.run("DỰ THẢO", .init(bold: true, pointSize: layout.headerPointSize)))
    }

    /// Column widths of the header table. The national name at 13 pt bold is about 9.6 cm, the
    /// issuing body about 7 cm; together more than the 16.5 cm between the margins, so the
    /// table reaches a little into the left margin as official templates do. A longer body (a
    /// province's "SỞ KHOA HỌC VÀ CÔNG NGHỆ" under "UBND THÀNH PHỐ HẢI PHÒNG") widens the left column
    /// further into the 30 mm margin rather than break its name.
    private var headerColumns: (left: Int, right: Int, indent: Int) {
        let size = layout.headerPointSize
        let right = max(layout.textWidthTwips * 6 / 10, twips(ofText: report.nationalName, bold: true, size: size) + 280)
        let body = report.issuingBody.lines.map { twips(ofText: $0.uppercased(), bold: true, size: size) }
            + [report.issuingBody.superior.map { twips(ofText: $0.uppercased(), bold: false, size: size) } ?? 0]
        let left = max(layout.textWidthTwips - right + 280, 3400, (body.max() ?? 0) + 280)
        return (left, right, layout.textWidthTwips - left - right)
    }

    private func header() -> String {
        let cols = headerColumns
        let size = layout.headerPointSize

        var left = ""
        if let superior = report.issuingBody.superior, !superior.isEmpty {
            left += DocxXML.paragraph(tight(.center, size: size), DocxXML.run(superior.uppercased(), .init(pointSize: size)))
        }
        for line in report.issuingBody.lines {
            left += DocxXML.paragraph(tight(.center, size: size), DocxXML.run(line.uppercased(), .init(bold: true, pointSize: size)))
        }
        let widestBody = report.issuingBody.lines.map { twips(ofText: $0.uppercased(), bold: true, size: size) }.max() ?? 0
        left += rule(lengthTwips: Int(Double(widestBody) * layout.shortRuleFraction), columnWidth: cols.left)

        var right = DocxXML.paragraph(tight(.center, size: size), DocxXML.run(report.nationalName, .init(bold: true, pointSize: size)))
        right += DocxXML.paragraph(tight(.center, size: layout.mottoPointSize),
                                   DocxXML.run(report.motto, .init(bold: true, pointSize: layout.mottoPointSize)))
        right += rule(lengthTwips: twips(ofText: report.motto, bold: true, size: layout.mottoPointSize), columnWidth: cols.right)

        var numberP = tight(.center, size: size)
        numberP.spaceBefore = 120
        let numberCell = DocxXML.paragraph(numberP, DocxXML.run(report.number.text, .init(pointSize: size)))
        var dateP = tight(.center, size: layout.placeDatePointSize)
        dateP.spaceBefore = 120
        let dateCell = DocxXML.paragraph(dateP, DocxXML.run(report.placeDate.text, .init(italic: true, pointSize: layout.placeDatePointSize)))

        let rows = [
            DocxXML.row(cells: [DocxXML.cell(width: cols.left, content: left), DocxXML.cell(width: cols.right, content: right)]),
            DocxXML.row(cells: [DocxXML.cell(width: cols.left, content: numberCell), DocxXML.cell(width: cols.right, content: dateCell)]),
        ]
        return DocxXML.table(columns: [cols.left, cols.right], bordered: false, indent: cols.indent, cellMarginLR: 0, rows: rows)
    }

    private func titleBlock() -> String {
        let size = layout.titlePointSize
        var titleP = tight(.center, size: size)
        titleP.spaceBefore = 360
        titleP.keepNext = true
        var out = DocxXML.paragraph(titleP, DocxXML.run(report.typeName.uppercased(), .init(bold: true, pointSize: size)))
        var widest = 0
        for line in report.summary {
            var p = tight(.center, size: size)
            p.keepNext = true
            out += DocxXML.paragraph(p, DocxXML.run(line, .init(bold: true, pointSize: size)))
            widest = max(widest, twips(ofText: line, bold: true, size: size))
        }
        // A summary that wraps is as wide as the text area; the rule is a share of what is printed.
        let lineWidth = min(widest, layout.textWidthTwips)
        let ruleLength = min(Int(Double(lineWidth) * layout.shortRuleFraction), layout.textWidthTwips / 3)
        out += rule(lengthTwips: ruleLength, columnWidth: layout.textWidthTwips)
        var spacer = tight(.center, size: 6)
        spacer.spaceAfter = 120
        out += DocxXML.paragraph(spacer, "")
        return out
    }

    // MARK: body

    private mutating func sections() -> String {
        var out = ""
        var previousWasTable = false
        for section in report.sections {
            let runIn = section.runInHeading
            if runIn == nil, let heading = section.heading, !heading.isEmpty {
                out += headingParagraph(heading, level: section.level, afterTable: previousWasTable)
                previousWasTable = false
            }
            for (index, block) in section.blocks.enumerated() {
                switch block {
                case .paragraph(let p):
                    var style = bodyParagraph
                    if previousWasTable { style.spaceBefore = layout.spaceAfterTwips }
                    // The closing paragraph travels with the signature: never a signature alone on a page.
                    if section.id == Self.closingSectionID { style.keepNext = true; style.keepLines = true }
                    var text = p.text
                    if index == 0, let runIn { text = RichText(runs: [TextRun(runIn + ": ", bold: true)] + text.runs) }
                    out += DocxXML.paragraph(style, DocxXML.runs(text, base: bodyRun))
                    previousWasTable = false
                case .bullet(let p, let marker):
                    var style = bodyParagraph
                    if previousWasTable { style.spaceBefore = layout.spaceAfterTwips }
                    let text = RichText(runs: [TextRun(marker + " ")] + p.text.runs)
                    out += DocxXML.paragraph(style, DocxXML.runs(text, base: bodyRun))
                    previousWasTable = false
                case .table(let t):
                    // Two tables in a row would merge into one; a paragraph keeps them apart.
                    if previousWasTable { out += DocxXML.paragraph(tight(.left, size: 6), "") }
                    out += dataTable(t)
                    previousWasTable = true
                case .chart(let c):
                    out += chart(c)
                    previousWasTable = false
                }
            }
        }
        return out
    }

    private func headingParagraph(_ text: String, level: Int, afterTable: Bool) -> String {
        var p = bodyParagraph
        p.keepNext = true
        p.styleID = "Heading\(min(max(level, 0), 4) + 1)"
        if afterTable { p.spaceBefore = layout.spaceAfterTwips }
        var run = bodyRun
        switch level {
        case 0:
            p.alignment = .center
            p.firstLine = 0
            p.spaceBefore = max(p.spaceBefore, 120)
            run.bold = true
        case 1, 2: run.bold = true
        case 3: run.bold = true; run.italic = true
        default: run.italic = true
        }
        return DocxXML.paragraph(p, DocxXML.run(text, run))
    }

    private func columnWidths(_ table: ReportTable) -> [Int] {
        let total = table.columns.reduce(0) { $0 + $1.width }
        var widths = table.columns.map { Int((Double(layout.textWidthTwips) * $0.width / total).rounded(.down)) }
        // Give rounding leftovers to the widest column so the table spans the text width exactly.
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] += layout.textWidthTwips - widths.reduce(0, +)
        }
        return widths
    }

    private func alignment(_ a: CellAlignment) -> DocxXML.Alignment {
        switch a {
        case .left: return .left
        case .center: return .center
        case .right: return .right
        case .justified: return .both
        }
    }

    private func dataTable(_ table: ReportTable) -> String {
        let widths = columnWidths(table)
        let size = layout.tablePointSize
        func cells(_ row: [TableCell], header: Bool) -> [String] {
            var column = 0
            var out: [String] = []
            for cell in row {
                let span = max(1, min(cell.columnSpan, widths.count - column))
                let width = widths[column..<column + span].reduce(0, +)
                var p = tight(header ? .center : alignment(cell.alignment ?? table.columns[column].alignment), size: size)
                p.spaceBefore = 40
                p.spaceAfter = 40
                var base = DocxXML.RunStyle(pointSize: size)
                base.bold = header
                let content = DocxXML.paragraph(p, DocxXML.runs(cell.text, base: base))
                out.append(DocxXML.cell(width: width, span: span, vAlign: .center, content: content))
                column += span
            }
            return out
        }
        let rows = table.headerRows.map { DocxXML.row(header: true, cells: cells($0, header: true)) }
            + table.rows.map { DocxXML.row(cells: cells($0, header: false)) }
        return DocxXML.table(columns: widths, bordered: true, rows: rows)
    }

    // MARK: charts

    private mutating func nextRelationshipID() -> String { "rIdX\(relationships.count + 1)" }

    private mutating func chart(_ chart: ReportChart) -> String {
        drawingCount += 1
        let widthEMU = Int(layout.chartWidthCM * 360_000)
        let heightEMU = Int((Double(widthEMU) * Double(chart.pixelHeight) / Double(max(chart.pixelWidth, 1))).rounded())
        let docPr = "<wp:docPr id=\"\(drawingCount)\" name=\"Biểu đồ \(drawingCount)\" descr=\"\(MarkupEscaping.attribute(chart.caption))\"/>"
        let inlineHead = "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(widthEMU)\" cy=\"\(heightEMU)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>\(docPr)"
        var graphic: String
        if let data = chart.data {
            chartCount += 1
            let rid = nextRelationshipID()
            let path = "charts/chart\(chartCount).xml"
            relationships.append(DocxRelationship(id: rid, type: DocxRelationship.chartType, target: path))
            extraParts.append(DocxPart(path: "word/" + path, xml: DocxChartXML.chartSpace(data, fontName: layout.fontName)))
            graphic = "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"\(rid)\"/></a:graphicData></a:graphic>"
        } else {
            // No numbers to draw natively: place the picture. The PNG is what every reader shows;
            // the SVG rides along for Word 2016+ (svgBlip). Without a PNG the SVG is the picture
            // itself, which LibreOffice shows.
            imageCount += 1
            let svgRID = nextRelationshipID()
            relationships.append(DocxRelationship(id: svgRID, type: DocxRelationship.imageType, target: "media/chart\(imageCount).svg"))
            extraParts.append(DocxPart(path: "word/media/chart\(imageCount).svg", xml: ReportChartSVG.svg(for: chart)))
            var blip: String
            if let png = chart.pngFallback {
                let pngRID = nextRelationshipID()
                relationships.append(DocxRelationship(id: pngRID, type: DocxRelationship.imageType, target: "media/chart\(imageCount).png"))
                extraParts.append(DocxPart(path: "word/media/chart\(imageCount).png", data: png))
                blip = "<a:blip r:embed=\"\(pngRID)\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\"><asvg:svgBlip r:embed=\"\(svgRID)\"/></a:ext></a:extLst></a:blip>"
            } else {
                blip = "<a:blip r:embed=\"\(svgRID)\"/>"
            }
            graphic = "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"\(drawingCount)\" name=\"Biểu đồ \(drawingCount)\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>\(blip)<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(widthEMU)\" cy=\"\(heightEMU)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        }
        var p = tight(.center, size: layout.bodyPointSize)
        p.keepNext = true
        p.spaceBefore = 120
        let drawing = "<w:r><w:drawing>\(inlineHead)\(graphic)</wp:inline></w:drawing></w:r>"
        var captionP = tight(.center, size: layout.captionPointSize)
        captionP.spaceAfter = layout.spaceAfterTwips
        captionP.spaceBefore = 60
        return DocxXML.paragraph(p, drawing)
            + DocxXML.paragraph(captionP, DocxXML.run(chart.caption, .init(italic: true, pointSize: layout.captionPointSize)))
    }

    // MARK: end block

    /// The section `ReportBuilder` puts the closing paragraph in ("Trên đây là Báo cáo … ./.").
    static let closingSectionID = "ket-thuc"

    private func endBlock() -> String {
        var spacer = tight(.left, size: layout.bodyPointSize)
        spacer.keepNext = true
        var out = DocxXML.paragraph(spacer, "")
        let left = layout.textWidthTwips * 45 / 100
        let right = layout.textWidthTwips - left

        var recipients = ""
        if !report.recipients.isEmpty {
            recipients += DocxXML.paragraph(tight(.left, size: layout.recipientsTitlePointSize),
                                            DocxXML.run("Nơi nhận:", .init(bold: true, italic: true, pointSize: layout.recipientsTitlePointSize)))
            for line in report.recipients {
                recipients += DocxXML.paragraph(tight(.left, size: layout.recipientsPointSize),
                                                DocxXML.run(line, .init(pointSize: layout.recipientsPointSize)))
            }
        }

        let size = layout.bodyPointSize
        var signature = ""
        for line in report.signature.authorityLines {
            signature += DocxXML.paragraph(tight(.center, size: size), DocxXML.run(line.uppercased(), .init(bold: true, pointSize: size)))
        }
        for _ in 0..<layout.signatureBlankLines {
            signature += DocxXML.paragraph(tight(.center, size: size), "")
        }
        signature += DocxXML.paragraph(tight(.center, size: size), DocxXML.run(report.signature.signerName, .init(bold: true, pointSize: size)))

        out += DocxXML.table(columns: [left, right], bordered: false, cellMarginLR: 0,
                             rows: [DocxXML.row(cells: [DocxXML.cell(width: left, content: recipients),
                                                        DocxXML.cell(width: right, content: signature)])])
        return out
    }

    private func sectionProperties() -> String {
        """
        <w:sectPr><w:headerReference w:type="default" r:id="\(DocxRelationship.headerDefaultID)"/><w:headerReference w:type="first" r:id="\(DocxRelationship.headerFirstID)"/>\
        <w:pgSz w:w="\(layout.pageWidthTwips)" w:h="\(layout.pageHeightTwips)"/>\
        <w:pgMar w:top="\(layout.marginTopTwips)" w:right="\(layout.marginRightTwips)" w:bottom="\(layout.marginBottomTwips)" w:left="\(layout.marginLeftTwips)" w:header="\(layout.headerDistanceTwips)" w:footer="\(layout.headerDistanceTwips)" w:gutter="0"/>\
        <w:pgNumType w:start="1"/><w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>
        """
    }
}

struct DocxRelationship: Equatable {
    var id: String
    var type: String
    var target: String

    static let headerDefaultID = "rIdHeaderDefault"
    static let headerFirstID = "rIdHeaderFirst"
    static let chartType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
    static let imageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
}

enum DocxNamespaces {
    static let documentAttributes = [
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"",
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"",
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"",
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"",
        "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"",
        "xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\"",
    ].joined(separator: " ")
}
