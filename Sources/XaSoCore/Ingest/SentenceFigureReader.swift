import Foundation

/// Figures stated in sentences: the dossier figures ("Tổng số hồ sơ tiếp nhận là 5892 hồ sơ",
/// "05 hồ sơ quá hạn") and the catalogue's figures, by their names and the wording each prints
/// in. A figure is read with the words of its clause before it and after it, compared word by
/// word with the known phrasings, tolerant of lost diacritics and OCR swaps.
public struct SentenceFigureReader: Sendable {
    /// A dossier figure and the phrasings reports use for it.
    struct DossierPattern: Sendable {
        var key: DossierKey
        var before: [[String]]
        var after: [[String]]
        /// In "5805/5805", which side is this figure.
        var denominator = false
    }

    enum DossierKey: String, Sendable, CaseIterable {
        case receivedTotal, receivedInPeriod, carriedOver, online, direct, resolved, early, onTime, earlyOrOnTime
        case late, rejected, withdrawn, inProgress, feeProcedures, feeProceduresWithOnlinePayment
    }

    static func p(_ key: DossierKey, before: [String] = [], after: [String] = [], denominator: Bool = false) -> DossierPattern {
        DossierPattern(key: key, before: before.map(IngestFold.tokens), after: after.map(IngestFold.tokens), denominator: denominator)
    }

    /// The wording of the six-month reference and of XaSo's own dossier paragraph, and common variants.
    static let dossierPatterns: [DossierPattern] = [
        p(.receivedTotal, before: ["tổng số hồ sơ tiếp nhận", "tổng số hồ sơ đã tiếp nhận", "tổng hồ sơ tiếp nhận"],
          after: ["tổng số hồ sơ tiếp nhận"]),
        p(.receivedInPeriod, after: ["hồ sơ trong kỳ", "hồ sơ tiếp nhận trong kỳ", "hồ sơ tiếp nhận mới"],),
        p(.carriedOver, before: ["kỳ trước chuyển sang"], after: ["hồ sơ từ kỳ trước", "hồ sơ kỳ trước chuyển sang"]),
        p(.online, before: ["tỷ lệ hồ sơ trực tuyến tổng hồ sơ tiếp nhận trong kỳ", "tỷ lệ hồ sơ trực tuyến", "số hồ sơ trực tuyến", "hồ sơ tiếp nhận trực tuyến", "tiếp nhận trực tuyến"],
          after: ["hồ sơ trực tuyến", "hồ sơ nộp trực tuyến", "hồ sơ tiếp nhận trực tuyến"]),
        p(.direct, before: ["hồ sơ trực tiếp", "tiếp nhận trực tiếp"], after: ["hồ sơ trực tiếp", "hồ sơ nộp trực tiếp"]),
        p(.resolved, before: ["tổng số hồ sơ đã giải quyết", "số hồ sơ đã giải quyết", "tổng số hồ sơ giải quyết"],
          after: ["hồ sơ đã giải quyết"]),
        p(.earlyOrOnTime, before: ["hồ sơ giải quyết trước hạn và đúng hạn"],
          after: ["hồ sơ được giải quyết trước hạn và đúng hạn", "hồ sơ giải quyết trước hạn và đúng hạn",
                  "hồ sơ trước hạn và đúng hạn", "hồ sơ đúng hạn và trước hạn"]),
        p(.early, before: ["hồ sơ giải quyết trước hạn"], after: ["hồ sơ giải quyết trước hạn", "hồ sơ trước hạn"]),
        p(.onTime, before: ["hồ sơ giải quyết đúng hạn"], after: ["hồ sơ giải quyết đúng hạn", "hồ sơ đúng hạn"]),
        p(.late, before: ["hồ sơ giải quyết quá hạn", "số hồ sơ quá hạn"],
          after: ["hồ sơ quá hạn", "hồ sơ giải quyết quá hạn", "hồ sơ TTHC giải quyết quá hạn"]),
        p(.rejected, after: ["hồ sơ từ chối", "hồ sơ bị từ chối", "hồ sơ không giải quyết"], ),
        p(.withdrawn, after: ["hồ sơ rút", "hồ sơ đã rút", "hồ sơ xin rút", "hồ sơ công dân rút"]),
        p(.inProgress, before: ["số lượng hồ sơ đang giải quyết", "số hồ sơ đang giải quyết", "hồ sơ đang giải quyết"],
          after: ["hồ sơ đang giải quyết"]),
        p(.feeProcedures, before: ["tổng số TTHC có yêu cầu nghĩa vụ tài chính", "số thủ tục có yêu cầu nghĩa vụ tài chính"]),
        p(.feeProceduresWithOnlinePayment, before: ["số TTHC đã được tích hợp triển khai thanh toán trực tuyến",
                                                    "triển khai thanh toán trực tuyến", "tích hợp thanh toán trực tuyến"]),
    ]

