import Foundation

/// The dossier codes a streamed import has seen, kept as 32-bit fingerprints only: 4 bytes a slot
/// (about 50 MB for ten million codes) where a table of the codes themselves took about 100 bytes
/// a code, so memory stays bounded whatever the file's size.
///
/// A hit is only a suspicion: two different codes share a fingerprint and a probe run about once
/// in a hundred ten-million-row files. The parser confirms every hit by reading the file again
/// (`DossierLedgerParser.Stream`), so a false one costs that re-read, never a wrong answer.
///
/// A slot keeps no more than the fingerprint, so a full table cannot be rehashed into a larger
/// one; a new, larger segment is added instead and lookups probe each. `reserve` sizes a segment
/// for the rows a file is expected to hold, so there are usually two: the first small one and that.
struct CodeFingerprints {
    private struct Segment {
        var slots: [UInt32]
        var count = 0
        /// Filled to at most 80%: a lookup then probes about three slots on average.
        var limit: Int { slots.count * 4 / 5 }

        init(codes: Int) { slots = [UInt32](repeating: 0, count: max(64, codes * 5 / 4 + 1)) }

        /// The home slot from the hash's low 32 bits (multiply-shift maps them onto any size);
        /// the fingerprint is the high 32 bits, so two codes clash only when all 64 bits agree.
        @inline(__always)
        func home(_ h: UInt64) -> Int { Int(((h & 0xFFFF_FFFF) &* UInt64(slots.count)) >> 32) }

        func contains(_ h: UInt64, _ fingerprint: UInt32) -> Bool {
            var i = home(h)
            while slots[i] != 0 {
                if slots[i] == fingerprint { return true }
                i = i + 1 == slots.count ? 0 : i + 1
            }
            return false
        }

        mutating func add(_ h: UInt64, _ fingerprint: UInt32) {
            var i = home(h)
            while slots[i] != 0 { i = i + 1 == slots.count ? 0 : i + 1 }
            slots[i] = fingerprint
            count += 1
        }
    }

    private var segments: [Segment]
    /// `CodeTable.hash`; tests give a worse one to make every code collide.
    private let hash: (String) -> UInt64

    init(expectedCodes: Int = 16_384, hash: @escaping (String) -> UInt64 = CodeTable<Int>.hash) {
        segments = [Segment(codes: max(expectedCodes, 1024))]
        self.hash = hash
    }

    var count: Int { segments.reduce(0) { $0 + $1.count } }

    /// Makes room for `codes` more codes in one segment (a file's estimated remaining rows).
    mutating func reserve(_ codes: Int) {
        let last = segments[segments.count - 1]
        if last.limit - last.count < codes { segments.append(Segment(codes: codes)) }
    }

    /// Records `code`; true when its fingerprint was already there (the code was probably seen).
    mutating func insert(_ code: String) -> Bool {
        let h = hash(code)
        let high = UInt32(truncatingIfNeeded: h >> 32)
        let fingerprint = high == 0 ? 1 : high
        for s in segments.indices where segments[s].contains(h, fingerprint) { return true }
        if segments[segments.count - 1].count >= segments[segments.count - 1].limit {
            // Unforeseen growth: a segment as large as everything so far, so segments stay few.
            segments.append(Segment(codes: max(count, 1024)))
        }
        segments[segments.count - 1].add(h, fingerprint)
        return false
    }
}
