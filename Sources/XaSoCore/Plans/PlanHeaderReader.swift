import Foundation

/// The parts of a plan above its first section: number ("Số: 28/KH-UBND"), date
/// ("Nghi Dương, ngày 09 tháng 7 năm 2025"), the summary line under "KẾ HOẠCH" and the
/// "Căn cứ …" / "Thực hiện …" paragraphs it rests on.
enum PlanHeaderReader {
    struct Header: Equatable {
        var number: String?
        var date: LocalDay?
        var title: String?
        var legalBasis: [String] = []
    }

    static func read(_ lines: [PlanLine]) -> Header {
        let end = lines.firstIndex { PlanTextLines.isSectionHeading($0) || PlanTextLines.isDocumentTail($0) }
            ?? lines.count
        let head = Array(lines[..<end])
        var header = Header()

        // The date sits in the header above the type name, often on the number's line when the
        // two header columns are flattened ("Số: 28/KH-UBND Nghi Dương, ngày 20 tháng 01 năm 2026").
        let typeIndex = head.firstIndex { $0.folded == "ke hoach" }
        for line in head[..<(typeIndex ?? head.count)] {
            if header.number == nil, let g = numberLine.firstMatch(in: line.text), let symbol = g[1] {
                header.number = symbol
            }
            if header.date == nil, let g = dateLine.firstMatch(in: line.folded),
               let d = Int(g[1] ?? ""), let m = Int(g[2] ?? ""), let y = Int(g[3] ?? "") {
                header.date = LocalDay(validYear: y, month: m, day: d)
            }
        }

        guard let typeIndex else { return header }
        var index = typeIndex + 1
        var titleParts: [String] = []
        while index < head.count {
            let line = head[index]
            if !titleParts.isEmpty && (opensBasis(line) || opensEnactment(line)) { break }
            if line.text.hasPrefix("(") || line.text.allSatisfy({ "-_–—*".contains($0) }) { index += 1; break }
            titleParts.append(line.text)
            index += 1
        }
        if !titleParts.isEmpty { header.title = PlanTextLines.join(titleParts) }

        var paragraphs: [[String]] = []
        while index < head.count, !opensEnactment(head[index]) {
            let line = head[index]
            if opensBasis(line) {
                paragraphs.append([line.text])
            } else if !paragraphs.isEmpty {
                paragraphs[paragraphs.count - 1].append(line.text)
            }
            index += 1
        }
        header.legalBasis = paragraphs.map(PlanTextLines.join)
        return header
    }

    /// "Số: 28/KH-UBND"; a blank number ("Số: /KH-UBND", a draft) is no number.
    private static let numberLine = PlanPattern(#"^Số\s*:\s*(\d+[^\s,;/]*/[^\s,;]+)"#)
    /// Folded "nghi duong ngay 09 thang 7 nam 2025", at the end of its line.
    private static let dateLine = PlanPattern(#"(?:^|\s)ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$"#)

    private static func opensBasis(_ line: PlanLine) -> Bool {
        line.folded.hasPrefix("can cu ") || line.folded.hasPrefix("thuc hien ")
    }

    /// "Ủy ban nhân dân xã Nghi Dương xây dựng Kế hoạch …", "UBND xã ban hành Kế hoạch …".
    private static func opensEnactment(_ line: PlanLine) -> Bool {
        let f = line.folded
        return f.hasPrefix("uy ban nhan dan") || f.hasPrefix("ubnd")
    }
}
