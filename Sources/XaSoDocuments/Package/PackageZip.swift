import Foundation
import ZIPFoundation

/// Writing an Office package (XLSX, DOCX): deflated entries with one fixed date, so the same parts
/// always give the same bytes.
enum PackageZip {
    enum Failure: Error {
        case create(any Error)
        case entry(path: String, any Error)
        case finish
    }

    static func zip(_ parts: [(path: String, data: Data)], date: Date, permissions: UInt16? = nil) throws(Failure) -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw .create(error)
        }
        for (path, data) in parts {
            do {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     permissions: permissions, compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<(start + size))
                }
            } catch {
                throw .entry(path: path, error)
            }
        }
        guard let bytes = archive.data else { throw .finish }
        return bytes
    }
}
