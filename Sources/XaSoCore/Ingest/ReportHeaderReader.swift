import Foundation

/// The header and title of an old report: its type ("BÁO CÁO", or a plan, a decision…), number
/// ("Số: 219/BC-UBND"), date ("Nghi Dương, ngày 09 tháng 01 năm 2026"), the period it reports
/// on (the first one named: "6 tháng đầu năm 2026", "quý III năm 2025") and the commune.
public struct ReportHeader: Sendable, Equatable {
    public var typeName: String?
    public var number: String?
    public var symbol: String?
    public var date: DocumentDate?
    public var period: ReportingPeriod?
    /// The line the period was read from.
    public var periodLine: Int?
    /// "Gia Phúc" as written after "xã".
    public var communeName: String?
    /// Whether the text says it is a report anywhere ("BÁO CÁO", "Trên đây là Báo cáo").
    public var saysReport: Bool
}

public enum ReportHeaderReader {
    /// Type names of documents that are not reports (Decree 30/2020, Appendix III).
    static let otherTypes = ["ke hoach", "quyet dinh", "to trinh", "cong van", "thong bao", "nghi quyet", "chuong trinh",
                             "huong dan", "de an", "phuong an", "bien ban", "giay moi", "chi thi", "ke hoach hanh dong"]

    public static func read(_ doc: IngestDocument) -> ReportHeader {
        let lines = doc.numberedLines
        var header = ReportHeader(saysReport: false)
        let head = lines.prefix(40)
        // Type name: a line of its own in capitals near the top.
        for (_, text) in head {
            let key = IngestFold.key(text)
            let upper = text == text.uppercased() && text.contains { $0.isLetter }
            guard upper else { continue }
            if key == "bao cao" { header.typeName = "BÁO CÁO"; break }
            if let other = otherTypes.first(where: { key == $0 }) {
                header.typeName = text.trimmingCharacters(in: .whitespaces)
                _ = other
                break
            }
        }
        header.saysReport = header.typeName == "BÁO CÁO" || lines.contains { line in
            let k = IngestFold.key(line.text)
            return k.hasPrefix("tren day la bao cao") || k.hasPrefix("bao cao ket qua") || k.hasPrefix("bao cao tinh hinh")
                || k.hasPrefix("bao cao so ket") || k.hasPrefix("bao cao tong ket")
        }
        for (_, text) in head {
            let plain = IngestFold.plain(text)
            if header.number == nil && header.symbol == nil,
               let m = firstMatch(plain, #"^\s*S[o0]\s*:\s*([0-9OolI]*)\s*/\s*([A-Za-z][A-Za-z0-9\-]*)"#) {
                let n = String(m[1].map { c -> Character in c == "O" || c == "o" ? "0" : (c == "l" || c == "I" ? "1" : c) })
                header.symbol = m[2].uppercased()
                header.number = n.isEmpty ? nil : "\(n)/\(m[2].uppercased())"
            }
            if header.date == nil,
               let m = firstMatch(plain, #"ng[a@]y\s*([0-9]{0,2})\s*th[a@]ng\s*([0-9]{0,2})\s*n[a@]m\s*([0-9]{4})"#) {
                let year = Int(m[3])!
                let month = Int(m[2]), day = Int(m[1])
                if let month, (1...12).contains(month) {
                    if let day, LocalDay.isValid(year: year, month: month, day: day) {
                        header.date = DocumentDate(year: year, month: month, day: day)
                    } else {
                        header.date = DocumentDate(year: year, month: month, day: nil)
                    }
                } else {
                    header.date = DocumentDate(year: year, month: nil, day: nil)
                }
                // "Nghi Dương, ngày …": the place is the commune's name.
                if let comma = text.firstIndex(of: ","), header.communeName == nil {
                    let place = text[..<comma].trimmingCharacters(in: .whitespaces)
                    if place.split(separator: " ").count <= 4, !place.isEmpty { header.communeName = place }
                }
            }
        }
        if header.communeName == nil { header.communeName = communeNamed(in: lines.map(\.text)) }
        if let (period, line) = period(in: lines, fallbackYear: header.date?.year) {
            header.period = period
            header.periodLine = line
        }
        return header
    }

    /// The commune most often named as "xã X" (X in capitals).
    static func communeNamed(in lines: [String]) -> String? {
        var counts: [String: (Int, String)] = [:]
        for line in lines.prefix(200) {
            let words = line.split(separator: " ").map(String.init)
            for (i, w) in words.enumerated() where IngestFold.key(w) == "xa" && i + 1 < words.count {
                var name: [String] = []
                for next in words[(i + 1)...].prefix(3) {
                    let clean = next.trimmingCharacters(in: .punctuationCharacters)
                    guard let f = clean.first, f.isUppercase, clean == next || next.hasSuffix(clean) else { break }
                    name.append(clean)
                    if clean != next { break }
                }
                guard !name.isEmpty, name.count <= 3 else { continue }
                let text = name.joined(separator: " ")
                let key = IngestFold.key(text)
                counts[key] = ((counts[key]?.0 ?? 0) + 1, counts[key]?.1 ?? text)
            }
        }
        return counts.max { $0.value.0 < $1.value.0 }?.value.1
    }

    /// The first period the text names, in reading order. "6 tháng đầu năm" without a year
    /// takes the next year on its line, or the document's year.
    static func period(in lines: [(number: Int, text: String)], fallbackYear: Int?) -> (ReportingPeriod, Int)? {
        for (number, text) in lines.prefix(120) {
            let k = " " + IngestFold.key(text) + " "
            let nextYear = firstMatch(k, #" (20[0-9]{2}) "#).flatMap { Int($0[1]) } ?? fallbackYear
            if let m = firstMatch(k, #" quy (i{1,3}|iv|[1-4]) (nam )?(20[0-9]{2})? "#) {
                let q = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4][m[1]] ?? 1
                if let y = Int(m[3]) ?? nextYear { return (.quarter(q, y), number) }
            }
            if let m = firstMatch(k, #" 0?6 thang (dau|cuoi) nam ?(20[0-9]{2})? "#) {
                if let y = Int(m[2]) ?? nextYear { return (.half(m[1] == "dau" ? 1 : 2, y), number) }
            }
            if let m = firstMatch(k, #" 0?9 thang (dau nam )?(nam )?(20[0-9]{2})? "#) {
                if let y = Int(m[3]) ?? nextYear { return (.nineMonths(y), number) }
            }
            if let m = firstMatch(k, #" (bao cao|ket qua) .*(ca )?nam (20[0-9]{2}) "#), !k.contains(" thang "), !k.contains(" quy ") {
                if let y = Int(m[3]) { return (.year(y), number) }
            }
        }
        return nil
    }

    /// Capture groups of the first match ("" for a group that took part in nothing).
    static func firstMatch(_ text: String, _ pattern: String) -> [String]? {
        guard let re = IngestRegex.compiled(pattern) else { return nil }
        let ns = text as NSString
        guard let m = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? "" : ns.substring(with: r)
        }
    }
}