    /// Words that sit between a phrase and its figure and say nothing: "là", "đạt", ":".
    static let fillers: Set<String> = ["la", "dat", "co", "gom", "tong", "cong"]

    static let threshold = 0.8

    let catalogue: IngestCatalogue

    public init(catalogue: IngestCatalogue) {
        self.catalogue = catalogue
    }

    public struct Result: Sendable {
        public var dossier = ReportedDossierFigures()
        /// The line each dossier figure came from, by storage key.
        public var dossierLines: [String: Int] = [:]
        public var figures: [RecoveredFigure] = []
        /// Lines with a figure that matched nothing.
        public var unmatched: [UnmatchedLine] = []
    }

    public func read(_ paragraphs: [IngestParagraph]) -> Result {
        var result = Result()
        var unmatchedLines = Set<Int>()
        for paragraph in paragraphs where !paragraph.isHeading || paragraph.text.contains(":") {
            let text = paragraph.text
            let chars = Array(text)
            for figure in FigureScanner.scan(text) {
                let before = Self.clauseBefore(chars, figure.start)
                let after = Self.clauseAfter(chars, figure.end)
                let line = paragraph.line(atOffset: figure.start)
                if figure.comparator != nil { continue }
                if let level = levelFigure(figure, sentence: Self.sentence(chars, figure.start), after: after) {
                    var levels = result.dossier.byLevel ?? [:]
                    var l = levels[level.level] ?? ReportedDossierFigures.LevelFigures()
                    switch level.field {
                    case "procedures": if l.procedures == nil { l.procedures = Int(figure.value) }
                    case "procedures_with_dossiers": if l.proceduresWithDossiers == nil { l.proceduresWithDossiers = Int(figure.value) }
                    default: if l.dossiers == nil { l.dossiers = Int(figure.value) }
                    }
                    levels[level.level] = l
                    result.dossier.byLevel = levels
                    result.dossierLines["by_level.\(level.level).\(level.field)"] = line
                    continue
                }
                if !figure.percent, let (key, count) = dossierFigure(figure, before: before, after: after) {
                    if assign(key, count, to: &result.dossier) { result.dossierLines[key.rawValue] = line }
                    if let d = figure.denominator, key == .online, result.dossier.receivedInPeriod == nil {
                        result.dossier.receivedInPeriod = Int(d)
                    }
                    continue
                }
                if let found = catalogueFigure(figure, before: before, after: after, line: line) {
                    result.figures.append(found)
                    continue
                }
                if Self.looksLikeFigure(figure, after: after), !unmatchedLines.contains(line) {
                    unmatchedLines.insert(line)
                    let clause = VietnameseText.normalized(String(chars[Self.sentenceStart(chars, figure.start)..<Self.sentenceEnd(chars, figure.end)]))
                    result.unmatched.append(UnmatchedLine(line: line, text: clause))
                }
            }
        }
        // One figure per indicator: the surest mention.
        var best: [String: RecoveredFigure] = [:]
        for f in result.figures where (best[f.indicatorCode]?.confidence ?? -1) < f.confidence { best[f.indicatorCode] = f }
        result.figures = result.figures.filter { best[$0.indicatorCode] == $0 }
        return result
    }

    // MARK: dossier figures

    func dossierFigure(_ figure: ScannedFigure, before: [String], after: [String]) -> (DossierKey, Int)? {
        guard figure.value >= 0, figure.value == figure.value.rounded(), figure.value < 1e9 else { return nil }
        var best: (key: DossierKey, score: Double, length: Int, denominator: Bool)?
        for pattern in Self.dossierPatterns {
            for phrase in pattern.before {
                let s = Self.beforeScore(phrase, before)
                consider(pattern, s, phrase.count)
            }
            for phrase in pattern.after {
                let s = Self.afterScore(phrase, after)
                consider(pattern, s, phrase.count)
            }
        }
        func consider(_ pattern: DossierPattern, _ score: Double, _ length: Int) {
            guard score >= Self.threshold else { return }
            if pattern.denominator && figure.denominator == nil { return }
            if let b = best, b.score > score + 0.001 || abs(b.score - score) <= 0.001 && b.length >= length { return }
            best = (pattern.key, score, length, pattern.denominator)
        }
        guard let best else { return nil }
        let value = best.denominator ? (figure.denominator ?? figure.value) : figure.value
        return (best.key, Int(value))
    }

