import Foundation

/// The page's styles: on screen a sheet of A4 paper; in print the Decree 30/2020 margins, the
/// page number centred at the top from page 2 on, tables that keep their header rows.
enum HTMLReportStyle {
    static let css = """
    @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 13pt 'Times New Roman', 'Liberation Serif', serif; } }
    @page :first { @top-center { content: none; } }
    html { background: #e8e8e8; }
    body { margin: 0; padding: 16px 0; color: #000; font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 14pt; }
    .report { box-sizing: border-box; width: 210mm; max-width: 100%; margin: 0 auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
    .report p { margin: 0; }
    .doc-header, .doc-end { width: calc(100% + 8mm); margin-left: -8mm; border-collapse: collapse; }
    .doc-header td, .doc-end td { vertical-align: top; padding: 0; text-align: center; }
    .doc-header td.issuer, .doc-header td.number { width: 40%; }
    .doc-header .superior { font-size: 13pt; }
    .doc-header .issuer-name, .doc-header .nation-name { font-size: 13pt; font-weight: bold; }
    .doc-header .motto { font-size: 14pt; font-weight: bold; }
    .draft-mark { text-align: right; font-weight: bold; font-size: 13pt; margin: 0 0 6pt; }
    .doc-header .motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
    .doc-header td.number { font-size: 13pt; padding-top: 6pt; }
    .doc-header td.place-date { font-size: 14pt; font-style: italic; padding-top: 6pt; }
    .rule { border-top: 1px solid #000; margin: 2px auto 0; }
    .rule.short { width: 35%; }
    .rule.summary-rule { width: 30%; margin-bottom: 12pt; }
    .type-name { font-size: 14pt; font-weight: bold; text-align: center; margin: 18pt 0 0; }
    .summary { font-weight: bold; text-align: center; }
    .report h2, .report h3, .report h4, .report h5, .report h6 { font-size: 14pt; margin: 0 0 6pt; text-indent: 1.27cm; text-align: justify; page-break-after: avoid; break-after: avoid; }
    .report .level-0 { text-align: center; text-indent: 0; margin-top: 6pt; }
    .report .level-1, .report .level-2 { font-weight: bold; }
    .report .level-3 { font-weight: bold; font-style: italic; }
    .report .level-4 { font-weight: normal; font-style: italic; }
    .report p.body, .report p.dash { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt; line-height: 1.2; }
    .report p.hint { background: #fff3cd; }
    table.data { width: 100%; border-collapse: collapse; margin: 0 0 6pt; font-size: 13pt; }
    table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
    table.data th { font-weight: bold; }
    table.data thead { display: table-header-group; }
    table.data tr { page-break-inside: avoid; break-inside: avoid; }
    .align-left { text-align: left; } .align-center { text-align: center; } .align-right { text-align: right; } .align-justified { text-align: justify; }
    figure.chart { margin: 6pt 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
    figure.chart svg, figure.chart img { max-width: 100%; height: auto; }
    figure.chart figcaption { font-size: 13pt; font-style: italic; }
    .doc-end { margin-top: 12pt; page-break-inside: avoid; break-inside: avoid; }
    .doc-end td.recipients { width: 45%; text-align: left; padding-left: 8mm; font-size: 11pt; }
    .doc-end .recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
    .doc-end .authority, .doc-end .signer { font-weight: bold; }
    .signature-space { height: 28mm; }
    @media print {
      html, body { background: none; padding: 0; }
      .report { width: auto; padding: 0; box-shadow: none; }
      .report p.hint { background: none; }
    }
    """
}
