import Foundation
import XaSoCore

/// The text of an old report, whatever it came as: a Word file (.docx, read by our own
/// extractor), a PDF (its text layer, through poppler's `pdftotext` or else LibreOffice), or plain
/// text (UTF-8 or UTF-16, scanned text with its OCR noise included). What the text means is the
/// core's `ReportIngestParser`'s business.
public enum ReportTextReader {
    public enum Format: String, Sendable {
        case docx, pdf, text
    }

    /// Where the PDF tools are, or nil; the environment may name them (`XASO_PDFTOTEXT`, `XASO_SOFFICE`).
    public struct Tools: Sendable {
        public var pdftotext: String?
        public var soffice: String?

        public init(pdftotext: String?, soffice: String?) {
            self.pdftotext = pdftotext
            self.soffice = soffice
        }

        public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Tools {
            var candidates: [String] = []
            if let explicit = environment["XASO_PDFTOTEXT"], !explicit.isEmpty { candidates.append(explicit) }
            for dir in (environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":") { candidates.append("\(dir)/pdftotext") }
            candidates += ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
            let pdftotext = candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
            return Tools(pdftotext: pdftotext, soffice: PDFConverter.findSoffice(environment: environment))
        }
    }

    public static func format(of data: Data, fileName: String?) -> Format {
        if data.starts(with: [0x25, 0x50, 0x44, 0x46]) { return .pdf }  // %PDF
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }  // a zip: Office Open XML
        let ext = fileName.map { ($0 as NSString).pathExtension.lowercased() } ?? ""
        if ext == "pdf" { return .pdf }
        if ext == "docx" { return .docx }
        return .text
    }

    /// Throws `AppError`: `ingest.doc_legacy`, `ingest.pdf_no_reader`, `ingest.pdf_unreadable`,
    /// `ingest.text_encoding`, or the DOCX reader's own.
    public static func text(from data: Data, fileName: String? = nil, tools: Tools = .find()) throws -> String {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw AppError(.invalid, code: .ingestDocLegacy,
                           message: "an old Word .doc file cannot be read; save it as .docx (or PDF) first",
                           vietnamese: "Không đọc được tệp Word cũ (.doc); hãy lưu lại thành .docx hoặc PDF rồi tải lên.")
        }
        switch format(of: data, fileName: fileName) {
        case .docx: return try DocxTextExtractor.paragraphs(from: data).joined(separator: "\n")
        case .pdf: return try pdfText(data, tools: tools)
        case .text: return try plainText(data)
        }
    }

    static func plainText(_ data: Data) throws -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]), let s = String(data: data.dropFirst(3), encoding: .utf8) { return s }
        if data.starts(with: [0xFF, 0xFE]), let s = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) { return s }
        if data.starts(with: [0xFE, 0xFF]), let s = String(data: data.dropFirst(2), encoding: .utf16BigEndian) { return s }
        if let s = String(data: data, encoding: .utf8) { return s }
        throw AppError(.invalid, code: .ingestTextEncoding,
                       message: "the text file is not UTF-8 (nor UTF-16 with a byte-order mark); save it as UTF-8",
                       vietnamese: "Tệp văn bản không ở dạng mã Unicode UTF-8 (có thể là TCVN3/VNI); hãy lưu lại với bảng mã UTF-8.")
    }

    static func pdfText(_ data: Data, tools: Tools) throws -> String {
        guard tools.pdftotext != nil || tools.soffice != nil else {
            throw AppError(.unavailable, code: .ingestPdfNoReader,
                           message: "reading a PDF needs poppler's pdftotext or LibreOffice, and neither is installed (Debian/Ubuntu: apt-get install poppler-utils); a DOCX or a text file can still be read",
                           vietnamese: "Máy chủ chưa cài công cụ đọc PDF (poppler-utils hoặc LibreOffice). Hãy tải lên bản Word (.docx) hoặc văn bản (.txt), hoặc nhờ quản trị viên cài gói poppler-utils.")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("xaso-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("report.pdf")
        try data.write(to: input)
        var text: String?
        if let pdftotext = tools.pdftotext {
            let out = work.appendingPathComponent("report.txt")
            if run(pdftotext, ["-enc", "UTF-8", "-nopgbrk", input.path, out.path]) == 0 {
                text = try? String(contentsOf: out, encoding: .utf8)
            }
        }
        if text == nil, let soffice = tools.soffice {
            let profile = work.appendingPathComponent("profile")
            let args = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--infilter=writer_pdf_import",
                        "--convert-to", "txt:Text (encoded):UTF8", "--outdir", work.path, input.path]
            if run(soffice, args) == 0 {
                text = try? String(contentsOf: work.appendingPathComponent("report.txt"), encoding: .utf8)
            }
        }
        guard let text, text.contains(where: { $0.isLetter }) else {
            throw AppError(.invalid, code: .ingestPdfUnreadable,
                           message: "the PDF has no text layer that could be read (a scan needs OCR first)",
                           vietnamese: "Không đọc được chữ trong tệp PDF (tệp scan cần được nhận dạng chữ - OCR - trước khi tải lên).")
        }
        return text
    }

    /// Runs a tool to its end, stopped after a minute; its exit status (-1 when it did not start).
    static func run(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning {
            if Date() > deadline { process.terminate(); break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
