import Foundation
import XaSoCore

/// DrawingML chart parts. Charts are drawn natively rather than as pictures: Word and
/// LibreOffice both render `c:chartSpace` with real fonts (Vietnamese labels included), print it
/// sharply, and let a clerk restyle it. The values live in the part's caches (no embedded
/// workbook), which both programs display; only Word's "Edit Data" needs a workbook.
enum DocxChartXML {
    static func chartSpace(_ data: ReportChartData, fontName: String) -> String {
        let font = MarkupEscaping.attribute(fontName)
        let plot: String
        switch data.kind {
        case .columns, .horizontalBars: plot = barChart(data, font: font)
        case .lines: plot = lineChart(data, font: font)
        }
        let legend = data.series.count > 1
            ? "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>\(textProperties(font: font, size: 1100))</c:legend>"
            : ""
        return DocxPackageParts.xmlHeader + """
        <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>\
        <c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>\(plot)</c:plotArea>\(legend)<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>\
        <c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>\(textProperties(font: font, size: 1100))</c:chartSpace>
        """
    }

    private static let categoryAxisID = 50_010
    private static let valueAxisID = 50_020

    private static func textProperties(font: String, size: Int, bold: Bool = false) -> String {
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill><a:latin typeface=\"\(font)\"/><a:cs typeface=\"\(font)\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr>"
    }

    private static func fill(_ hex: String) -> String {
        "<a:solidFill><a:srgbClr val=\"\(sanitizedHex(hex))\"/></a:solidFill>"
    }

    static func sanitizedHex(_ hex: String) -> String {
        let cleaned = hex.uppercased().filter { "0123456789ABCDEF".contains($0) }
        return cleaned.count == 6 ? cleaned : "404040"
    }

    private static func numberFormat(_ data: ReportChartData) -> String {
        data.valueFormat == .percent ? "0.#\"%\"" : "0"
    }

    private static func categories(_ data: ReportChartData, column: String = "A") -> String {
        let points = data.categories.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\(MarkupEscaping.text($0.element))</c:v></c:pt>" }.joined()
        return "<c:cat><c:strRef><c:f>Sheet1!$\(column)$2:$\(column)$\(data.categories.count + 1)</c:f><c:strCache><c:ptCount val=\"\(data.categories.count)\"/>\(points)</c:strCache></c:strRef></c:cat>"
    }

