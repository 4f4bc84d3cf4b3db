import Foundation

/// Reads the indicator table of an old report (STT, Chỉ tiêu, Đơn vị báo cáo, Kết quả, Mục tiêu,
/// Đánh giá) as a PDF's text layer or a scan gives it: each cell on its own line or several, or
/// a whole row run together on one line. Rows start at their number (1, 2, 3 …); each is matched
/// to the catalogue by name.
public struct IndicatorTableReader: Sendable {
    public struct Row: Sendable {
        public var number: Int
        public var lines: ClosedRange<Int>
        public var text: String
        public var figure: RecoveredFigure?
    }

    public struct Result: Sendable {
        public var rows: [Row]
        /// Every line the tables took, left out of the narrative.
        public var lines: Set<Int>
    }

    /// A match this good, clearly ahead of the next different name, is certain: its name is
    /// shown from the catalogue.
    static let certain = 0.75
    /// Below this a row is not matched at all.
    static let minimum = 0.5

    public static let verdicts: [(words: [String], text: String)] = [
        ("Đạt, vượt mục tiêu", "Đạt, vượt mục tiêu"), ("Vượt mục tiêu", "Đạt, vượt mục tiêu"),
        ("Đạt mục tiêu", "Đạt mục tiêu"), ("Tiệm cận mục tiêu", "Tiệm cận mục tiêu"), ("Chưa đạt", "Chưa đạt"),
        ("Đạt", "Đạt mục tiêu"),
    ].map { (IngestFold.tokens($0.0), $0.1) }

    let catalogue: IngestCatalogue

    public init(catalogue: IngestCatalogue) {
        self.catalogue = catalogue
    }

    public func read(_ doc: IngestDocument) -> Result {
        let lines = doc.numberedLines
        var rows: [Row] = []
        var taken = Set<Int>()
        var i = 0
        while i < lines.count {
            // "STT" heads the table; some write "TT", which counts when "Chỉ tiêu" follows.
            let head = IngestFold.tokens(lines[i].text)
            let isHeader = head.contains("stt") || head.first == "tt" && lines[i...].prefix(4).contains {
                IngestFold.key($0.text).contains("chi tieu")
            }
            guard isHeader else { i += 1; continue }
            let headerStart = lines[i].number
            // Rows begin at the first line that starts with "1".
            var j = i + 1
            while j < lines.count, j < i + 20, Self.rowStart(lines[j].text, expected: 1) == nil { j += 1 }
            guard j < lines.count, j < i + 20 else { i += 1; continue }
            var expected = 1
            var tableRows: [(number: Int, first: Int, texts: [(Int, String)])] = []
            while j < lines.count {
                let (n, t) = lines[j]
                if let rest = Self.rowStart(t, expected: expected) {
                    tableRows.append((expected, n, rest.isEmpty ? [] : [(n, rest)]))
                    expected += 1
                } else if Self.endsTable(t, rows: tableRows.count) {
                    break
                } else if !tableRows.isEmpty {
                    tableRows[tableRows.count - 1].texts.append((n, t))
                }
                j += 1
            }
            for r in tableRows {
                let last = r.texts.last?.0 ?? r.first
                var text = ""
                var starts: [(offset: Int, line: Int)] = []
                for (n, t) in r.texts {
                    if text.hasSuffix("-"), let b = text.dropLast().last, b.isLetter, let f = t.first, f.isLowercase {
                        text.removeLast()
                    } else if !text.isEmpty { text += " " }
                    starts.append((text.count, n))
                    text += t
                }
                let figure = parseRow(text, lineStarts: starts, firstLine: r.first)
                rows.append(Row(number: r.number, lines: r.first...last, text: text, figure: figure))
            }
            let end = tableRows.last.map { r in r.texts.last?.0 ?? r.first } ?? headerStart
            for n in headerStart...max(headerStart, end) { taken.insert(n) }
            i = j
        }
        return Result(rows: preferOneFramework(rows), lines: taken)
    }