    /// The first statement of a figure wins; a later "Còn 05 hồ sơ … quá hạn" repeats it.
    func assign(_ key: DossierKey, _ v: Int, to d: inout ReportedDossierFigures) -> Bool {
        func set(_ field: inout Int?) -> Bool {
            guard field == nil else { return false }
            field = v
            return true
        }
        switch key {
        case .receivedTotal: return set(&d.receivedTotal)
        case .receivedInPeriod: return set(&d.receivedInPeriod)
        case .carriedOver: return set(&d.carriedOver)
        case .online: return set(&d.online)
        case .direct: return set(&d.direct)
        case .resolved: return set(&d.resolved)
        case .early: return set(&d.early)
        case .onTime: return set(&d.onTime)
        case .earlyOrOnTime: return set(&d.earlyOrOnTime)
        case .late: return set(&d.late)
        case .rejected: return set(&d.rejected)
        case .withdrawn: return set(&d.withdrawn)
        case .inProgress: return set(&d.inProgress)
        case .feeProcedures: return set(&d.feeProcedures)
        case .feeProceduresWithOnlinePayment: return set(&d.feeProceduresWithOnlinePayment)
        }
    }

    /// "Dịch vụ công trực tuyến toàn trình: 120 thủ tục, 45 thủ tục phát sinh hồ sơ, 2.300 hồ sơ".
    func levelFigure(_ figure: ScannedFigure, sentence: [String], after: [String]) -> (level: String, field: String)? {
        guard !figure.percent, figure.denominator == nil else { return nil }
        let s = " " + sentence.joined(separator: " ") + " "
        guard s.contains(" thu tuc ") || s.contains(" tthc ") || s.contains(" dich vu cong ") else { return nil }
        var levels: [String] = []
        if s.contains(" toan trinh ") { levels.append("toan_trinh") }
        if s.contains(" mot phan ") { levels.append("mot_phan") }
        if s.contains(" truc tiep ") && (s.contains(" muc do ") || s.contains(" dich vu cong ") || s.contains(" chua cung cap ")) {
            levels.append("truc_tiep")
        }
        guard levels.count == 1, let level = levels.first else { return nil }
        let a = after.prefix(6).joined(separator: " ") + " "
        if a.hasPrefix("thu tuc ") || a.hasPrefix("tthc ") {
            if a.contains("phat sinh ho so") || a.contains("co ho so") || a.contains("co phat sinh") {
                return (level, "procedures_with_dossiers")
            }
            return (level, "procedures")
        }
        if a.hasPrefix("ho so ") { return (level, "dossiers") }
        return nil
    }

    // MARK: catalogue figures

    func catalogueFigure(_ figure: ScannedFigure, before: [String], after: [String], line: Int) -> RecoveredFigure? {
        var best: (entry: IngestCatalogue.Entry, score: Double)?
        let near = Set(before).union(after)
        for entry in catalogue.entries {
            guard (entry.unitKind == .percent) == figure.percent || entry.unitKind == .index && !figure.percent else { continue }
            // Cheap first look: a name or wording this far from the clause cannot reach the bar.
            let words = entry.vocabulary
            guard !words.isEmpty, Double(words.filter(near.contains).count) >= 0.4 * Double(words.count) else { continue }
            var score = 0.0
            for w in entry.wordings {
                let b = w.before.isEmpty ? 1 : Self.beforeScore(w.before, before)
                let a = w.after.isEmpty ? 1 : Self.afterScore(w.after, after)
                // A wording with only one side must have that side long enough to be telling.
                guard w.before.count + w.after.count >= 2 else { continue }
                score = max(score, min(a, b))
            }
            if entry.nameTokens.count >= 4 {
                let name = IngestFold.coverage(entry.nameTokens, in: before)
                score = max(score, name >= 0.7 ? name : 0)
            }
            if score >= 0.7, best == nil || score > best!.score { best = (entry, score) }
        }
        guard let best else { return nil }
        let asRead = VietnameseText.normalized(before.isEmpty ? figure.text : IngestFold.key(before.joined(separator: " ")))
        let certain = best.score >= 0.85
        return RecoveredFigure(indicatorCode: best.entry.code, value: figure.value, approximate: figure.approximate,
                               text: certain ? best.entry.name : asRead, confidence: IndicatorTableReader.rounded(best.score),
                               line: line, origin: .sentence, textAsRead: asRead, restored: certain)
    }

    // MARK: clauses

    /// How well `phrase` ends the words before a figure (fillers such as "là" skipped).
    static func beforeScore(_ phrase: [String], _ before: [String]) -> Double {
        var words = before
        while let last = words.last, fillers.contains(last) { words.removeLast() }
        // "… trên Cổng DVC quốc gia là 10 thủ tục": where it was done says nothing of what.
        if let tren = words.indices.suffix(8).last(where: { words[$0] == "tren" && $0 + 1 < words.count && words[$0 + 1] == "cong" }),
           tren > 0 {
            words.removeSubrange(tren...)
        }
        guard !words.isEmpty else { return 0 }
        // The phrase must reach the figure: its last word among the last three words.
        let window = Array(words.suffix(phrase.count + 6))
        let cover = IngestFold.coverage(phrase, in: window)
        guard let lastWord = phrase.last else { return 0 }
        let tail = words.suffix(3)
        let reaches = tail.contains { IngestFold.wordSimilarity(lastWord, $0) > 0 }
            || tail.count >= 2 && zip(tail.dropLast(), tail.dropFirst()).contains { IngestFold.wordSimilarity(lastWord, $0 + $1) > 0 }
        return reaches ? cover : cover * 0.8
    }

