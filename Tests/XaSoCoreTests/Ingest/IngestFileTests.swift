import Foundation
import Testing
@testable import XaSoCore
@testable import XaSoDocuments

@Suite("Reading old reports back: files")
struct IngestFileTests {
    @Test("A quarterly report XaSo wrote as DOCX reads back: number, date, period, kind and every table figure")
    func docxRoundTrip() throws {
        let input = ReportFixtures.quarterlyInput()
        let docx = try DocxWriter.write(try ReportBuilder.quarterlyDigitalSociety(input))
        let text = try ReportTextReader.text(from: docx, fileName: "bao-cao.docx", tools: .init(pdftotext: nil, soffice: nil))
        let report = try IngestFixtures.parse(text, unit: "11050", name: "Gia Phúc")
        #expect(report.number == "219/BC-UBND")
        #expect(report.date == "2025-10-21")
        #expect(report.period == "2025-Q3")
        #expect(report.kind == "quarterly-cds")
        for row in input.indicators {
            let f = report.figures.first { $0.indicatorCode == row.code && $0.origin == .table }
            #expect(f?.value == row.value?.number && f?.approximate == row.value?.approximate, "\(row.code): \(String(describing: f))")
        }
    }

    @Test("XaSo's own six-month dossier paragraph reads back into the figures it was written from")
    func sixMonthRoundTrip() throws {
        let input = ReportFixtures.sixMonthInput()
        let docx = try DocxWriter.write(try ReportBuilder.sixMonthReform(input))
        let report = try IngestFixtures.parse(try ReportTextReader.text(from: docx, tools: .init(pdftotext: nil, soffice: nil)))
        let f = ReportFixtures.nghiDuongDossiers
        let d = report.dossierFigures
        #expect(d.receivedTotal == f.receivedTotal)
        #expect(d.online == f.online)
        #expect(d.direct == f.direct)
        #expect(d.resolved == f.resolved)
        #expect(d.late == f.late)
        #expect(d.rejected == f.rejected)
        #expect(d.withdrawn == f.withdrawn)
        #expect(d.inProgress == f.inProgress)
        #expect(d.receivedInPeriod == f.receivedInPeriod)
        #expect(d.carriedOver == f.carriedOver)
        #expect(d.earlyOrOnTime == f.earlyOrOnTime)
        #expect(report.period == "2026-H1")
        #expect(report.kind == "six-month-cchc")
    }

    @Test("A PDF without pdftotext or LibreOffice is a clear 'no reader' error; a .doc and a non-UTF-8 text are named")
    func refusals() throws {
        let pdf = Data("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".utf8)
        #expect { _ = try ReportTextReader.text(from: pdf, tools: .init(pdftotext: nil, soffice: nil)) } throws: {
            ($0 as? AppError)?.code == "ingest.pdf_no_reader" && ($0 as? AppError)?.kind == .unavailable
        }
        let doc = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        #expect { _ = try ReportTextReader.text(from: doc) } throws: { ($0 as? AppError)?.code == "ingest.doc_legacy" }
        // "Báo cáo" in the old TCVN3 code page: not UTF-8.
        let tcvn3 = Data([0x42, 0xB8, 0x6F, 0x20, 0x63, 0xB8, 0x6F, 0xFF, 0xFE, 0x80])
        #expect { _ = try ReportTextReader.text(from: tcvn3) } throws: { ($0 as? AppError)?.code == "ingest.text_encoding" }
        // UTF-8 with a byte-order mark, and UTF-16 with one, read the same.
        let text = "BÁO CÁO\nquý III năm 2025"
        #expect(try ReportTextReader.text(from: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)) == text)
        #expect(try ReportTextReader.text(from: Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!) == text)
    }

    @Test("With pdftotext installed, a PDF's text layer is read", .enabled(if: ReportTextReader.Tools.find().pdftotext != nil))
    func pdfText() throws {
        // A one-page PDF with the text "Tong so ho so tiep nhan la 887 ho so" written by hand.
        let content = "BT /F1 12 Tf 72 720 Td (BAO CAO quy III nam 2025) Tj 0 -20 Td (Tong so ho so tiep nhan la 887 ho so.) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { pdf += String(format: "%010d 00000 n \n", o) }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let text = try ReportTextReader.text(from: Data(pdf.utf8))
        #expect(text.contains("887"))
        let report = try IngestFixtures.parse("BÁO CÁO\n" + text, period: .quarter(3, 2025), kind: "quarterly-cds")
        #expect(report.dossierFigures.receivedTotal == 887)
    }
}
