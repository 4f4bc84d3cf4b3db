import Foundation

/// Text helpers for Vietnamese as officials type it: with or without diacritics,
/// in any case, sometimes in decomposed Unicode pasted from Word.
public enum VietnameseText {
    /// Canonical stored form: Unicode NFC with collapsed inner whitespace.
    public static func normalized(_ text: String) -> String {
        let nfc = text.precomposedStringWithCanonicalMapping
        return nfc.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Search key: lower case, diacritics removed ("đ" → "d"), punctuation turned into
    /// single spaces, so "nghi duong" matches "Nghi Dương" and "Mã hồ sơ" matches "MA HO SO".
    public static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        let decomposed = text.lowercased().decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F:
                continue  // combining marks: the tones and hats
            case 0x0111, 0x0110:
                out.append("d"); lastWasSpace = false
            default:
                if CharacterSet.alphanumerics.contains(scalar) {
                    out.append(scalar); lastWasSpace = false
                } else if !lastWasSpace {
                    out.append(" "); lastWasSpace = true
                }
            }
        }
        var result = String(out)
        if result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