    /// "3", "3 Tỷ lệ …" when `expected` is 3; what follows the number.
    static func rowStart(_ text: String, expected: Int) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let n = String(expected)
        // "1O" is a scanned "10".
        let head = String(t.prefix(n.count).map { c -> Character in
            switch c { case "O", "o": return "0"; case "l", "I": return "1"; default: return c }
        })
        guard head == n, t.first?.isNumber == true else { return nil }
        let rest = t.dropFirst(n.count)
        if rest.isEmpty { return "" }
        guard let first = rest.first, first == " " || first == "." else { return nil }
        let body = rest.drop { $0 == " " || $0 == "." }
        guard let f = body.first, f.isLetter else { return nil }
        return String(body)
    }

    /// A numbered section heading ends the table; row lines never look like one.
    static func endsTable(_ text: String, rows: Int) -> Bool {
        guard let h = HeadingLine.parse(text) else { return false }
        return h.level <= 1 || rows > 0 && h.level == 2 && h.marker.hasSuffix(".")
    }

    /// Name, reporting body, value, target, verdict and cause of one row.
    func parseRow(_ text: String, lineStarts: [(offset: Int, line: Int)], firstLine: Int) -> RecoveredFigure? {
        let figures = FigureScanner.scan(text)
        // The value: the first share written; failing that the first figure after the reporting
        // body ("15" in "từ 15 tuổi trở lên" is part of a name).
        let nameEnd = Self.cutReportingBody(text).count
        guard let valueIndex = figures.firstIndex(where: { $0.percent && $0.comparator == nil })
            ?? figures.firstIndex(where: { $0.comparator == nil && $0.start >= nameEnd })
            ?? figures.firstIndex(where: { $0.comparator == nil }) else { return nil }
        let value = figures[valueIndex]
        // The reporting body is cut off when that makes the name likelier ("… tại ngân hàng" is
        // part of a name, "Ngân hàng Agribank" a body).
        let whole = String(text.prefix(value.start))
        var nameRaw = Self.cutReportingBody(whole)
        var ranked = catalogue.rankByName(IngestFold.tokens(nameRaw))
        if nameRaw != whole {
            let uncut = catalogue.rankByName(IngestFold.tokens(whole))
            if let u = uncut.first, u.score > (ranked.first?.score ?? 0) {
                ranked = uncut
                nameRaw = whole
            }
        }
        guard IngestFold.tokens(nameRaw).count >= 2 else { return nil }
        guard let best = ranked.first, best.score >= Self.minimum else { return nil }
        var target: ScannedFigure?
        if valueIndex + 1 < figures.count { target = figures[valueIndex + 1] }
        let tail = String(text.dropFirst(target?.end ?? value.end))
        let (verdict, cause) = Self.verdictAndCause(tail)
        let runnerUp = ranked.dropFirst().first { IngestFold.key($0.entry.name) != IngestFold.key(best.entry.name) }
        let isCertain = best.score >= Self.certain && best.score - (runnerUp?.score ?? 0) >= 0.1
        let line = lineStarts.last { $0.offset <= value.start }?.line ?? firstLine
        let asRead = VietnameseText.normalized(nameRaw)
        return RecoveredFigure(indicatorCode: best.entry.code, value: value.value, approximate: value.approximate,
                               text: isCertain ? best.entry.name : asRead, confidence: Self.rounded(best.score), line: line,
                               origin: .table, textAsRead: asRead, restored: isCertain,
                               target: target.map { $0.text.replacingOccurrences(of: "  ", with: " ") },
                               verdict: verdict, cause: cause)
    }

    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    /// The table's "Đơn vị đo lường báo cáo" column sits between the name and the value:
    /// "… thông minh UBND xã Gia Phúc" → "… thông minh".
    static func cutReportingBody(_ text: String) -> String {
        let plain = IngestFold.plain(text).lowercased()
        let starters = [" ubnd ", " uy ban nhan dan ", " ngan hang ", " cong an xa", " tram y te", " phong van hoa",
                        " phong kinh te", " van phong ", " trung tam "]
        var cut: String.Index?
        for s in starters {
            if let r = plain.range(of: s, options: .backwards) {
                let offset = plain.distance(from: plain.startIndex, to: r.lowerBound)
                // Not the first words: an indicator's name may start with a body's name.
                guard offset > 12 else { continue }
                let idx = text.index(text.startIndex, offsetBy: offset)
                if cut == nil || idx > cut! { cut = idx }
            }
        }
        return cut.map { String(text[..<$0]) } ?? text
    }

    /// "Chưa đạt – do người dân chưa phổ cập sử dụng" → ("Chưa đạt", "do người dân chưa phổ cập sử dụng").
    static func verdictAndCause(_ tail: String) -> (String?, String?) {
        let words = IngestFold.wordRanges(tail)
        guard !words.isEmpty else { return (nil, nil) }
        for v in verdicts {
            let n = v.words.count
            guard words.count >= n else { continue }
            let head = words.prefix(n).map(\.key)
            let score = zip(v.words, head).map { IngestFold.wordSimilarity($0, $1) }.reduce(0, +) / Double(n)
            guard score >= 0.8 else { continue }
            var cause: String?
            if words.count > n {
                let start = words[n].range.lowerBound
                let c = tail[start...].trimmingCharacters(in: CharacterSet(charactersIn: " -–—,.;:"))
                cause = c.isEmpty ? nil : VietnameseText.normalized(c)
            }
            return (v.text, cause)
        }
        let rest = VietnameseText.normalized(tail.trimmingCharacters(in: CharacterSet(charactersIn: " -–—,.;:")))
        return (nil, rest.isEmpty ? nil : rest)
    }

    /// Several frameworks may name an indicator alike (CL411.03 and NQ71.15); a table is one
    /// framework's, so ties go to the framework most of its rows matched.
    func preferOneFramework(_ rows: [Row]) -> [Row] {
        var counts: [String: Int] = [:]
        for r in rows { if let f = r.figure, let e = catalogue.entries.first(where: { $0.code == f.indicatorCode }) { counts[e.frameworkCode, default: 0] += 1 } }
        guard let main = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key })?.key else { return rows }
        return rows.map { row in
            guard var f = row.figure else { return row }
            let tokens = IngestFold.tokens(f.textAsRead)
            let ranked = catalogue.rankByName(tokens)
            guard let best = ranked.first else { return row }
            if let own = ranked.first(where: { $0.entry.frameworkCode == main }), own.score >= best.score - 0.02,
               own.entry.code != f.indicatorCode {
                f.indicatorCode = own.entry.code
                if f.restored { f.text = own.entry.name }
                var copy = row
                copy.figure = f
                return copy
            }
            return row
        }
    }
}

extension IngestFold {
    /// Folded words with where each stands in `text`, so a part found by words can be cut from the text as read.
    public static func wordRanges(_ text: String) -> [(key: String, range: Range<String.Index>)] {
        var out: [(String, Range<String.Index>)] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard text[i].isLetter || text[i].isNumber || "€|@".contains(text[i]) else { i = text.index(after: i); continue }
            var j = i
            while j < text.endIndex, text[j].isLetter || text[j].isNumber || "€|@".contains(text[j]) { j = text.index(after: j) }
            let key = tokens(String(text[i..<j])).joined()
            if !key.isEmpty { out.append((key, i..<j)) }
            i = j
        }
        return out
    }
}
