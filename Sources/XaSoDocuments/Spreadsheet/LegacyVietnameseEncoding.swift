/// Which pre-Unicode Vietnamese code page a non-UTF-8 file most likely uses, only to tell the
/// official what happened; the file is never decoded on a guess.
enum LegacyVietnameseEncoding: Sendable, Equatable {
    /// Windows-1258, what Excel's plain "CSV (Comma delimited)" writes on a Vietnamese Windows.
    case windows1258
    /// TCVN3 (ABC), the code page of the old .VnTime fonts.
    case tcvn3
    case unknown

    /// Windows-1258 writes tones as separate combining bytes after the vowel (e.g. "Nguy" "ê" 0xDE "n"),
    /// so a tone byte right after a vowel is strong evidence for it. TCVN3 keeps ă â ê ô ơ ư đ at
    /// 0xA8–0xAE, bytes that are rare symbols (© « ®) in Windows-1258 text.
    static func guess(_ bytes: [UInt8]) -> LegacyVietnameseEncoding {
        let toneMarks: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]
        let vowels: Set<UInt8> = Set(Array("aeiouyAEIOUY".utf8))
            .union([0xC2, 0xC3, 0xCA, 0xD4, 0xD5, 0xDD, 0xE2, 0xE3, 0xEA, 0xF4, 0xF5, 0xFD])
        var windows = 0, tcvn = 0
        var previous: UInt8 = 0
        for byte in bytes.prefix(1 << 20) {
            if toneMarks.contains(byte) && vowels.contains(previous) { windows += 1 }
            if (0xA1...0xAE).contains(byte) { tcvn += 1 }
            previous = byte
        }
        if windows > 0 && windows >= tcvn { return .windows1258 }
        if tcvn > 0 { return .tcvn3 }
        return .unknown
    }
}
