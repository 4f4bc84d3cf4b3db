import Foundation
import ZIPFoundation

/// Opens an uploaded ZIP (XLSX, DOCX) for reading — the one way every reader does it.
///
/// ZIPFoundation reads an in-memory archive through a file emulation that traps when asked to seek
/// past the end of the data (a fuzzed upload did it with a central directory pointing beyond the
/// file). So the layout is checked first: the end record, every central directory entry, and every
/// local header and its data must lie inside the file. Only then does ZIPFoundation see the bytes.
enum PackageArchive {
    struct Malformed: Error, Equatable {
        var reason: String
    }

    /// Where an entry's stored bytes lie in the file, read from the central directory.
    struct RawEntry: Equatable {
        var dataStart: Int
        var compressedSize: Int
        var method: Int
        var crc32: UInt32
    }

    /// The archive (for its entry list) with the file's bytes and each entry's place in them, so a
    /// part is inflated from exactly its own bytes (`PackagePart`).
    final class Opened: Sequence {
        let archive: Archive
        let data: Data
        let raw: [String: RawEntry]

        init(archive: Archive, data: Data, raw: [String: RawEntry]) {
            self.archive = archive
            self.data = data
            self.raw = raw
        }

        func makeIterator() -> Archive.Iterator { archive.makeIterator() }
    }

    static func open(_ data: Data) throws(Malformed) -> Opened {
        let raw = try checkLayout(data)
        do {
            return Opened(archive: try Archive(data: data, accessMode: .read), data: data, raw: raw)
        } catch {
            throw Malformed(reason: "\(error)")
        }
    }

    /// Every offset ZIPFoundation will seek to, checked against the file's size; returns each
    /// entry's stored bytes by name.
    @discardableResult
    static func checkLayout(_ data: Data) throws(Malformed) -> [String: RawEntry] {
        var raw: [String: RawEntry] = [:]
        let bytes = [UInt8](data)
        let n = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func u64(_ at: Int) -> UInt64 { UInt64(u32(at)) | UInt64(u32(at + 4)) << 32 }
        func fail(_ reason: String) -> Malformed { Malformed(reason: reason) }

        // End of central directory: 22 bytes plus a comment of up to 65,535, found from the end.
        guard n >= 22 else { throw fail("too short for a ZIP file") }
        var eocd = -1
        var at = n - 22
        while at >= max(0, n - 22 - 0xFFFF) {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06,
               at + 22 + u16(at + 20) == n {
                eocd = at
                break
            }
            at -= 1
        }
        guard eocd >= 0 else { throw fail("no end of central directory record") }
        var entryCount = u16(eocd + 10)
        var directorySize = UInt64(u32(eocd + 12))
        var directoryOffset = UInt64(u32(eocd + 16))
        var directoryEnd = eocd
        // ZIP64: a locator just before the end record points to the 64-bit end record.
        if eocd >= 20, u32(eocd - 20) == 0x0706_4B50 {
            let record = u64(eocd - 12)
            guard eocd - 20 >= 56, record <= UInt64(eocd - 20 - 56), u32(Int(record)) == 0x0606_4B50 else {
                throw fail("ZIP64 end record outside the file")
            }
            let r = Int(record)
            guard u64(r + 32) <= UInt64(Int.max) else { throw fail("ZIP64 entry count too large") }
            entryCount = Int(u64(r + 32))
            directorySize = u64(r + 40)
            directoryOffset = u64(r + 48)
            directoryEnd = r
        }
        guard directoryOffset <= UInt64(directoryEnd), directorySize <= UInt64(directoryEnd) - directoryOffset else {
            throw fail("central directory outside the file")
        }
        var entry = Int(directoryOffset)
        let end = entry + Int(directorySize)
        for _ in 0..<entryCount {
            guard entry + 46 <= end, u32(entry) == 0x0201_4B50 else { throw fail("central directory entry malformed") }
            let nameLength = u16(entry + 28), extraLength = u16(entry + 30), commentLength = u16(entry + 32)
            let next = entry + 46 + nameLength + extraLength + commentLength
            guard next <= end else { throw fail("central directory entry runs past the directory") }
            var compressed = UInt64(u32(entry + 20))
            var local = UInt64(u32(entry + 42))
            let uncompressedIs64 = u32(entry + 24) == 0xFFFF_FFFF
            // The 64-bit values stand in the ZIP64 extra field, in this order, for the fields at 0xFFFFFFFF.
            if compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF || uncompressedIs64 {
                var field = entry + 46 + nameLength
                let extraEnd = field + extraLength
                while field + 4 <= extraEnd {
                    let id = u16(field), size = u16(field + 2)
                    guard field + 4 + size <= extraEnd else { throw fail("extra field runs past its entry") }
                    if id == 0x0001 {
                        var value = field + 4
                        let valueEnd = value + size
                        func take() throws(Malformed) -> UInt64 {
                            guard value + 8 <= valueEnd else { throw fail("ZIP64 extra field too short") }
                            defer { value += 8 }
                            return u64(value)
                        }
                        if uncompressedIs64 { _ = try take() }
                        if compressed == 0xFFFF_FFFF { compressed = try take() }
                        if local == 0xFFFF_FFFF { local = try take() }
                    }
                    field += 4 + size
                }
            }
            guard local + 30 <= UInt64(n), u32(Int(local)) == 0x0403_4B50 else {
                throw fail("local header outside the file or malformed")
            }
            let dataStart = local + 30 + UInt64(u16(Int(local) + 26)) + UInt64(u16(Int(local) + 28))
            guard dataStart <= UInt64(n), compressed <= UInt64(n) - dataStart else {
                throw fail("entry data runs past the end of the file")
            }
            // Office part names are ASCII; ZIPFoundation reads them the same way.
            let name = String(decoding: bytes[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
            raw[name] = RawEntry(dataStart: Int(dataStart), compressedSize: Int(compressed), method: u16(entry + 10),
                                 crc32: UInt32(u32(entry + 16)))
            entry = next
        }
        return raw
    }
}
