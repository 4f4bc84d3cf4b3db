import Foundation
import Testing
@testable import XaSoCore
@testable import XaSoDocuments

@Suite struct HTMLRendererTests {
    typealias F = ReportFixtures

    @Test func pageHasTheDocumentParts() throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let html = HTMLReportRenderer.render(report)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"))
        #expect(html.contains("<p class=\"issuer-name\">XÃ GIA PHÚC</p>"))
        #expect(html.contains("<p class=\"motto\"><span>Độc lập - Tự do - Hạnh phúc</span></p>"))
        #expect(html.contains("<td class=\"number\">Số: 219/BC-UBND</td><td class=\"place-date\">Gia Phúc, ngày 21 tháng 10 năm 2025</td>"))
        #expect(html.contains("<h1 class=\"type-name\">BÁO CÁO</h1>"))
        #expect(html.contains("<h3 class=\"level-1\" data-id=\"danh-gia-tinh-hinh\">I. ĐÁNH GIÁ TÌNH HÌNH</h3>"))
        #expect(html.contains("<td class=\"align-center\">~15%</td><td class=\"align-center\">&gt; 50%</td>"))
        #expect(html.contains("<p class=\"recipients-title\">Nơi nhận:</p><p>- Sở KH&amp;CN (để báo cáo);</p>"))
        #expect(html.contains("<p class=\"signer\">Đỗ Thế Ngọc</p>"))
        #expect(html.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm;"))
        // The verdict chart is drawn inline from its numbers.
        #expect(html.contains("<figure class=\"chart\" data-id=\"danh-gia-muc-tieu.verdict_chart-1\"><svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<desc id=\"danh-gia-muc-tieu-verdict-chart-1-desc\">Đạt, vượt: 3; Đạt: 3; Tiệm cận: 1; Chưa đạt: 3; Chưa đánh giá: 0</desc>"))
        // Hints still to be written are marked; narrative paragraphs are findable by id.
        #expect(html.contains("<p class=\"body hint\" data-id=\"the-che.1\" data-origin=\"narrative\">"))
        #expect(!HTMLReportRenderer.render(report, options: .init(fullDocument: false)).contains("<html"))
    }

    @Test func everythingFromDataIsEscaped() throws {
        var input = F.quarterlyInput()
        input.overrides = ["the-che.1": "Ban hành <script>alert('x')</script> & **đậm <b>**"]
        input.indicators[0].note = "\"<img src=x onerror=alert(1)>\""
        input.indicators[0].verdict = .notMet
        input.unit.name = "Gia <Phúc>"
        let html = HTMLReportRenderer.render(try ReportBuilder.quarterlyDigitalSociety(input))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<Phúc>"))
        #expect(html.contains("Ban hành &lt;script&gt;alert('x')&lt;/script&gt; &amp; <strong>đậm &lt;b&gt;</strong>"))
        #expect(html.contains("XÃ GIA &lt;PHÚC&gt;"))
    }

    @Test func foreignSVGIsNotInlined() throws {
        var report = try ReportBuilder.quarterlyDigitalSociety(F.quarterlyInput())
        let evil = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect/></svg>"
        report.sections[0].blocks.append(.chart(ReportChart(id: "x", caption: "Ảnh", svg: evil, pixelWidth: 10, pixelHeight: 10)))
        let html = HTMLReportRenderer.render(report)
        #expect(!html.contains("onload"))
        #expect(html.contains("<img alt=\"Ảnh\" src=\"data:image/svg+xml;base64,"))
    }
}

@Suite struct PDFConverterTests {
    @Test func missingLibreOfficeIsAClearError() {
        let converter = PDFConverter(executable: "/nonexistent/soffice")
        let error = #expect(throws: PDFConversionError.self) { try converter.convert(docx: Data("x".utf8)) }
        #expect(error?.code == "pdf_unavailable")
        #expect(error?.message.contains("LibreOffice") == true)
        #expect(error?.vietnamese.contains("chưa cài LibreOffice") == true)
        #expect(error?.appError.kind == .unavailable)
    }

    /// Runs LibreOffice for real (a few seconds), so only when asked: XASO_TEST_PDF=1.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["XASO_TEST_PDF"] == "1"))
    func convertsAReport() async throws {
        let report = try ReportBuilder.quarterlyDigitalSociety(ReportFixtures.quarterlyInput())
        let pdf = try await PDFConverter().convert(docx: DocxWriter.write(report))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(pdf.count > 10_000)
    }
}

/// Writes every built-in kind as DOCX and HTML into $XASO_WRITE_SAMPLES, for looking at them
/// (LibreOffice, python-docx, a browser). Off unless the variable is set.
@Suite struct SampleFiles {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["XASO_WRITE_SAMPLES"] != nil))
    func writeSamples() throws {
        let dir = URL(fileURLWithPath: ProcessInfo.processInfo.environment["XASO_WRITE_SAMPLES"]!)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var annual = ReportFixtures.quarterlyInput()
        annual.period = .year(2025)
        annual.dossiers = ReportFixtures.nghiDuongDossiers
        annual.plan = ReportFixtures.planInput().plan
        annual.history = [ReportIndicatorHistory(code: "CL411.07", points: [
            ReportHistoryPoint(period: .quarter(1, 2025), value: 20, target: 50),
            ReportHistoryPoint(period: .quarter(2, 2025), value: 28, target: 50),
            ReportHistoryPoint(period: .quarter(3, 2025), value: 35, target: 50),
        ])]
        let reports = [
            ("quarterly", try ReportBuilder.quarterlyDigitalSociety(ReportFixtures.quarterlyInput())),
            ("six-month", try ReportBuilder.sixMonthReform(ReportFixtures.sixMonthInput())),
            ("annual", try ReportBuilder.annualDigitalTransformation(annual)),
            ("plan", try ReportBuilder.planProgress(ReportFixtures.planInput())),
        ]
        for (name, report) in reports {
            try DocxWriter.write(report).write(to: dir.appendingPathComponent("\(name).docx"))
            try Data(HTMLReportRenderer.render(report).utf8).write(to: dir.appendingPathComponent("\(name).html"))
        }
        // A template made elsewhere (Word, python-docx), if one was put there.
        let template = dir.appendingPathComponent("template.docx")
        if let data = FileManager.default.contents(atPath: template.path) {
            let input = ReportFixtures.quarterlyInput()
            let values = ReportTemplateData.make(report: try ReportBuilder.quarterlyDigitalSociety(input), input: input)
            try DocxTemplateFiller.fill(docx: data, data: values).write(to: dir.appendingPathComponent("template-filled.docx"))
        }
    }
}
