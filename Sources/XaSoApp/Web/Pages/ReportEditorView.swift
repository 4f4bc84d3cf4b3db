import Foundation
import XaSoCore
import XaSoDocuments
import XaSoPersistence

/// One report on the reports page: downloads, the editor (commune admin) and the preview.
enum ReportEditorView {
    static func render(_ p: ReportService.Prepared, page m: ReportsPage.Page, ctx: PageContext) -> Node {
        let unit = m.unit.code
        let kind = p.kind.code
        let period = p.input.period
        return H.section(.aria("labelledby", "report-h"), .id("report")) {
            H.h2(.id("report-h")) { "\(p.kind.name) – \(L.periodTitle(period))" }
            H.p(.class("no-print"), .id("downloads")) {
                H.strong { L.downloads + ": " }
                H.a(.href(WebPath.reportDocument(unit, kind: kind, period: period, format: "docx")), .id("download-docx")) { L.downloadDocx }
                " · "
                H.a(.href(WebPath.reportDocument(unit, kind: kind, period: period, format: "pdf")), .id("download-pdf")) { L.downloadPDF }
                " · "
                H.a(.href(WebPath.reportPreview(unit, kind: kind, period: period)), .id("open-printable")) { L.openPrintable }
            }
            if !m.pdfAvailable { H.p(.class("muted")) { L.pdfUnavailableHint } }
            if m.canEdit {
                editor(p, form: m.form, unit: unit, ctx: ctx, frameworks: m.frameworks)
                H.form(.method("post"), .action(WebPath.reportPrevious(unit, kind: kind, period: period)), .class("inline no-print"),
                       .id("start-from-previous")) {
                    ctx.csrfField
                    H.button(.type("submit"), .class("secondary")) { L.startFromPrevious }
                    H.small(.class("muted")) { " " + L.startFromPreviousHint }
                }
            } else {
                H.p(.class("muted")) { L.readOnlyReport }
            }
            H.h3 { L.preview }
            H.iframe(.src(WebPath.reportPreview(unit, kind: kind, period: period)), .title(L.previewFrameTitle),
                     .class("report-preview"), .id("report-preview"))
        }
    }

    static func editor(_ p: ReportService.Prepared, form: ReportsPage.Form, unit: String, ctx: PageContext,
                       frameworks: [IndicatorFramework] = []) -> Node {
        let paragraphs = narrativeParagraphs(p.draft)
        return H.form(.method("post"), .action(WebPath.reports(unit, kind: p.kind.code, period: p.input.period)),
                      .id("report-editor"), .class("no-print")) {
            ctx.csrfField
            H.fieldset {
                H.legend { L.reportSettings }
                H.div(.class("field")) {
                    H.label(.for("number")) { L.reportNumber }
                    H.input(.type("text"), .id("number"), .name("number"), .value(form.number), .inputmode("numeric"),
                            .aria("describedby", "number-hint"))
                    H.small(.id("number-hint"), .class("muted")) { L.reportNumberHint }
                }
                H.div(.class("field")) {
                    H.label(.for("date")) { L.reportDate }
                    H.input(.type("text"), .id("date"), .name("date"), .value(form.date), .aria("describedby", "date-hint"))
                    H.small(.id("date-hint"), .class("muted")) { L.reportDateHint }
                }
                H.div(.class("field")) {
                    H.label(.for("signer")) { L.signerName }
                    H.input(.type("text"), .id("signer"), .name("signer"), .value(form.signer), .autocomplete("name"))
                }
                H.div(.class("field")) {
                    H.label(.for("signer_role")) { L.signerRole }
                    H.select(.id("signer_role"), .name("signer_role")) {
                        H.option(.value("chairman"), .when(!form.viceChairman, .selected)) { L.signerChairman }
                        H.option(.value("vice_chairman"), .when(form.viceChairman, .selected)) { L.signerViceChairman }
                    }
                }
                if !frameworks.isEmpty && !ReportService.generators(of: p.kind).isDisjoint(with: ReportService.indicatorGenerators) {
                    H.div(.class("field")) {
                        H.label(.for("framework")) { L.reportFramework }
                        H.select(.id("framework"), .name("framework")) {
                            H.option(.value(""), .when(form.framework.isEmpty, .selected)) { L.reportFrameworkDefault }
                            for f in frameworks {
                                // Short: a select is as wide as its longest option, and phones are narrow.
                                H.option(.value(f.code), .when(form.framework == f.code, .selected)) {
                                    "\(f.code) – " + (f.name.count > 48 ? String(f.name.prefix(47)) + "…" : f.name)
                                }
                            }
                        }
                    }
                }
            }
            H.fieldset(.id("narrative")) {
                H.legend { L.narrative }
                if paragraphs.isEmpty {
                    H.p(.class("muted")) { L.noNarrative }
                } else {
                    H.p(.class("muted"), .id("narrative-hint")) { L.narrativeHint }
                }
                for (i, item) in paragraphs.enumerated() {
                    let text = form.texts[item.id] ?? ""
                    H.div(.class("field"), .data("id", item.id)) {
                        H.input(.type("hidden"), .name("id\(i)"), .value(item.id))
                        H.label(.for("text\(i)")) {
                            item.label
                            if text.contains("[") { H.small(.class("muted")) { " (\(L.stillHint))" } }
                        }
                        H.textarea(.id("text\(i)"), .name("text\(i)"), .rows(max(3, text.split(separator: "\n").count + 1)),
                                   .aria("describedby", "narrative-hint")) { text }
                    }
                }
            }
            H.button(.type("submit")) { L.saveReport }
        }
    }

    /// Narrative paragraphs in reading order, each labelled by the heading of its section.
    static func narrativeParagraphs(_ report: OfficialReport) -> [(id: String, label: String)] {
        var result: [(id: String, label: String)] = []
        for section in report.sections {
            let narrative = section.blocks.compactMap(\.paragraph).filter { $0.origin == .narrative }
            for (n, paragraph) in narrative.enumerated() {
                let heading = section.heading ?? L.narrative
                result.append((paragraph.id, narrative.count > 1 ? "\(heading) (\(n + 1))" : heading))
            }
        }
        return result
    }
}
