import Foundation
import XaSoCore

/// Why a PDF could not be made. `code` is stable: "pdf_unavailable" (LibreOffice missing),
/// "pdf_failed", "pdf_timeout", "pdf_busy" (too many conversions already waiting).
public struct PDFConversionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: ErrorCode
    public var message: String
    public var vietnamese: String

    public var description: String { "\(code): \(message)" }

    public var appError: AppError {
        AppError(.unavailable, code: code, message: message, vietnamese: vietnamese)
    }

    static let unavailable = PDFConversionError(
        code: .pdfUnavailable,
        message: "PDF output needs LibreOffice, which is not installed on this server (Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2; or set the soffice path). DOCX and HTML are still available.",
        vietnamese: "Máy chủ chưa cài LibreOffice nên chưa xuất được tệp PDF. Quản trị viên cần cài gói libreoffice-writer-nogui và fonts-liberation2. Vẫn tải được báo cáo dạng DOCX và HTML.")

    static let busy = PDFConversionError(
        code: .pdfBusy,
        message: "too many PDF conversions are already waiting; try again in a minute, or download the DOCX",
        vietnamese: "Máy chủ đang chuyển nhiều báo cáo sang PDF; vui lòng thử lại sau ít phút, hoặc tải bản DOCX.")

    static func timedOut(_ seconds: Int) -> PDFConversionError {
        PDFConversionError(code: .pdfTimeout, message: "LibreOffice took longer than \(seconds) s and was stopped",
                           vietnamese: "LibreOffice chuyển sang PDF quá lâu (hơn \(seconds) giây) nên đã bị dừng.")
    }

    static func failed(_ detail: String) -> PDFConversionError {
        PDFConversionError(code: .pdfFailed, message: "LibreOffice could not convert the document: \(detail)",
                           vietnamese: "LibreOffice không chuyển được báo cáo sang PDF (\(detail)).")
    }
}

