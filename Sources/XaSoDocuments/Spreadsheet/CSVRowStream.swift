import Foundation
import XaSoCore

/// The rows of a CSV file read block by block, so an export of ten million rows needs the memory of
/// a block and a row, not of the file. It reads exactly as `CSVReader` (the same `scanRow`), with the
/// same row numbers. UTF-8 (with or without BOM) is streamed and checked row by row; a UTF-16 file
/// (rare, and small: Excel's "Unicode Text") is decoded whole by `CSVTextDecoder` first.
public struct CSVRowStream {
    /// Gives the next block of the file, or nil at its end.
    public typealias BlockReader = () throws -> Data?

    private let readBlock: BlockReader
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var started = false
    private var delimiterByte: UInt8 = UInt8(ascii: ",")
    private var scratch: [UInt8] = []
    private var widest = 0
    /// The number of the last row returned, as the spreadsheet numbers it (header = 1).
    public private(set) var rowNumber = 0
    /// Bytes taken from the source so far, for progress.
    public private(set) var bytesRead = 0

    /// Bytes read before the delimiter is judged (on the first lines).
    private let headBytes: Int

    public init(readBlock: @escaping BlockReader, headBytes: Int = 1 << 16) {
        self.readBlock = readBlock
        self.headBytes = headBytes
    }

    /// A file read in blocks of `blockSize` bytes.
    public init(path: String, blockSize: Int = 1 << 20) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SpreadsheetError(code: .fileUnreadable, message: "Không đọc được tệp “\(path)”.",
                                   english: "cannot read the file \(path)")
        }
        self.init(readBlock: {
            let data = try handle.read(upToCount: blockSize) ?? Data()
            return data.isEmpty ? nil : data
        })
    }

    /// Bytes already in memory (an upload).
    public init(data: Data) {
        var given = false
        self.init(readBlock: {
            defer { given = true }
            return given || data.isEmpty ? nil : data
        })
    }

    /// The delimiter the file is split on (known after the first row).
    public var delimiter: UInt8 { delimiterByte }

    /// The next row, or nil after the last.
    public mutating func next() throws -> [String]? {
        if !started { try start() }
        while true {
            if position >= buffer.count {
                if atEnd { return nil }
                try refill()
                continue
            }
            let (p, d, f, r, c) = (position, delimiterByte, atEnd, rowNumber + 1, widest)
            var scratch = self.scratch
            let scanned = try buffer.withUnsafeBufferPointer {
                try CSVReader.scanRow($0, at: p, delimiter: d, final: f, rowNumber: r, capacity: c, scratch: &scratch)
            }
            self.scratch = scratch
            guard var (row, next) = scanned else {
                try refill()
                continue
            }
            // As `SheetTableBuilder` does: empty cells at the end of a row are not cells.
            while let last = row.last, last.isEmpty { row.removeLast() }
            try checkUTF8(from: position, to: next, row: r)
            position = next
            rowNumber = r
            widest = max(widest, row.count)
            return row
        }
    }

    private mutating func start() throws {
        started = true
        // The delimiter is judged on the first lines: read at least `headBytes` (or the whole file) first.
        var first = Data()
        while first.count < max(headBytes, 1), let block = try readBlock() { first.append(block) }
        guard !first.isEmpty else {
            atEnd = true
            return
        }
        bytesRead += first.count
        if first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF]) || CSVTextDecoder.looksUTF16(first) {
            // Decoded whole: the decoder needs every byte to pair them.
            var all = first
            while let more = try readBlock() {
                bytesRead += more.count
                all.append(more)
            }
            buffer = try CSVTextDecoder.utf8Bytes(from: all)
            atEnd = true
        } else {
            if first.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw SpreadsheetError.csvIsXLS() }
            if first.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw SpreadsheetError.csvIsZip() }
            buffer = [UInt8](first)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
        let head = Array(buffer[position...])
        if let (declared, next) = CSVReader.sepDirective(head) {
            delimiterByte = declared
            position += next
        } else {
            delimiterByte = CSVReader.detectDelimiter(head)
        }
    }

    /// Drops what was read and appends the next block; at the end of the file, marks it.
    private mutating func refill() throws {
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        if let more = try readBlock() {
            bytesRead += more.count
            buffer.append(contentsOf: more)
        } else {
            atEnd = true
        }
    }

    /// The whole-file reader refuses a file that is not UTF-8 before any row; streaming finds the
    /// bad byte with its row instead, and says the same.
    private func checkUTF8(from: Int, to: Int, row: Int) throws {
        let failure: (offset: Int, byte: UInt8)? = buffer.withUnsafeBufferPointer {
            CSVTextDecoder.firstInvalidUTF8(UnsafeBufferPointer(rebasing: $0[from..<to]))
        }
        guard let failure else { return }
        if failure.byte == 0 { throw SpreadsheetError.csvNulCharacter(line: row, maybeUTF16: true) }
        throw SpreadsheetError.csvNotUTF8(line: row, byte: failure.byte, guess: LegacyVietnameseEncoding.guess(Array(buffer[from..<to])))
    }
}
