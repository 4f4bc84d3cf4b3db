import Foundation
import XaSoCore

/// Why a PDF could not be made. `code` is stable: "pdf_unavailable" (LibreOffice missing),
/// "pdf_failed", "pdf_timeout".
public struct PDFConversionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var message: String
    public var vietnamese: String

    public var description: String { "\(code): \(message)" }

    public var appError: AppError {
        AppError(.unavailable, code: code, message: message, vietnamese: vietnamese)
    }

    static let unavailable = PDFConversionError(
        code: "pdf_unavailable",
        message: "PDF output needs LibreOffice, which is not installed on this server (Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2; or set the soffice path). DOCX and HTML are still available.",
        vietnamese: "Máy chủ chưa cài LibreOffice nên chưa xuất được tệp PDF. Quản trị viên cần cài gói libreoffice-writer-nogui và fonts-liberation2. Vẫn tải được báo cáo dạng DOCX và HTML.")

    static func failed(_ detail: String) -> PDFConversionError {
        PDFConversionError(code: "pdf_failed", message: "LibreOffice could not convert the document: \(detail)",
                           vietnamese: "LibreOffice không chuyển được báo cáo sang PDF (\(detail)).")
    }
}

/// Converts DOCX to PDF with LibreOffice headless (`soffice --convert-to pdf`) in a temporary
/// folder. LibreOffice cannot run two conversions on one profile at once, so conversions in
/// this process take turns on one private profile; `convert(documents:)` converts many files
/// in one run, which saves LibreOffice's start-up time for each.
public struct PDFConverter: Sendable {
    /// Path of `soffice`; nil looks in PATH and the usual install places.
    public var executable: String?
    public var timeout: TimeInterval

    public init(executable: String? = nil, timeout: TimeInterval = 180) {
        self.executable = executable
        self.timeout = timeout
    }

    /// Where `soffice` is, or nil when LibreOffice is not installed.
    public static func findSoffice(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var candidates: [String] = []
        if let explicit = environment["XASO_SOFFICE"], !explicit.isEmpty { candidates.append(explicit) }
        for dir in (environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":") {
            candidates.append("\(dir)/soffice")
            candidates.append("\(dir)/libreoffice")
        }
        candidates += ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                       "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public var isAvailable: Bool { (executable ?? Self.findSoffice()) != nil }

    public func convert(docx: Data) throws(PDFConversionError) -> Data {
        try convert(documents: [docx])[0]
    }

    public func convert(docx: Data) async throws(PDFConversionError) -> Data {
        try await convert(documents: [docx])[0]
    }

    /// Runs off the caller's thread: the conversion blocks while LibreOffice works.
    public func convert(documents: [Data]) async throws(PDFConversionError) -> [Data] {
        let result: Result<[Data], PDFConversionError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do throws(PDFConversionError) {
                    continuation.resume(returning: .success(try self.convert(documents: documents)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }

    public func convert(documents: [Data]) throws(PDFConversionError) -> [Data] {
        guard !documents.isEmpty else { return [] }
        guard let soffice = executable ?? Self.findSoffice(), FileManager.default.isExecutableFile(atPath: soffice) else {
            throw PDFConversionError.unavailable
        }
        PDFConverter.lock.lock()
        defer { PDFConverter.lock.unlock() }

        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("xaso-pdf-\(UUID().uuidString)")
        let output = work.appendingPathComponent("out")
        do {
            try fm.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw PDFConversionError.failed("cannot create a temporary folder: \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: work) }

        var inputs: [URL] = []
        for (i, data) in documents.enumerated() {
            let url = work.appendingPathComponent("bao-cao-\(i + 1).docx")
            do { try data.write(to: url) } catch {
                throw PDFConversionError.failed("cannot write the DOCX: \(error.localizedDescription)")
            }
            inputs.append(url)
        }

        let log = work.appendingPathComponent("soffice.log")
        _ = fm.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
                             "-env:UserInstallation=\(PDFConverter.profileURL.absoluteString)",
                             "--convert-to", "pdf:writer_pdf_Export", "--outdir", output.path] + inputs.map(\.path)
        var environment = ProcessInfo.processInfo.environment
        if environment["HOME"] == nil { environment["HOME"] = work.path }
        process.environment = environment
        if let handle = try? FileHandle(forWritingTo: log) {
            process.standardOutput = handle
            process.standardError = handle
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw PDFConversionError.failed("cannot start \(soffice): \(error.localizedDescription)")
        }
        let perDocument = max(timeout, 30) + Double(documents.count - 1) * 10
        if finished.wait(timeout: .now() + perDocument) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            throw PDFConversionError(code: "pdf_timeout",
                                     message: "LibreOffice took longer than \(Int(perDocument)) s and was stopped",
                                     vietnamese: "LibreOffice chuyển sang PDF quá lâu (hơn \(Int(perDocument)) giây) nên đã bị dừng.")
        }

        var pdfs: [Data] = []
        for input in inputs {
            let pdf = output.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".pdf")
            guard let data = fm.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else {
                let detail = (try? String(contentsOf: log, encoding: .utf8))?
                    .split(separator: "\n").suffix(3).joined(separator: " ") ?? ""
                throw PDFConversionError.failed("exit status \(process.terminationStatus)\(detail.isEmpty ? "" : ": " + detail)")
            }
            pdfs.append(data)
        }
        return pdfs
    }

    private static let lock = NSLock()

    /// One LibreOffice profile for the life of the process: made on first use (a second or two),
    /// reused afterwards. Kept apart from any user's own profile.
    private static let profileURL: URL = FileManager.default.temporaryDirectory
        .appendingPathComponent("xaso-soffice-profile-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
}
