import Foundation
import Vapor
import XaSoCore
import XaSoDocuments

/// How much one request may make the server read and inflate (docs/limits.md). Request bodies
/// are capped by the kind of route before they are collected; uploaded documents by
/// `DocumentLimits` while they are read.
public struct ResourceLimits: Sendable, Equatable {
    /// JSON bodies: a batch of figures, a report's settings. 1 MB holds thousands of figures.
    public var jsonBodyBytes: Int
    /// Uploaded files (CSV, XLSX, DOCX as the body), and files the CLI reads whole.
    public var uploadBodyBytes: Int
    /// A dossier ledger CSV the CLI streams (`xaso dossiers import FILE`): memory stays bounded
    /// whatever the size, so this only stops a wrong file (a disk image, a database dump) early.
    public var streamedFileBytes: Int = 8 << 30
    public var documents: DocumentLimits

    public init(jsonBodyBytes: Int = 1 << 20, uploadBodyBytes: Int = 64 << 20, documents: DocumentLimits = DocumentLimits()) {
        self.jsonBodyBytes = jsonBodyBytes
        self.uploadBodyBytes = uploadBodyBytes
        self.documents = documents
    }

    /// The defaults, each overridden by its variable when that holds a positive whole number:
    /// `XASO_MAX_JSON_KB`, `XASO_MAX_UPLOAD_MB`, `XASO_MAX_STREAMED_MB`, `XASO_MAX_PART_MB`, `XASO_MAX_TEXT_KB`.
    public static func from(environment env: [String: String]) -> ResourceLimits {
        func positive(_ name: String, _ unit: Int) -> Int? {
            guard let text = env[name], let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0,
                  n <= Int.max / unit else { return nil }
            return n * unit
        }
        var limits = ResourceLimits()
        limits.jsonBodyBytes = positive("XASO_MAX_JSON_KB", 1 << 10) ?? limits.jsonBodyBytes
        limits.uploadBodyBytes = positive("XASO_MAX_UPLOAD_MB", 1 << 20) ?? limits.uploadBodyBytes
        limits.streamedFileBytes = positive("XASO_MAX_STREAMED_MB", 1 << 20) ?? limits.streamedFileBytes
        limits.documents.maxPartBytes = positive("XASO_MAX_PART_MB", 1 << 20) ?? limits.documents.maxPartBytes
        limits.documents.maxTextBytes = positive("XASO_MAX_TEXT_KB", 1 << 10) ?? limits.documents.maxTextBytes
        return limits
    }

    /// The limits the CLI applies to the files named on its command line (the server's are installed
    /// by `configure`).
    static var commandLine: ResourceLimits { from(environment: ProcessInfo.processInfo.environment) }

    /// A file named on the command line, refused by its size before a byte is read: the same
    /// `file.too_large` for every command, naming the file, its size, the cap and the setting.
    static func checkFile(_ path: String, bytes: Int, limit: Int, setting: String) throws {
        guard bytes > limit else { return }
        let mb = { (n: Int) in String(format: "%.1f", Double(n) / 1_048_576) }
        throw AppError(.invalid, code: .fileTooLarge,
                       message: "\(path) is \(mb(bytes)) MB, above the limit of \(mb(limit)) MB (\(setting))",
                       vietnamese: "Tệp \(path) có dung lượng \(mb(bytes)) MB, vượt giới hạn \(mb(limit)) MB (\(setting)).")
    }

    /// The body cap for a kind of route.
    func bodyBytes(_ kind: APIRoute.BodyKind) -> Int {
        switch kind {
        case .json: return jsonBodyBytes
        case .upload: return uploadBodyBytes
        }
    }
}

extension Application {
    private struct ResourceLimitsKey: StorageKey { typealias Value = ResourceLimits }

    /// The limits `configure` installed (the defaults before it runs).
    var resourceLimits: ResourceLimits {
        get { storage[ResourceLimitsKey.self] ?? ResourceLimits() }
        set { storage[ResourceLimitsKey.self] = newValue }
    }

    /// Called once by `configure`: request bodies read the app's copy, document readers the
    /// process-wide one (they have no request to ask).
    func install(_ limits: ResourceLimits) {
        resourceLimits = limits
        DocumentLimits.current = limits.documents
    }
}
