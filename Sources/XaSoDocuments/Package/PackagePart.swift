import Foundation
import ZIPFoundation

/// Inflating one part of an uploaded Office package (XLSX, DOCX) with a cap: every reader of an
/// upload goes through here, so none can be handed a ZIP bomb aimed at the server's memory.
enum PackagePart {
    /// Largest part inflated: `DocumentLimits.current.maxPartBytes` (128 MB unless configured).
    /// A commune's upload is far smaller; past this a small upload could only be a ZIP bomb.
    static var maxSize: Int { DocumentLimits.current.maxPartBytes }

    /// "128 MB", for the messages that name the cap.
    static var maxSizeText: String { DocumentLimits.describe(bytes: maxSize) }

    enum Failure: Error {
        case tooLarge
        case cancelled
        case corrupt(any Error)
    }

    /// The part's bytes. The declared size comes from the file itself: it is checked, and the
    /// bytes are counted while inflating too, since a forged header can declare any size. The part
    /// is inflated from exactly its own stored bytes (`BoundedInflate`), its CRC checked after.
    /// A cancelled task (the client left) stops inflating at the next chunk.
    static func data(_ entry: Entry, in package: PackageArchive.Opened, bufferSize: Int = 1 << 20,
                     limit: Int = PackagePart.maxSize) throws(Failure) -> Data {
        guard entry.uncompressedSize <= UInt64(max(limit, 0)) else { throw .tooLarge }
        guard let raw = package.raw[entry.path] else { throw .corrupt(PackageArchive.Malformed(reason: "no entry \(entry.path)")) }
        let start = package.data.startIndex + raw.dataStart
        let stored = package.data[start..<(start + raw.compressedSize)]
        let out: Data
        switch raw.method {
        case 0:
            guard stored.count <= limit else { throw .tooLarge }
            out = Data(stored)
        case 8:
            do {
                out = try BoundedInflate.bytes(Data(stored), limit: limit, expectedSize: Int(entry.uncompressedSize))
            } catch .tooLarge {
                throw .tooLarge
            } catch .cancelled {
                throw .cancelled
            } catch {
                throw .corrupt(error)
            }
        default:
            throw .corrupt(PackageArchive.Malformed(reason: "compression method \(raw.method)"))
        }
        guard BoundedInflate.crc32(out) == raw.crc32 else {
            throw .corrupt(PackageArchive.Malformed(reason: "checksum of \(entry.path) does not match"))
        }
        return out
    }
}
