import Foundation
import ZIPFoundation

/// Inflating one part of an uploaded Office package (XLSX, DOCX) with a cap: every reader of an
/// upload goes through here, so none can be handed a ZIP bomb aimed at the server's memory.
enum PackagePart {
    /// Largest part inflated. A full Excel sheet of 1,048,576 rows × 20 columns is about 300 MB of
    /// XML; past this a small upload could only be a ZIP bomb.
    static let maxSize = 768 << 20

    enum Failure: Error {
        case tooLarge
        case corrupt(any Error)
    }

    private struct Overflow: Error {}

    /// The part's bytes. The declared size comes from the file itself: it is checked, and the
    /// bytes are counted while inflating too.
    static func data(_ entry: Entry, in archive: Archive, bufferSize: Int = 1 << 20) throws(Failure) -> Data {
        guard entry.uncompressedSize <= maxSize else { throw .tooLarge }
        var out = Data()
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, bufferSize: bufferSize, skipCRC32: false) { chunk in
                guard out.count + chunk.count <= maxSize else { throw Overflow() }
                out.append(chunk)
            }
        } catch is Overflow {
            throw .tooLarge
        } catch {
            throw .corrupt(error)
        }
        return out
    }
}