    private static func columnLetter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(66 + min(index, 24))))
    }

    private static func values(_ series: ReportChartSeries, index: Int, data: ReportChartData) -> String {
        // Missing figures are left out of the cache so they show as gaps, never as zero.
        let points = series.values.enumerated().compactMap { item -> String? in
            guard let value = item.element, value.isFinite else { return nil }
            return "<c:pt idx=\"\(item.offset)\"><c:v>\(plainNumber(value))</c:v></c:pt>"
        }.joined()
        let col = columnLetter(index)
        return "<c:val><c:numRef><c:f>Sheet1!$\(col)$2:$\(col)$\(series.values.count + 1)</c:f><c:numCache><c:formatCode>\(MarkupEscaping.text(numberFormat(data)))</c:formatCode><c:ptCount val=\"\(series.values.count)\"/>\(points)</c:numCache></c:numRef></c:val>"
    }

    /// Numbers in chart XML use the invariant form ("99.2"); the reader's locale formats them.
    static func plainNumber(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    private static func seriesName(_ series: ReportChartSeries, index: Int) -> String {
        let col = columnLetter(index)
        return "<c:tx><c:strRef><c:f>Sheet1!$\(col)$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(MarkupEscaping.text(series.name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
    }

    private static func dataLabels(_ show: Bool, data: ReportChartData, font: String, position: String?) -> String {
        guard show else { return "<c:dLbls><c:delete val=\"1\"/></c:dLbls>" }
        let pos = position.map { "<c:dLblPos val=\"\($0)\"/>" } ?? ""
        return "<c:dLbls><c:numFmt formatCode=\"\(MarkupEscaping.attribute(numberFormat(data)))\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>\(textProperties(font: font, size: 1100, bold: true))\(pos)<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
    }

    private static func barChart(_ data: ReportChartData, font: String) -> String {
        let horizontal = data.kind == .horizontalBars
        var series = ""
        for (i, s) in data.series.enumerated() {
            var points = ""
            if let colors = s.pointColorsHex {
                for (p, color) in colors.enumerated() where p < data.categories.count {
                    points += "<c:dPt><c:idx val=\"\(p)\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/><c:spPr>\(fill(color))</c:spPr></c:dPt>"
                }
            }
            series += "<c:ser><c:idx val=\"\(i)\"/><c:order val=\"\(i)\"/>\(seriesName(s, index: i))<c:spPr>\(fill(s.colorHex))</c:spPr><c:invertIfNegative val=\"0\"/>\(points)\(dataLabels(s.showValueLabels, data: data, font: font, position: "outEnd"))\(categories(data))\(values(s, index: i, data: data))</c:ser>"
        }
        let bar = "<c:barChart><c:barDir val=\"\(horizontal ? "bar" : "col")\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>\(series)<c:gapWidth val=\"60\"/><c:axId val=\"\(categoryAxisID)\"/><c:axId val=\"\(valueAxisID)\"/></c:barChart>"
        // Rankings read top to bottom: reverse the category axis and keep the value axis at the
        // bottom by crossing it at the last category.
        return bar + categoryAxis(position: horizontal ? "l" : "b", reversed: horizontal, font: font)
            + valueAxis(data, position: horizontal ? "b" : "l", crossesAtMax: horizontal, font: font)
    }

    private static func lineChart(_ data: ReportChartData, font: String) -> String {
        var series = ""
        for (i, s) in data.series.enumerated() {
            let dash = s.dashed ? "<a:prstDash val=\"dash\"/>" : ""
            let line = "<c:spPr><a:ln w=\"28575\" cap=\"rnd\">\(fill(s.colorHex))\(dash)<a:round/></a:ln></c:spPr>"
            let marker = s.dashed
                ? "<c:marker><c:symbol val=\"none\"/></c:marker>"
                : "<c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr>\(fill(s.colorHex))<a:ln>\(fill(s.colorHex))</a:ln></c:spPr></c:marker>"
            series += "<c:ser><c:idx val=\"\(i)\"/><c:order val=\"\(i)\"/>\(seriesName(s, index: i))\(line)\(marker)\(dataLabels(s.showValueLabels, data: data, font: font, position: "t"))\(categories(data))\(values(s, index: i, data: data))<c:smooth val=\"0\"/></c:ser>"
        }
        let chart = "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>\(series)<c:marker val=\"1\"/><c:axId val=\"\(categoryAxisID)\"/><c:axId val=\"\(valueAxisID)\"/></c:lineChart>"
        return chart + categoryAxis(position: "b", reversed: false, font: font)
            + valueAxis(data, position: "l", crossesAtMax: false, font: font)
    }

    private static func categoryAxis(position: String, reversed: Bool, font: String) -> String {
        "<c:catAx><c:axId val=\"\(categoryAxisID)\"/><c:scaling><c:orientation val=\"\(reversed ? "maxMin" : "minMax")\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(position)\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></c:spPr>\(textProperties(font: font, size: 1100))<c:crossAx val=\"\(valueAxisID)\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
    }

    private static func valueAxis(_ data: ReportChartData, position: String, crossesAtMax: Bool, font: String) -> String {
        let max = data.valueAxisMax.map { "<c:max val=\"\(plainNumber($0))\"/>" } ?? ""
        let title = data.valueAxisTitle.map {
            "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\" b=\"0\"><a:latin typeface=\"\(font)\"/></a:defRPr></a:pPr><a:r><a:rPr lang=\"vi-VN\" sz=\"1000\" b=\"0\"><a:latin typeface=\"\(font)\"/></a:rPr><a:t>\(MarkupEscaping.text($0))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        } ?? ""
        let unit = data.valueFormat == .count ? "<c:majorUnit val=\"\(countAxisUnit(data))\"/>" : ""
        return "<c:valAx><c:axId val=\"\(valueAxisID)\"/><c:scaling><c:orientation val=\"minMax\"/>\(max)<c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"\(position)\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"BFBFBF\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\(title)<c:numFmt formatCode=\"\(MarkupEscaping.attribute(numberFormat(data)))\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>\(textProperties(font: font, size: 1000))<c:crossAx val=\"\(categoryAxisID)\"/><c:crosses val=\"\(crossesAtMax ? "max" : "autoZero")\"/><c:crossBetween val=\"between\"/>\(unit)</c:valAx>"
    }

    /// Counts are whole: a step of 1 for small charts, otherwise a round step giving about five lines.
    private static func countAxisUnit(_ data: ReportChartData) -> String {
        let top = data.series.flatMap { $0.values.compactMap { $0 } }.max() ?? 1
        return plainNumber(ChartScale.niceStep(maximum: top, targetSteps: 5, integral: true))
    }
}
