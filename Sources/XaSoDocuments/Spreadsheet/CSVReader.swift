import Foundation

/// Reads CSV the way Excel opens it, so row numbers in error messages match what the official sees.
/// RFC 4180 quoting (doubled quotes, line breaks inside quotes, CRLF or LF), plus what Excel does
/// beyond the RFC: a leading `sep=;` line chooses the delimiter and is not a row; text after a
/// closing quote is kept (`"ab"c` → `abc`); a quote inside an unquoted field is an ordinary character.
/// Line breaks inside a quoted cell come out as "\n". Blank lines stay as `[]` rows.
public enum CSVReader {
    static let quote = UInt8(ascii: "\"")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    private static let candidates: [UInt8] = [UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: ",")]

    public static func read(_ data: Data) throws -> SheetTable {
        let bytes = try CSVTextDecoder.utf8Bytes(from: data)
        var start = 0
        let delimiter: UInt8
        if let (declared, next) = sepDirective(bytes) {
            delimiter = declared
            start = next
        } else {
            delimiter = detectDelimiter(bytes)
        }
        return try bytes.withUnsafeBufferPointer { try parse($0, from: start, delimiter: delimiter) }
    }

    /// The delimiter `read` splits this file on, or nil when the file cannot be decoded.
    public static func delimiter(of data: Data) -> UInt8? {
        guard let bytes = try? CSVTextDecoder.utf8Bytes(from: data) else { return nil }
        return sepDirective(bytes)?.0 ?? detectDelimiter(bytes)
    }

    /// The delimiter that occurs most often outside quotes in the first line; when that line has
    /// none (a one-column header or a title line), the first of the next lines that has one.
    /// Ties go to tab, then semicolon, since commas are the likeliest to sit unquoted in text.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var i = 0
        var linesSeen = 0
        while i < bytes.count && linesSeen < 20 {
            var counts: [UInt8: Int] = [:]
            var inQuotes = false
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b == quote {
                    inQuotes.toggle()
                } else if !inQuotes && (b == lf || b == cr) {
                    if b == cr && i < bytes.count && bytes[i] == lf { i += 1 }
                    break
                } else if !inQuotes && candidates.contains(b) {
                    counts[b, default: 0] += 1
                }
            }
            linesSeen += 1
            let top = counts.values.max() ?? 0
            if top > 0, let best = candidates.first(where: { counts[$0] == top }) { return best }
        }
        return UInt8(ascii: ",")
    }

    /// Excel's `sep=X` first line: returns the delimiter and where the data starts.
    static func sepDirective(_ bytes: [UInt8]) -> (UInt8, Int)? {
        let prefix = Array("sep=".utf8)
        guard bytes.count >= 5, bytes[0..<4].elementsEqual(prefix) else { return nil }
        let declared = bytes[4]
        guard declared != lf, declared != cr, declared != quote, declared < 0x80 else { return nil }
        var next = 5
        if next == bytes.count { return (declared, next) }
        if bytes[next] == cr { next += 1 }
        if next < bytes.count, bytes[next] == lf { next += 1 }
        guard next > 5 else { return nil }  // "sep=;x" is data, not the directive
        return (declared, next)
    }

    /// One pass over the bytes, row by row with `scanRow`.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8) throws -> SheetTable {
        var builder = SheetTableBuilder()
        var i = start
        var rowNumber = 1
        var scratch: [UInt8] = []
        var widest = 0
        while i < bytes.count {
            // With `final` the scanner always completes the row (or throws).
            guard let (row, next) = try scanRow(bytes, at: i, delimiter: delimiter, final: true, rowNumber: rowNumber,
                                                capacity: widest, scratch: &scratch) else { break }
            widest = max(widest, row.count)
            builder.setRow(rowNumber, row)
            rowNumber += 1
            i = next
        }
        return builder.build()
    }

    /// The row starting at `start` (< bytes.count) and where the next one starts. A field is a slice
    /// of the buffer (copied only when quotes or line breaks inside it must be rewritten), turned into
    /// a String once, normalised only if non-ASCII.
    ///
    /// When `final` is false the buffer is only a prefix of the file (`CSVRowStream`): a row that
    /// reaches the end of the buffer before its line break — or whose last byte could be the first
    /// of a doubled quote or of CR LF — is not complete yet, and nil asks for more bytes.
    static func scanRow(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, delimiter: UInt8, final: Bool, rowNumber: Int,
                        capacity: Int, scratch buffer: inout [UInt8]) throws -> (row: [String], next: Int)? {
        let n = bytes.count
        var i = start
        var row: [String] = []
        row.reserveCapacity(capacity)
        while true {
            // Invariant here: i < n, at the first byte of a field.
            var high: UInt8 = 0
            if bytes[i] == quote {
                let column = row.count
                i += 1
                buffer.removeAll(keepingCapacity: true)
                var segment = i
                while true {
                    guard i < n else {
                        if !final { return nil }
                        throw SpreadsheetError.csvUnterminatedQuote(row: rowNumber, column: column)
                    }
                    let b = bytes[i]
                    high |= b
                    if b == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...i]))
                            i += 2
                            segment = i
                        } else {
                            if i + 1 >= n && !final { return nil }
                            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i]))
                            i += 1
                            break
                        }
                    } else if b == cr {
                        if i + 1 >= n && !final { return nil }
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i]))
                        buffer.append(lf)
                        i += (i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                        segment = i
                    } else {
                        i += 1
                    }
                }
                let rest = i
                while i < n {
                    let b = bytes[i]
                    if b == delimiter || b == lf || b == cr { break }
                    high |= b
                    i += 1
                }
                if i >= n && !final { return nil }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<i]))
                row.append(buffer.withUnsafeBufferPointer { NFCText.string($0, hasNonASCII: high >= 0x80) })
            } else {
                let fieldStart = i
                while i < n {
                    let b = bytes[i]
                    if b == delimiter || b == lf || b == cr { break }
                    high |= b
                    i += 1
                }
                if i >= n && !final { return nil }
                row.append(NFCText.string(UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), hasNonASCII: high >= 0x80))
            }

            if i < n && bytes[i] == delimiter {
                i += 1
                if i < n { continue }
                if !final { return nil }
                row.append("")  // a delimiter at the very end still opens an empty last field
            } else if i < n {
                if bytes[i] == cr && i + 1 >= n && !final { return nil }
                i += (bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
            }
            // A final line break does not start another row: the caller stops at the end.
            return (row, i)
        }
    }
}
