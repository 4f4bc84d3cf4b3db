import Foundation

/// A province's report on its communes (`ReportProvince`): who submitted, how the indicators stand
/// across the communes, the ranking and who lags behind. Each part says plainly when its data is
/// missing; nothing is stated that the data does not hold.
extension ReportGeneratorContext {
    static let noProvinceData = "(Chưa có số liệu tổng hợp của các xã, phường.)"

    private func n(_ value: Int) -> String { ReportWording.count(value) }

    /// A count in a table cell: "5.892", no leading zero.
    static func cell(_ value: Int) -> TableCell { TableCell(RichText(VietnameseFormat.count(value))) }

    /// "xã Gia Phúc" from "Xã Gia Phúc", for a name inside a sentence.
    static func inSentence(_ name: String) -> String { ReportWording.loweredFirst(name) }

    /// "xã A", "xã A và xã B", "xã A, xã B và xã C".
    static func joinedNames(_ names: [String]) -> String {
        let names = names.map(inSentence)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " và " + names[names.count - 1]
    }

    /// Communes with at least one figure for the period.
    var communesWithFigures: Set<String> {
        Set(input.province?.indicators.flatMap { $0.communes.filter { $0.result != nil }.map(\.commune) } ?? [])
    }

    // MARK: I. submissions

