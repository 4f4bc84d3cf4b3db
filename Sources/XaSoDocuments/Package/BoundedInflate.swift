import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// Raw DEFLATE (as in a ZIP entry) inflated from exactly the given bytes, never past `limit`.
///
/// ZIPFoundation's own inflate tells zlib its input chunk is a full buffer even when the file has
/// less, and loops until the stream ends: a damaged entry whose stream never ends made it loop for
/// ever (found by the reader fuzz test). Here zlib sees only the entry's bytes, and running out of
/// them before the stream's end is an error, not another turn of the loop.
enum BoundedInflate {
    enum Failure: Error, Equatable {
        case tooLarge
        case corrupt
        case cancelled
    }

    static func bytes(_ input: Data, limit: Int, expectedSize: Int? = nil) throws(Failure) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        if let expectedSize, expectedSize <= limit { output.reserveCapacity(expectedSize) }
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var rounds = 0
        let result: Result<Void, Failure> = input.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress, !raw.isEmpty else { return .failure(.corrupt) }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(raw.count)
            while true {
                rounds += 1
                if rounds % 64 == 0, Task.isCancelled { return .failure(.cancelled) }
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(chunkSize)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunkSize - Int(stream.avail_out)
                guard output.count + produced <= limit else { return .failure(.tooLarge) }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END: return .success(())
                case Z_OK: continue
                case Z_BUF_ERROR where produced > 0: continue
                default: return .failure(.corrupt)  // data error, or the input ended before the stream
                }
            }
        }
        try result.get()
        return output
    }

    /// The ZIP checksum of `data`.
    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { raw -> UInt32 in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return 0 }
            var crc: uLong = 0
            var offset = 0
            while offset < raw.count {
                let length = min(raw.count - offset, Int(UInt32.max >> 1))
                crc = zlibCRC(crc, base + offset, uInt(length))
                offset += length
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}

/// zlib's crc32, named apart from `BoundedInflate.crc32`.
private func zlibCRC(_ crc: uLong, _ bytes: UnsafePointer<UInt8>, _ length: uInt) -> uLong {
    crc32(crc, bytes, length)
}
