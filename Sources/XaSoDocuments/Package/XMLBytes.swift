import Foundation

/// The bytes of an XML part, checked before XMLParser sees them.
enum XMLBytes {
    /// On Linux, FoundationXML's XMLParser traps (it does not throw) when an element name, a
    /// namespace or an attribute is not valid UTF-8 — a fuzzed `.rels` part did it. Office writes
    /// its parts in UTF-8; a part with a UTF-16 byte-order mark is left to libxml2, which transcodes
    /// it and hands the parser valid UTF-8.
    static func isParseable(_ data: Data) -> Bool {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return true }
        return data.withUnsafeBytes { raw in
            var iterator = raw.bindMemory(to: UInt8.self).makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }
}
