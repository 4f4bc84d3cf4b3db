import Foundation

/// How far a long import has come: rows read, bytes of the file, seconds since it began.
public struct ImportProgress: Sendable {
    public var rows: Int
    public var bytesRead: Int
    public var totalBytes: Int
    public var seconds: Double

    public var rowsPerSecond: Double { seconds > 0 ? Double(rows) / seconds : 0 }

    /// Estimated seconds left, from the share of the file read so far (nil when unknown).
    public var secondsLeft: Double? {
        guard totalBytes > 0, bytesRead > 0, seconds > 0 else { return nil }
        return seconds * Double(totalBytes - bytesRead) / Double(bytesRead)
    }

    /// One line for a terminal: "120.000 rows · 45.210 rows/s · about 12 s left".
    public var line: String {
        var text = "\(rows) rows · \(Int(rowsPerSecond)) rows/s"
        if let left = secondsLeft { text += " · about \(Int(left.rounded())) s left" }
        return text
    }
}

/// Carries a value that is used by one task at a time into a `@Sendable` closure.
struct UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
