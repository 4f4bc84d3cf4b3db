import Foundation

/// A hash table from codes (dossier and procedure codes) to values, keyed by the codes'
/// UTF-8 bytes. A ledger import checks a million dossier codes for duplicates; with
/// `Dictionary<String, _>` most of that time went into comparing `String`s on every probe.
/// Here each slot keeps the key's 64-bit hash, so a probe compares bytes only when the
/// hashes already agree.
struct CodeTable<Value> {
    private var hashes: [UInt64]
    private var keys: [String]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        hashes = [UInt64](repeating: 0, count: capacity)
        keys = [String](repeating: "", count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
    }

    func value(for key: String) -> Value? {
        let h = CodeTable.hash(key)
        var i = Int(truncatingIfNeeded: h) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, ImportText.sameBytes(keys[i], key) { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` under `key` unless the key is there already; returns the value already there.
    mutating func insertIfAbsent(_ key: String, _ value: Value) -> Value? {
        if (count + 1) * 2 > hashes.count { grow() }
        let h = CodeTable.hash(key)
        var i = Int(truncatingIfNeeded: h) & mask
        while hashes[i] != 0 {
            if hashes[i] == h, ImportText.sameBytes(keys[i], key) { return values[i] }
            i = (i + 1) & mask
        }
        hashes[i] = h
        keys[i] = key
        values[i] = value
        count += 1
        return nil
    }

    private mutating func grow() {
        var bigger = CodeTable(minimumCapacity: hashes.count)
        for i in 0..<hashes.count where hashes[i] != 0 {
            _ = bigger.insertIfAbsent(keys[i], values[i]!)
        }
        self = bigger
    }

    /// FNV-1a over the bytes, then a MurmurHash3 finaliser so the low bits used for the slot
    /// are well mixed. Never 0, which marks an empty slot.
    @inline(__always)
    static func hash(_ key: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        let done: Void? = key.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        if done == nil {
            for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h | 1
    }
}
