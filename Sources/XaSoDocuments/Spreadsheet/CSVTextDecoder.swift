import Foundation

/// Turns the bytes of a CSV file into valid UTF-8 bytes without BOM or NUL, the one form the CSV
/// parser works on. Accepted: UTF-8 with or without BOM (Excel's "CSV UTF-8" writes one), UTF-16
/// LE/BE with BOM (Excel's "Unicode Text") or without one when the zero bytes make it plain.
/// Anything else is refused with the line at fault rather than guessed, because a wrong guess
/// silently corrupts Vietnamese names; legacy Vietnamese code pages are named in the message.
/// NFC is left to the parser, which normalises only the cells that need it.
enum CSVTextDecoder {
    static func utf8Bytes(from data: Data) throws -> [UInt8] {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw SpreadsheetError.csvIsXLS() }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw SpreadsheetError.csvIsZip() }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try validatedUTF8(data.dropFirst(3))
        }
        if data.starts(with: [0xFF, 0xFE]) { return try transcodeUTF16(data.dropFirst(2), bigEndian: false) }
        if data.starts(with: [0xFE, 0xFF]) { return try transcodeUTF16(data.dropFirst(2), bigEndian: true) }
        if let bigEndian = bomlessUTF16(data) { return try transcodeUTF16(data[...], bigEndian: bigEndian) }
        return try validatedUTF8(data[...])
    }

    private static func validatedUTF8(_ data: Data.SubSequence) throws -> [UInt8] {
        let bytes = [UInt8](data)
        let failure: (offset: Int, byte: UInt8)? = bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
        guard let failure else { return bytes }
        let line = lineNumber(ofByteAt: failure.offset, in: bytes)
        if failure.byte == 0 { throw SpreadsheetError.csvNulCharacter(line: line, maybeUTF16: true) }
        throw SpreadsheetError.csvNotUTF8(line: line, byte: failure.byte, guess: LegacyVietnameseEncoding.guess(bytes))
    }

    /// Whether the first bytes of a file look like UTF-16 without BOM (`CSVRowStream` decodes such a file whole).
    static func looksUTF16(_ data: Data) -> Bool { bomlessUTF16(data) != nil }

    /// UTF-16 without BOM shows as zero bytes in one parity: ASCII letters have a zero high byte.
    /// Only the first kilobyte is looked at; nil means "treat as UTF-8".
    private static func bomlessUTF16(_ data: Data) -> Bool? {
        let sample = data.prefix(1024)
        guard sample.count >= 4 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (k, byte) in sample.enumerated() where byte == 0 {
            if k % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 2 >= pairs && evenZeros * 8 <= oddZeros { return false }
        if evenZeros * 2 >= pairs && oddZeros * 8 <= evenZeros { return true }
        return nil
    }

    private static func transcodeUTF16(_ data: Data.SubSequence, bigEndian: Bool) throws -> [UInt8] {
        guard data.count % 2 == 0 else { throw SpreadsheetError.csvOddUTF16Length() }
        let raw = [UInt8](data)
        var out: [UInt8] = []
        out.reserveCapacity(raw.count / 2 + raw.count / 8)
        var line = 1
        try raw.withUnsafeBufferPointer { bytes in
            let count = bytes.count / 2
            @inline(__always) func unit(_ k: Int) -> UInt32 {
                let a = UInt32(bytes[2 * k]), b = UInt32(bytes[2 * k + 1])
                return bigEndian ? (a << 8 | b) : (b << 8 | a)
            }
            var k = 0
            while k < count {
                var scalar = unit(k)
                k += 1
                switch scalar {
                case 0x0000:
                    throw SpreadsheetError.csvNulCharacter(line: line, maybeUTF16: false)
                case 0x000A:
                    line += 1
                case 0x000D:
                    if k >= count || unit(k) != 0x000A { line += 1 }
                case 0xD800...0xDBFF:
                    // Validate by hand: String(decoding:) would quietly put U+FFFD where the damage is.
                    guard k < count, case let low = unit(k), (0xDC00...0xDFFF).contains(low) else {
                        throw SpreadsheetError.csvInvalidUTF16(line: line)
                    }
                    k += 1
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                case 0xDC00...0xDFFF:
                    throw SpreadsheetError.csvInvalidUTF16(line: line)
                default:
                    break
                }
                appendUTF8(scalar, to: &out)
            }
        }
        return out
    }

    @inline(__always)
    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80:
            out.append(UInt8(v))
        case ..<0x800:
            out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// The first byte that is not well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values
    /// past U+10FFFF), or a NUL; nil when the text is clean. ASCII runs cost one compare per byte.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, byte: UInt8)? {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 {
                if lead == 0 { return (i, 0) }
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return (i, lead)
            }
            guard i + length <= n else { return (i, lead) }
            let second = bytes[i + 1]
            guard second >= low, second <= high else { return (i, lead) }
            var k = 2
            while k < length {
                guard bytes[i + k] & 0xC0 == 0x80 else { return (i, lead) }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// 1-based line of a byte offset, counting LF, CRLF and a lone CR each as one line break.
    private static func lineNumber(ofByteAt offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            let byte = bytes[i]
            if byte == 0x0A || (byte == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
            i += 1
        }
        return line
    }
}
