#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A progress line on standard error, rewritten in place — only when standard error is a terminal,
/// so scripts that capture the JSON on standard output (or the errors) see nothing extra.
enum ProgressLine {
    static func standardErrorIfTerminal() -> (@Sendable (ImportProgress) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { progress in
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.line).utf8))
        }
    }

    /// Ends the line so what follows starts on its own.
    static func finish() {
        if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
