import Foundation

/// What reading one uploaded document may cost at most. Every reader of an upload (XLSX, DOCX)
/// checks these while it reads, so a small file crafted to expand (a ZIP bomb, one paragraph of
/// hundreds of megabytes) is refused with a named error after a bounded amount of work.
/// The server sets `current` once at start-up from `AppConfig` (see docs/limits.md).
public struct DocumentLimits: Sendable, Equatable {
    /// Largest part of an Office package that is inflated. A commune's figures, a dossier export
    /// of a whole year or a plan are far below this; past it the file is a bomb or belongs split.
    public var maxPartBytes: Int
    /// Longest text of one DOCX paragraph or one spreadsheet cell, in UTF-8 bytes. Excel itself
    /// stops a cell at 32,767 characters (at most about 96 KB of Vietnamese in UTF-8).
    public var maxTextBytes: Int

    public static let defaultPartBytes = 128 << 20
    public static let defaultTextBytes = 256 << 10

    public init(maxPartBytes: Int = DocumentLimits.defaultPartBytes, maxTextBytes: Int = DocumentLimits.defaultTextBytes) {
        self.maxPartBytes = maxPartBytes
        self.maxTextBytes = maxTextBytes
    }

    /// The limits in force for this process.
    public static var current: DocumentLimits {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    private static let lock = NSLock()
    // Guarded by `lock`.
    nonisolated(unsafe) private static var stored = DocumentLimits()

    /// "128 MB", "256 KB": how the messages name a limit.
    public static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) byte"
    }
}