    mutating func provinceSubmissions() -> [ReportBlock] {
        guard let s = input.province?.submissions else { return [paragraph(Self.noProvinceData)] }
        guard s.expected > 0 else { return [paragraph("Chưa có xã, phường nào thuộc \(input.unit.fullName) trên hệ thống.")] }
        let deadline = ReportWording.shortDate(s.deadline)
        let submitted = s.submitted.count
        var out: [ReportBlock] = []
        if submitted == 0 {
            out.append(paragraph("Chưa có xã nào nộp báo cáo \(periodShort) (hạn nộp ngày \(deadline))."))
        } else {
            var text = "\(n(submitted))/\(n(s.expected)) xã đã nộp báo cáo \(periodShort) (hạn nộp ngày \(deadline)), trong đó \(n(s.onTime)) xã đúng hạn"
            if !s.late.isEmpty { text += ", \(n(s.late.count)) xã nộp muộn" }
            out.append(paragraph(text + "."))
        }
        let missing = s.expected - submitted
        if missing > 0 {
            let parts = ReportWording.listing([(s.count(.returned), "xã bị trả lại, chưa nộp lại"),
                                               (s.count(.inProgress), "xã đang nhập số liệu"),
                                               (s.count(.notStarted), "xã chưa bắt đầu nhập số liệu")])
            out.append(paragraph("Còn \(n(missing)) xã chưa nộp báo cáo: \(parts)."))
        } else {
            out.append(paragraph("Tất cả các xã đã nộp báo cáo."))
        }

        func share(_ count: Int) -> TableCell {
            TableCell(RichText(VietnameseFormat.percent(Double(count) * 100 / Double(s.expected))))
        }
        let lines: [(String, Int)] = [("Đã nộp đúng hạn", s.onTime), ("Đã nộp muộn", s.late.count),
                                      ("Bị trả lại, chưa nộp lại", s.count(.returned)),
                                      ("Đang nhập số liệu, chưa nộp", s.count(.inProgress)),
                                      ("Chưa bắt đầu nhập số liệu", s.count(.notStarted))]
        var rows: [[TableCell]] = [["1", "Số xã phải nộp báo cáo", Self.cell(s.expected), "100%"]]
        for (i, line) in lines.enumerated() {
            rows.append([TableCell(RichText(String(i + 2))), TableCell(RichText(line.0)), Self.cell(line.1), share(line.1)])
        }
        out.append(.table(ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 0.7, alignment: .center), TableColumn(width: 5, alignment: .left),
                      TableColumn(width: 1.3, alignment: .center), TableColumn(width: 1.3, alignment: .center)],
            headerRows: [["STT", "Tình hình nộp báo cáo", "Số xã", "Tỷ lệ"]], rows: rows)))

        let behind = s.communes.filter { !($0.state == .submitted || $0.state == .approved) || $0.onTime == false }
        if behind.count > Self.behindTableLimit {
            // Early in a period most of a large province has not started: a 100-row table would fill
            // pages, so the names are listed by state in one paragraph each.
            out.append(paragraph("Danh sách các xã chưa nộp hoặc nộp muộn:"))
            for label in Self.orderedLabels(behind) {
                let names = behind.filter { $0.stateText == label }.map(\.name)
                out.append(paragraph("- \(label) (\(n(names.count)) xã): \(names.map(Self.inSentence).joined(separator: ", "))."))
            }
        } else if !behind.isEmpty {
            out.append(paragraph("Danh sách các xã chưa nộp hoặc nộp muộn:"))
            out.append(.table(ReportTable(
                id: nextID(),
                columns: [TableColumn(width: 0.7, alignment: .center), TableColumn(width: 4.3, alignment: .left),
                          TableColumn(width: 3.3, alignment: .left)],
                headerRows: [["STT", "Xã, phường", "Tình trạng"]],
                rows: behind.enumerated().map { i, line in
                    [TableCell(RichText(String(i + 1))), TableCell(RichText(line.name)), TableCell(RichText(line.stateText))]
                })))
        }
        return out
    }

    /// Up to this many communes behind are listed in a table; more are listed by name in paragraphs.
    static let behindTableLimit = 20

    /// The states of the communes behind, late first and not started last, as their labels.
    static func orderedLabels(_ lines: [ReportSubmissionLine]) -> [String] {
        let order: [SubmissionState] = [.submitted, .approved, .returned, .inProgress, .notStarted]
        let sorted = lines.sorted { (order.firstIndex(of: $0.state) ?? 9) < (order.firstIndex(of: $1.state) ?? 9) }
        var labels: [String] = []
        for line in sorted where !labels.contains(line.stateText) { labels.append(line.stateText) }
        return labels
    }

    // MARK: II. verdicts across communes

    /// "lượt …" labels: a province counts each commune's verdict on each indicator once.
    static let verdictTurns: [Verdict: String] = [
        .exceeded: "lượt đạt, vượt mục tiêu", .met: "lượt đạt mục tiêu", .approaching: "lượt tiệm cận mục tiêu",
        .notMet: "lượt chưa đạt", .noTarget: "lượt chưa có mục tiêu để đánh giá", .noData: "lượt chưa có số liệu",
    ]

    mutating func provinceVerdicts() -> [ReportBlock] {
        guard let p = input.province, !p.indicators.isEmpty else { return [paragraph(Self.noProvinceData)] }
        let withData = communesWithFigures.count
        guard withData > 0 else {
            return [paragraph("Chưa có xã nào nhập số liệu các chỉ tiêu \(periodShort).")]
        }
        let all = p.indicators.flatMap(\.communes)
        let parts = Verdict.allCases.map { v in (all.filter { $0.verdict == v }.count, Self.verdictTurns[v]!) }
        var out = [
            paragraph("Có \(n(withData))/\(n(p.communes.count)) xã đã nhập số liệu các chỉ tiêu \(periodShort). Tổng hợp \(n(p.indicators.count)) chỉ tiêu của \(n(p.communes.count)) xã (\(n(all.count)) lượt đánh giá): \(ReportWording.listing(parts))."),
        ]
        let categories = ReportVerdictPalette.categories
        var rows = p.indicators.map { ind -> [TableCell] in
            [TableCell(RichText(ind.number)), TableCell(RichText(ind.name)), TableCell(RichText(ind.target ?? ""))]
                + categories.map { Self.cell(ind.count($0.verdicts)) }
        }
        rows.append([TableCell(""), TableCell(RichText("Tổng cộng")), TableCell("")]
            + categories.map { c in Self.cell(all.filter { c.verdicts.contains($0.verdict) }.count) })
        out.append(.table(ReportTable(
            id: nextID(),
            // STT and "Hạng" need a centimetre and a half, or they break inside the word.
            columns: [TableColumn(width: 1, alignment: .center), TableColumn(width: 3.4, alignment: .left),
                      TableColumn(width: 1.1, alignment: .center)]
                + categories.map { _ in TableColumn(width: 0.95, alignment: .center) },
            headerRows: [["STT", "Chỉ tiêu", "Mục tiêu"] + categories.map { TableCell(RichText($0.label)) }],
            rows: rows)))
        return out
    }

    // MARK: III. ranking

    /// Up to this many ranked communes the table lists them all; beyond, the top and bottom ten.
    static let rankingFullTableLimit = 40
    static let rankingEnds = 10

    mutating func provinceRanking() -> [ReportBlock] {
        guard let p = input.province else { return [paragraph(Self.noProvinceData)] }
        let ranked = p.ranking.filter { $0.rank != nil }
        guard let first = ranked.first, let last = ranked.last else {
            return [paragraph("Chưa có xã nào có số liệu để xếp hạng chỉ số chuyển đổi số \(periodShort).")]
        }
        func score(_ v: Double) -> String { VietnameseFormat.number(v, maxFractionDigits: 2) }
        let leaders = ranked.filter { $0.rank == first.rank }
        var text = "Có \(n(ranked.count))/\(n(p.ranking.count)) xã được xếp hạng theo chỉ số chuyển đổi số cấp xã \(periodShort); dẫn đầu là \(Self.joinedNames(leaders.map(\.name))) (\(score(first.index)) điểm)"
        if last.rank != first.rank {
            let tail = ranked.filter { $0.rank == last.rank }
            text += ", thấp nhất là \(Self.joinedNames(tail.map(\.name))) (\(score(last.index)) điểm)"
        }
        var out = [paragraph(text + ".")]
        let unranked = p.ranking.count - ranked.count
        if unranked > 0 { out.append(paragraph("Còn \(n(unranked)) xã chưa có số liệu nên chưa được xếp hạng.")) }
        var shown = ranked
        if ranked.count > Self.rankingFullTableLimit {
            shown = Array(ranked.prefix(Self.rankingEnds)) + Array(ranked.suffix(Self.rankingEnds))
            out.append(paragraph("Bảng dưới đây nêu \(n(Self.rankingEnds)) xã đứng đầu và \(n(Self.rankingEnds)) xã đứng cuối bảng xếp hạng; bảng xếp hạng đầy đủ được theo dõi trên hệ thống."))
        }
        func change(_ v: Int?) -> String {
            guard let v else { return "–" }
            return v > 0 ? "+\(v)" : "\(v)"
        }
        let rows = shown.map { row -> [TableCell] in
            [TableCell(RichText(row.rank.map(String.init) ?? "")), TableCell(RichText(row.name)),
             TableCell(RichText(score(row.index)))]
                + IndexPillar.allCases.map { TableCell(RichText(row.pillars[$0].map(score) ?? "–")) }
                + [TableCell(RichText(change(row.rankChange)))]
        }
        out.append(.table(ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 1, alignment: .center), TableColumn(width: 2.4, alignment: .left),
                      TableColumn(width: 1, alignment: .center)]
                + IndexPillar.allCases.map { _ in TableColumn(width: 1.05, alignment: .center) }
                + [TableColumn(width: 1, alignment: .center)],
            headerRows: [["Hạng", "Xã, phường", "Chỉ số"] + IndexPillar.allCases.map { TableCell(RichText($0.vietnamese)) }
                + ["Thay đổi hạng"]],
            rows: rows)))
        return out
    }

    // MARK: IV. laggards

    mutating func provinceLaggards() -> [ReportBlock] {
        guard let p = input.province, !p.indicators.isEmpty else { return [paragraph(Self.noProvinceData)] }
        guard !communesWithFigures.isEmpty else {
            return [paragraph("Chưa có số liệu để đánh giá các xã chưa đạt chỉ tiêu \(periodShort).")]
        }
        let lagging = p.indicators.filter { $0.count([.notMet]) > 0 }
        guard !lagging.isEmpty else {
            return [paragraph("Không có xã nào chưa đạt chỉ tiêu trong số các xã đã có số liệu \(periodShort).")]
        }
        var out = [paragraph("Có \(n(lagging.count))/\(n(p.indicators.count)) chỉ tiêu có xã chưa đạt mục tiêu:")]
        for ind in lagging {
            let behind = ind.communes.filter { $0.verdict == .notMet }
            let names = behind.map { c in Self.inSentence(c.commune) + (c.result.map { " (\($0))" } ?? "") }
            let aim = ind.target.map { " (mục tiêu \($0))" } ?? ""
            out.append(dash("\(ind.name)\(aim): \(n(behind.count)) xã chưa đạt, gồm: \(names.joined(separator: ", "))."))
        }
        return out
    }
}
