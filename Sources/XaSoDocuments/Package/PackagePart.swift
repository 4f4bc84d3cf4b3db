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

    private struct Overflow: Error {}
    private struct Cancelled: Error {}

    /// The part's bytes. The declared size comes from the file itself: it is checked, and the
    /// bytes are counted while inflating too, since a forged header can declare any size.
    /// A cancelled task (the client left) stops inflating at the next chunk.
    static func data(_ entry: Entry, in archive: Archive, bufferSize: Int = 1 << 20,
                     limit: Int = PackagePart.maxSize) throws(Failure) -> Data {
        guard entry.uncompressedSize <= UInt64(max(limit, 0)) else { throw .tooLarge }
        var out = Data()
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, bufferSize: bufferSize, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= limit else { throw Overflow() }
                if Task.isCancelled { throw Cancelled() }
                out.append(chunk)
            }
        } catch is Overflow {
            throw .tooLarge
        } catch is Cancelled {
            throw .cancelled
        } catch {
            throw .corrupt(error)
        }
        return out
    }
}