/// Converts DOCX to PDF with LibreOffice headless (`soffice --convert-to pdf`) in a temporary
/// folder. LibreOffice cannot run two conversions on one profile at once, so each conversion
/// takes one of a few slots, each with its own profile: at most `PDFSlots.shared.count` run at
/// once (one on a two-core machine, so the server keeps a core), a few more may wait, and the
/// rest are refused at once with `pdf_busy`. The async path waits for LibreOffice on its
/// termination handler, never on a thread, so a conversion stalls no other request; LibreOffice
/// runs at a lower CPU priority for the same reason. `convert(documents:)` converts many files in
/// one run, which saves LibreOffice's start-up time for each.
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

    /// Waits for a slot (or fails with `pdf_busy`), then for LibreOffice without holding a thread.
    public func convert(documents: [Data]) async throws(PDFConversionError) -> [Data] {
        guard !documents.isEmpty else { return [] }
        let soffice = try sofficePath()
        guard let slot = await PDFSlots.shared.acquire() else { throw PDFConversionError.busy }
        let result: Result<[Data], PDFConversionError>
        do throws(PDFConversionError) {
            let job = try Job(documents: documents, soffice: soffice, profile: PDFSlots.profile(slot))
            let limit = seconds(for: documents.count)
            let status: Int32? = await withCheckedContinuation { continuation in
                job.start(limit: limit) { continuation.resume(returning: $0) }
            }
            result = Result { () throws(PDFConversionError) in try job.finish(status: status, limit: limit) }
        } catch {
            result = .failure(error)
        }
        await PDFSlots.shared.release(slot)
        return try result.get()
    }

    /// The blocking form, for callers outside Swift concurrency (it takes a slot like the rest).
    public func convert(documents: [Data]) throws(PDFConversionError) -> [Data] {
        guard !documents.isEmpty else { return [] }
        _ = try sofficePath()  // "unavailable" at once, without a task
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Task.detached {
            do throws(PDFConversionError) {
                box.result = .success(try await self.convert(documents: documents))
            } catch {
                box.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    private final class ResultBox: @unchecked Sendable {
        // Written once by the task before `done.signal()`, read after `done.wait()`.
        var result: Result<[Data], PDFConversionError>?
    }

    private func sofficePath() throws(PDFConversionError) -> String {
        guard let soffice = executable ?? Self.findSoffice(), FileManager.default.isExecutableFile(atPath: soffice) else {
            throw PDFConversionError.unavailable
        }
        return soffice
    }

    private func seconds(for count: Int) -> TimeInterval {
        max(timeout, 1) + Double(count - 1) * 10
    }

    /// One LibreOffice run: its folder, inputs and process.
    private final class Job: @unchecked Sendable {
        // Immutable after init except `process`'s own state; the timer and the termination
        // handler only call `terminate()` and read the status.
        let work: URL
        let output: URL
        let log: URL
        let inputs: [URL]
        let process = Process()
        let soffice: String

        init(documents: [Data], soffice: String, profile: URL) throws(PDFConversionError) {
            let fm = FileManager.default
            self.soffice = soffice
            work = fm.temporaryDirectory.appendingPathComponent("xaso-pdf-\(UUID().uuidString)")
            output = work.appendingPathComponent("out")
            log = work.appendingPathComponent("soffice.log")
            do {
                try fm.createDirectory(at: output, withIntermediateDirectories: true)
            } catch {
                throw PDFConversionError.failed("cannot create a temporary folder: \(error.localizedDescription)")
            }
            var inputs: [URL] = []
            for (i, data) in documents.enumerated() {
                let url = work.appendingPathComponent("bao-cao-\(i + 1).docx")
                do { try data.write(to: url) } catch {
                    try? fm.removeItem(at: work)
                    throw PDFConversionError.failed("cannot write the DOCX: \(error.localizedDescription)")
                }
                inputs.append(url)
            }
            self.inputs = inputs
            _ = fm.createFile(atPath: log.path, contents: nil)
            // Through `nice` where there is one (it execs, so the pid stays LibreOffice's): a
            // conversion gets the spare CPU and requests come first.
            let nice = "/usr/bin/nice"
            let niced = FileManager.default.isExecutableFile(atPath: nice)
            process.executableURL = URL(fileURLWithPath: niced ? nice : soffice)
            process.arguments = (niced ? ["-n", "10", soffice] : []) + ["--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
                                 "-env:UserInstallation=\(profile.absoluteString)",
                                 "--convert-to", "pdf:writer_pdf_Export", "--outdir", output.path] + inputs.map(\.path)
            var environment = ProcessInfo.processInfo.environment
            if environment["HOME"] == nil { environment["HOME"] = work.path }
            process.environment = environment
            if let handle = try? FileHandle(forWritingTo: log) {
                process.standardOutput = handle
                process.standardError = handle
            }
        }

        deinit { try? FileManager.default.removeItem(at: work) }

        /// Starts LibreOffice; `done` gets its exit status, or nil when it was stopped at `limit`
        /// or could not start (then `finish` says which).
        func start(limit: TimeInterval, done: @escaping @Sendable (Int32?) -> Void) {
            let once = Once()
            process.terminationHandler = { p in
                once.run { done(once.timedOut ? nil : p.terminationStatus) }
            }
            do {
                try process.run()
            } catch {
                startError = "cannot start \(soffice): \(error.localizedDescription)"
                once.run { done(nil) }
                return
            }
            let process = self.process
            DispatchQueue.global().asyncAfter(deadline: .now() + limit) {
                guard process.isRunning else { return }
                // The caller hears of the timeout now, not when LibreOffice agrees to stop.
                once.timedOut = true
                once.run { done(nil) }
                process.terminate()
                let pid = process.processIdentifier
                DispatchQueue.global().asyncAfter(deadline: .now() + 5) {
                    guard process.isRunning else { return }
                    // Its process group too, when it leads one: soffice runs soffice.bin under it.
                    if getpgid(pid) == pid { kill(-pid, SIGKILL) } else { kill(pid, SIGKILL) }
                }
            }
        }

        var startError: String?

        func finish(status: Int32?, limit: TimeInterval) throws(PDFConversionError) -> [Data] {
            if let startError { throw PDFConversionError.failed(startError) }
            guard let status else { throw PDFConversionError.timedOut(Int(limit)) }
            let fm = FileManager.default
            var pdfs: [Data] = []
            for input in inputs {
                let pdf = output.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".pdf")
                guard let data = fm.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else {
                    let detail = (try? String(contentsOf: log, encoding: .utf8))?
                        .split(separator: "\n").suffix(3).joined(separator: " ") ?? ""
                    throw PDFConversionError.failed("exit status \(status)\(detail.isEmpty ? "" : ": " + detail)")
                }
                pdfs.append(data)
            }
            return pdfs
        }
    }

    /// Calls its closure once, whichever of the termination handler and a failed start comes first.
    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private var _timedOut = false
        var timedOut: Bool {
            get { lock.withLock { _timedOut } }
            set { lock.withLock { _timedOut = newValue } }
        }

        func run(_ body: () -> Void) {
            let first = lock.withLock { () -> Bool in
                defer { done = true }
                return !done
            }
            if first { body() }
        }
    }
}

/// The conversion slots: `count` at once, `maxWaiting` more in line, each slot with its own
/// LibreOffice profile (made on first use, a second or two, reused afterwards).
actor PDFSlots {
    static let shared = PDFSlots(count: max(1, ProcessInfo.processInfo.activeProcessorCount / 2), maxWaiting: 8)

    let count: Int
    let maxWaiting: Int
    private var free: [Int]
    private var waiting: [CheckedContinuation<Int, Never>] = []

    init(count: Int, maxWaiting: Int) {
        self.count = count
        self.maxWaiting = maxWaiting
        free = Array((0..<count).reversed())
    }

    /// A slot, after waiting in line if need be; nil when the line is full.
    func acquire() async -> Int? {
        if let slot = free.popLast() { return slot }
        guard waiting.count < maxWaiting else { return nil }
        return await withCheckedContinuation { waiting.append($0) }
    }

    /// How many wait in line now.
    var waitingCount: Int { waiting.count }

    func release(_ slot: Int) {
        if waiting.isEmpty {
            free.append(slot)
        } else {
            waiting.removeFirst().resume(returning: slot)
        }
    }

    /// Kept apart from any user's own profile, one per slot and process.
    static func profile(_ slot: Int) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "xaso-soffice-profile-\(ProcessInfo.processInfo.processIdentifier)-\(slot)", isDirectory: true)
    }
}
