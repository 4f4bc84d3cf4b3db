import Foundation

/// NFC for cell text without paying Foundation's normalisation on every cell. Nearly all cells are
/// ASCII or precomposed Vietnamese, which are NFC already; only text holding a combining mark or
/// a script we do not vet (Greek, Cyrillic, CJK, …) goes through Foundation.
enum NFCText {
    /// A cell from valid UTF-8 bytes, in NFC.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, hasNonASCII: Bool) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard hasNonASCII, !isKnownNFC(bytes) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    static func normalized(_ text: String) -> String {
        var text = text
        let known = text.withUTF8 { isKnownNFC($0) }
        return known ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar lies in a range whose characters are all NFC_QC=Yes with combining
    /// class 0, so no normalisation can change the text: below U+0300 (Latin-1, Latin Extended-A/B,
    /// IPA, spacing modifiers), U+1E00–U+1EFF (Latin Extended Additional: ạ ả ấ … ỹ) and
    /// U+2010–U+20CF (dashes, quotes, “…”, currency signs such as ₫). False means "unknown", not "not NFC".
    static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
            } else if b < 0xCC {
                i += 2  // U+0080–U+02FF
            } else if b == 0xE1, i + 1 < n, bytes[i + 1] >= 0xB8, bytes[i + 1] <= 0xBB {
                i += 3  // U+1E00–U+1EFF
            } else if b == 0xE2, i + 2 < n, isSafeGeneralPunctuation(bytes[i + 1], bytes[i + 2]) {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// U+2010–U+20CF: E2 80 90 … E2 83 8F.
    private static func isSafeGeneralPunctuation(_ second: UInt8, _ third: UInt8) -> Bool {
        switch second {
        case 0x80: return third >= 0x90
        case 0x81, 0x82: return true
        case 0x83: return third < 0x90
        default: return false
        }
    }
}
