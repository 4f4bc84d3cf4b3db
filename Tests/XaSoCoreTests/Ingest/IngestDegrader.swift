import Foundation
import XaSoCore
import XaSoFixtures

/// Makes the damaged copies an old report arrives as, deterministically from a seed: written
/// here independently of the reader's own folding, so the tests do not grade the reader with
/// its own rules.
enum IngestDegrader {
    enum Damage: String, CaseIterable {
        case stripped = "diacritics stripped"
        case ocr = "OCR letter/digit swaps"
        case broken = "words broken across lines"
        case runTogether = "table cells run together"
        case all = "all of them"
    }

    static func apply(_ damage: Damage, to text: String, seed: UInt64) -> String {
        var rng = SplitMix64(seed: seed)
        switch damage {
        case .stripped: return stripDiacritics(text)
        case .ocr: return ocrSwaps(text, rate: 0.35, rng: &rng)
        case .broken: return breakWords(text, rate: 0.25, rng: &rng)
        case .runTogether: return runCellsTogether(text)
        case .all:
            let partly = stripSome(text, rate: 0.6, rng: &rng)
            return breakWords(ocrSwaps(runCellsTogether(partly), rate: 0.25, rng: &rng), rate: 0.15, rng: &rng)
        }
    }

    /// "Tỷ lệ dân số" → "Ty le dan so", by Unicode category rather than the reader's folding.
    static func stripDiacritics(_ text: String) -> String {
        let base = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
        var scalars = String.UnicodeScalarView()
        for s in base.decomposedStringWithCanonicalMapping.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
            scalars.append(s)
        }
        return String(scalars)
    }

    /// Some letters lose their marks, others keep them: a poor scan.
    static func stripSome(_ text: String, rate: Double, rng: inout SplitMix64) -> String {
        String(text.map { ch -> Character in
            guard ch.unicodeScalars.first!.value > 0x7F, ch.isLetter, rng.unit() < rate else { return ch }
            return Character(stripDiacritics(String(ch)))
        })
    }

    /// ô ↔ o / 6, ế → é / €, l → 1, O → 0 inside words; 0 → O inside numbers.
    static func ocrSwaps(_ text: String, rate: Double, rng: inout SplitMix64) -> String {
        let chars = Array(text)
        var out = ""
        for (i, ch) in chars.enumerated() {
            let prevLetter = i > 0 && chars[i - 1].isLetter
            let nextLetter = i + 1 < chars.count && chars[i + 1].isLetter
            let inWord = prevLetter || nextLetter
            guard rng.unit() < rate else { out.append(ch); continue }
            switch ch {
            case "ô", "ổ", "ố", "ồ", "ộ": out.append(rng.below(2) == 0 ? "o" : (inWord ? "6" : "o"))
            case "Ô", "Ố", "Ồ", "Ổ": out.append("O")
            case "ế", "ề", "ể", "ệ": out.append(rng.below(2) == 0 ? "é" : "€")
            case "l" where inWord: out.append("1")
            case "O" where inWord: out.append("0")
            case "0" where i > 0 && chars[i - 1].isNumber: out.append("O")
            case "ơ", "ờ", "ở": out.append("o")
            case "ă", "ắ", "ằ": out.append("a")
            default: out.append(ch)
            }
        }
        return out
    }

    /// Breaks some long words of body lines at a line end, with a hyphen or without one.
    static func breakWords(_ text: String, rate: Double, rng: inout SplitMix64) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.count > 40 else { lines.append(line); continue }
            var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            // One break per long line at most, in a word of letters only.
            let candidates = words.indices.filter { i in
                i > 1 && words[i].count >= 4 && words[i].allSatisfy(\.isLetter)
            }
            if !candidates.isEmpty, rng.unit() < rate * 3 {
                let i = candidates[rng.below(candidates.count)]
                let w = Array(words[i])
                let cut = 1 + rng.below(w.count - 2)
                let hyphen = rng.below(2) == 0 ? "-" : ""
                words[i] = String(w[..<cut]) + hyphen + "\n" + String(w[cut...])
            }
            lines.append(words.joined(separator: " "))
        }
        return lines.joined(separator: "\n")
    }

    /// The indicator table with every row on one line, cells separated by a space, and its
    /// header on one line: what a scanner's text layer gives for a table without ruling.
    static func runCellsTogether(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var out: [String] = []
        var inTable = false
        var current = ""
        var nextRow = 1
        for line in lines {
            if !inTable {
                if line == "STT Chỉ tiêu" || line.hasPrefix("STT") { inTable = true; current = line; continue }
                out.append(line)
                continue
            }
            if line.isEmpty { continue }
            if line == String(nextRow) || line.hasPrefix("\(nextRow) ") {
                out.append(current)
                current = line
                nextRow += 1
            } else if line.range(of: #"^[IVX]+\. "#, options: .regularExpression) != nil {
                out.append(current)
                out.append(line)
                inTable = false
            } else {
                current += " " + line
            }
        }
        if inTable { out.append(current) }
        return out.joined(separator: "\n")
    }
}