    /// How well `phrase` starts the words after a figure ("05 hồ sơ quá hạn").
    static func afterScore(_ phrase: [String], _ after: [String]) -> Double {
        guard let first = phrase.first, let a0 = after.first else { return 0 }
        guard IngestFold.wordSimilarity(first, a0) > 0 else { return 0 }
        return IngestFold.coverage(phrase, in: Array(after.prefix(phrase.count + 3)))
    }

    static let clauseBreaks: Set<Character> = [";", ".", "(", ")", ",", ":", "\n", "!", "?"]

    static func clauseStart(_ chars: [Character], _ start: Int) -> Int {
        var p = start - 1
        // A colon or bracket right before the figure belongs to it ("tiếp nhận: 887", "(~15%)").
        while p >= 0, chars[p] == " " || chars[p] == ":" || chars[p] == "(" { p -= 1 }
        while p >= 0, !clauseBreaks.contains(chars[p]) || isNumberDot(chars, p) { p -= 1 }
        return p + 1
    }

    /// The words of the clause before a figure, a bracketed aside left out ("tổng số TTHC có yêu
    /// cầu nghĩa vụ tài chính (tất cả các TTHC có phát sinh phí, lệ phí) là 10 thủ tục").
    static func clauseBefore(_ chars: [Character], _ start: Int) -> [String] {
        var p = start - 1
        while p >= 0, chars[p] == " " || chars[p] == ":" || chars[p] == "(" { p -= 1 }
        var kept: [Character] = []
        while p >= 0 {
            let c = chars[p]
            if c == ")" {
                var depth = 1
                p -= 1
                while p >= 0, depth > 0 {
                    if chars[p] == ")" { depth += 1 } else if chars[p] == "(" { depth -= 1 }
                    p -= 1
                }
                kept.insert(" ", at: 0)
                continue
            }
            if clauseBreaks.contains(c) && !isNumberDot(chars, p) { break }
            kept.insert(c, at: 0)
            p -= 1
        }
        return IngestFold.tokens(String(kept))
    }

    static func clauseAfter(_ chars: [Character], _ end: Int) -> [String] {
        var q = end
        while q < chars.count, !clauseBreaks.contains(chars[q]) || isNumberDot(chars, q) { q += 1 }
        return IngestFold.tokens(String(chars[end..<q]))
    }

    /// The sentence around a figure, up to ";" or ".".
    static func sentence(_ chars: [Character], _ start: Int) -> [String] {
        var p = start - 1
        while p >= 0, chars[p] != ";" && chars[p] != "." || isNumberDot(chars, p) { p -= 1 }
        var q = start
        while q < chars.count, chars[q] != ";" && chars[q] != "." || isNumberDot(chars, q) { q += 1 }
        return IngestFold.tokens(String(chars[(p + 1)..<q]))
    }

    /// Where the sentence holding a figure begins (after ";" or "."), at most 200 characters back.
    static func sentenceStart(_ chars: [Character], _ start: Int) -> Int {
        var p = start - 1
        while p >= 0, p > start - 200, chars[p] != ";" && chars[p] != "." || isNumberDot(chars, p) { p -= 1 }
        return p + 1
    }

    /// Where the sentence holding a figure ends (";" or "." included), at most 200 characters on.
    static func sentenceEnd(_ chars: [Character], _ end: Int) -> Int {
        var q = end
        while q < chars.count, q < end + 200, chars[q] != ";" && chars[q] != "." || isNumberDot(chars, q) { q += 1 }
        return min(chars.count, q + 1)
    }

    /// "5.892", "99,2": a separator inside a number, not the end of a clause.
    static func isNumberDot(_ chars: [Character], _ i: Int) -> Bool {
        guard chars[i] == "." || chars[i] == "," else { return false }
        return i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
    }

    /// Worth listing as unmatched: a share, or a count of dossiers, procedures, people or sessions.
    static func looksLikeFigure(_ figure: ScannedFigure, after: [String]) -> Bool {
        if figure.percent || figure.denominator != nil { return true }
        guard let unit = after.first else { return false }
        return ["ho", "thu", "tthc", "nguoi", "buoi", "van", "tin", "tai", "luot", "can", "vien", "cong", "to", "thon",
                "diem", "may", "doanh", "xa", "co"].contains(unit) && figure.value >= 1
    }
}
