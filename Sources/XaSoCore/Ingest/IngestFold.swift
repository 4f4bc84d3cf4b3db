import Foundation

/// Text keys for reading old reports, tolerant of what scanning does to Vietnamese: diacritics
/// lost or misread ("Téng s6 ho S0 tiép nhén" for "Tổng số hồ sơ tiếp nhận"), letters read as
/// digits inside words (ô → 6, O → 0, l → 1, ế → €), words broken across lines.
public enum IngestFold {
    /// Folded words: lower case, no diacritics (đ → d), digits inside a word read back as the
    /// letters OCR takes them for. A token of digits alone stays a number.
    public static func tokens(_ text: String) -> [String] {
        VietnameseText.folded(preclean(text)).split(separator: " ").map { repairWord(String($0)) }
    }

    /// The tokens joined: a comparison key.
    public static func key(_ text: String) -> String { tokens(text).joined(separator: " ") }

    /// Characters OCR substitutes that folding would drop or keep apart.
    static func preclean(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text {
            switch ch {
            case "€": out.append("e")
            case "@": out.append("a")
            case "|": out.append("l")
            default: out.append(ch)
            }
        }
        return out
    }

    /// "s6" → "so", "1e" → "le", "tha0" → "thao"; "2025", "4g" and "6g" are left alone when
    /// all digits or a known technical token.
    static func repairWord(_ token: String) -> String {
        let digits = token.filter { $0.isASCII && $0.isNumber }.count
        let letters = token.count - digits
        guard digits > 0 && letters > 0 else { return token }
        // "2o25", "l5": a number with letters OCR put in for 0 and 1.
        if digits >= letters, token.allSatisfy({ $0.isNumber || "oli".contains($0) }) {
            return String(token.map { $0 == "o" ? "0" : ($0 == "l" || $0 == "i" ? "1" : $0) })
        }
        // "3g", "4g", "5g", "6g": network generations, not OCR.
        if token.count == 2, token.last == "g", let f = token.first, f.isNumber { return token }
        var out = ""
        for ch in token {
            switch ch {
            case "0", "6": out.append("o")
            case "1": out.append("l")
            case "3": out.append("e")
            case "5": out.append("s")
            default: out.append(ch)
            }
        }
        return out
    }

    /// Diacritics removed (đ → d) but case and punctuation kept: for patterns such as
    /// "Số: 219/BC-UBND" whose slashes and dashes matter.
    public static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in preclean(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: out.append("d")
            case 0x0110: out.append("D")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    // MARK: similarity

    /// How alike two folded words are, 0…1: equal 1; one edit apart 0.75 (0.6 for words of
    /// three letters); otherwise 0. Vietnamese syllables are short, so one misread letter is
    /// what OCR leaves ("nhen" for "nhan").
    public static func wordSimilarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        return similarity(Array(a.utf8), Array(b.utf8))
    }

    /// The same on UTF-8 bytes (folded words are ASCII), without allocating.
    static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let la = a.count, lb = b.count
        if la == lb && a == b { return 1 }
        guard min(la, lb) >= 3, abs(la - lb) <= 1 else { return 0 }
        guard isOneEditApart(a, b) else { return 0 }
        return min(la, lb) == 3 ? 0.6 : 0.75
    }

    static func isOneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count == b.count {
            var diff = 0
            for i in a.indices where a[i] != b[i] {
                diff += 1
                if diff > 1 { return false }
            }
            return diff == 1
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        var i = 0, j = 0, skipped = false
        while i < long.count && j < short.count {
            if long[i] == short[j] { i += 1; j += 1 } else {
                if skipped { return false }
                skipped = true
                i += 1
            }
        }
        return true
    }

    /// The weight of words in order that `phrase` and `text` share, allowing one word of `phrase`
    /// to match two neighbouring words of `text` run together ("tha nh" for "thanh", a word broken
    /// across lines) — a weighted longest common subsequence.
    public static func sharedWeight(_ phrase: [String], _ text: [String]) -> Double {
        sharedWeight(bytes: phrase.map { Array($0.utf8) }, text: text.map { Array($0.utf8) })
    }

    static func sharedWeight(bytes p: [[UInt8]], text t: [[UInt8]]) -> Double {
        let n = p.count, m = t.count
        guard n > 0, m > 0 else { return 0 }
        // Neighbours run together, made once rather than in the inner loop.
        let joined: [[UInt8]] = (0..<m).map { j in j == 0 ? [] : t[j - 1] + t[j] }
        var previous = [Double](repeating: 0, count: m + 1)
        var row = [Double](repeating: 0, count: m + 1)
        for i in 1...n {
            row[0] = 0
            for j in 1...m {
                var best = max(previous[j], row[j - 1])
                let s = similarity(p[i - 1], t[j - 1])
                if s > 0 { best = max(best, previous[j - 1] + s) }
                if j >= 2, joined[j - 1].count >= 3 {
                    let s2 = similarity(p[i - 1], joined[j - 1])
                    // Two text words spent on one phrase word: credit it, but only once.
                    if s2 > 0 { best = max(best, previous[j - 2] + s2) }
                }
                row[j] = best
            }
            swap(&previous, &row)
        }
        return previous[m]
    }

    /// Dice-like likeness of two word lists, 0…1: shared weight over the mean length, where
    /// words of `text` run together count once.
    public static func similarity(_ phrase: [String], _ text: [String]) -> Double {
        guard !phrase.isEmpty, !text.isEmpty else { return 0 }
        let shared = sharedWeight(phrase, text)
        return min(1, 2 * shared / Double(phrase.count + min(text.count, text.count)))
    }

    /// How much of `phrase` is found in order in `text`, 0…1 (the text may say more).
    public static func coverage(_ phrase: [String], in text: [String]) -> Double {
        guard !phrase.isEmpty else { return 0 }
        return min(1, sharedWeight(phrase, text) / Double(phrase.count))
    }
}
