import Foundation
import XaSoCore

/// Renders an `OfficialReport` as one self-contained HTML page: the same header, body and
/// signature the DOCX has, styles inline, charts as inline SVG, ready to print on A4.
/// Every string from the report is escaped. Paragraphs and sections carry `data-id` (and
/// `data-origin`) so an editor page can find what a person may override.
public enum HTMLReportRenderer {
    public struct Options: Sendable, Equatable {
        /// A whole page (`<!DOCTYPE html>` … `</html>`) or just the `<article>` to embed.
        public var fullDocument: Bool
        /// Marks narrative paragraphs that still hold a "[…]" hint, so a reviewer sees what is left to write.
        public var highlightHints: Bool

        public init(fullDocument: Bool = true, highlightHints: Bool = true) {
            self.fullDocument = fullDocument
            self.highlightHints = highlightHints
        }
    }

    public static func render(_ report: OfficialReport, options: Options = Options()) -> String {
        var out = "<article class=\"report\">"
        out += header(report)
        out += titleBlock(report)
        out += body(report, options: options)
        out += endBlock(report)
        out += "</article>"
        guard options.fullDocument else { return out }
        let title = ([report.typeName] + report.summary).joined(separator: " ")
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>\(esc(title))</title><style>\(HTMLReportStyle.css)</style></head><body>\(out)</body></html>\n"
    }

    static func esc(_ s: String) -> String { MarkupEscaping.text(s) }
    static func attr(_ s: String) -> String { MarkupEscaping.attribute(s) }

    private static func header(_ r: OfficialReport) -> String {
        let draft = r.draft ? "<p class=\"draft-mark\">DỰ THẢO</p>" : ""
        var issuer = ""
        if let superior = r.issuingBody.superior, !superior.isEmpty {
            issuer += "<p class=\"superior\">\(esc(superior.uppercased()))</p>"
        }
        issuer += r.issuingBody.lines.map { "<p class=\"issuer-name\">\(esc($0.uppercased()))</p>" }.joined()
        issuer += "<div class=\"rule short\"></div>"
        let nation = "<p class=\"nation-name\">\(esc(r.nationalName))</p>"
            + "<p class=\"motto\"><span>\(esc(r.motto))</span></p>"
        return draft + "<table class=\"doc-header\" role=\"presentation\"><tr><td class=\"issuer\">\(issuer)</td><td class=\"nation\">\(nation)</td></tr>"
            + "<tr><td class=\"number\">\(esc(r.number.text))</td><td class=\"place-date\">\(esc(r.placeDate.text))</td></tr></table>"
    }

    private static func titleBlock(_ r: OfficialReport) -> String {
        var out = "<h1 class=\"type-name\">\(esc(r.typeName.uppercased()))</h1>"
        out += r.summary.map { "<p class=\"summary\">\(esc($0))</p>" }.joined()
        return out + "<div class=\"rule summary-rule\"></div>"
    }

    private static func body(_ r: OfficialReport, options: Options) -> String {
        var out = ""
        for section in r.sections {
            out += "<section data-id=\"\(attr(section.id))\" data-origin=\"\(section.origin.rawValue)\">"
            let runIn = section.runInHeading
            if runIn == nil, let heading = section.heading, !heading.isEmpty {
                let level = min(max(section.level, 0), 4)
                let tag = "h\(min(level + 2, 6))"
                out += "<\(tag) class=\"level-\(level)\" data-id=\"\(attr(section.id))\">\(esc(heading))</\(tag)>"
            }
            for (index, block) in section.blocks.enumerated() {
                switch block {
                case .paragraph(var p):
                    if index == 0, let runIn { p.text = RichText(runs: [TextRun(runIn + ": ", bold: true)] + p.text.runs) }
                    out += paragraph(p, marker: nil, options: options)
                case .bullet(let p, let marker):
                    out += paragraph(p, marker: marker, options: options)
                case .table(let t):
                    out += table(t)
                case .chart(let c):
                    out += chart(c)
                }
            }
            out += "</section>"
        }
        return out
    }

    private static func paragraph(_ p: ReportParagraph, marker: String?, options: Options) -> String {
        var classes = [marker == nil ? "body" : "dash"]
        if options.highlightHints, p.origin == .narrative, p.text.plainText.contains("[") { classes.append("hint") }
        let prefix = marker.map { esc($0) + " " } ?? ""
        return "<p class=\"\(classes.joined(separator: " "))\" data-id=\"\(attr(p.id))\" data-origin=\"\(p.origin.rawValue)\">\(prefix)\(runs(p.text))</p>"
    }

    static func runs(_ text: RichText) -> String {
        text.runs.map { run in
            var html = esc(run.text).replacingOccurrences(of: "\n", with: "<br>")
            if run.italic { html = "<em>\(html)</em>" }
            if run.bold { html = "<strong>\(html)</strong>" }
            return html
        }.joined()
    }

    private static func table(_ t: ReportTable) -> String {
        let total = t.columns.reduce(0) { $0 + $1.width }
        var out = "<table class=\"data\" data-id=\"\(attr(t.id))\"><colgroup>"
        for column in t.columns {
            let percent = total > 0 ? column.width * 100 / total : 0
            out += "<col style=\"width:\(String(format: "%.1f", percent))%\">"
        }
        out += "</colgroup>"
        func row(_ cells: [TableCell], header: Bool) -> String {
            var column = 0
            var html = "<tr>"
            for cell in cells {
                let tag = header ? "th" : "td"
                let alignment = header ? .center : (cell.alignment ?? (column < t.columns.count ? t.columns[column].alignment : .left))
                let span = cell.columnSpan > 1 ? " colspan=\"\(cell.columnSpan)\"" : ""
                html += "<\(tag)\(span) class=\"align-\(alignment.rawValue)\">\(runs(cell.text))</\(tag)>"
                column += max(cell.columnSpan, 1)
            }
            return html + "</tr>"
        }
        if !t.headerRows.isEmpty {
            out += "<thead>" + t.headerRows.map { row($0, header: true) }.joined() + "</thead>"
        }
        out += "<tbody>" + t.rows.map { row($0, header: false) }.joined() + "</tbody></table>"
        return out
    }

    private static func chart(_ c: ReportChart) -> String {
        let svg = ReportChartSVG.svg(for: c)
        let picture: String
        if svg.isEmpty {
            picture = ""
        } else if SVGSafety.isSafeInline(svg) {
            picture = svg
        } else {
            // Not ours or not clean: an <img> never runs scripts, whatever the SVG holds.
            picture = "<img alt=\"\(attr(c.caption))\" src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\">"
        }
        return "<figure class=\"chart\" data-id=\"\(attr(c.id))\">\(picture)<figcaption>\(esc(c.caption))</figcaption></figure>"
    }

    private static func endBlock(_ r: OfficialReport) -> String {
        var recipients = ""
        if !r.recipients.isEmpty {
            recipients = "<p class=\"recipients-title\">Nơi nhận:</p>" + r.recipients.map { "<p>\(esc($0))</p>" }.joined()
        }
        var signature = r.signature.authorityLines.map { "<p class=\"authority\">\(esc($0.uppercased()))</p>" }.joined()
        signature += "<div class=\"signature-space\"></div><p class=\"signer\">\(esc(r.signature.signerName))</p>"
        return "<table class=\"doc-end\" role=\"presentation\"><tr><td class=\"recipients\">\(recipients)</td><td class=\"signature\">\(signature)</td></tr></table>"
    }
}

/// Decides whether an SVG can go into the page as markup. Our charts pass; anything with
/// scripts, event handlers, external references or embedded HTML does not.
enum SVGSafety {
    static func isSafeInline(_ svg: String) -> Bool {
        let lower = svg.lowercased()
        guard lower.hasPrefix("<svg") else { return false }
        for bad in ["<script", "javascript:", "<foreignobject", "<iframe", "<object", "<embed", "href=", "<use", "<!entity", "<!doctype"]
        where lower.contains(bad) {
            return false
        }
        // Event handler attributes: " onload=", " onclick = " …
        return lower.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil
    }
}
