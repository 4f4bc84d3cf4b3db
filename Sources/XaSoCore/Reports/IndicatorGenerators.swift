import Foundation

/// The indicator parts: the table, the count of verdicts, the charts, and the sentences about
/// indicators met, not met and still to reach.
extension ReportGeneratorContext {
    static let noIndicatorData = "(Chưa có số liệu chỉ tiêu của kỳ báo cáo.)"

    var rows: [ReportIndicatorRow] { input.indicators }

    /// Whether any indicator has a figure. Without one, the table's place says so once, in plain
    /// words, and the summary, chart and lists stay silent rather than contradict each other.
    var hasIndicatorFigures: Bool { rows.contains { $0.value != nil } }

    var noFiguresSentence: String {
        "Chưa có số liệu các chỉ tiêu của \(period.vietnameseName) (\(ReportWording.count(rows.count)) chỉ tiêu chưa được nhập); các chỉ tiêu sẽ được đánh giá khi có số liệu."
    }

    var targetYear: Int { ReportVariables.mostCommonTargetYear(rows) ?? period.year }

    mutating func indicatorTable() -> [ReportBlock] {
        guard !rows.isEmpty else { return [paragraph(Self.noIndicatorData)] }
        guard hasIndicatorFigures else { return [paragraph(noFiguresSentence)] }
        let header: [TableCell] = ["STT", "Chỉ tiêu", "Cơ quan báo cáo", TableCell(RichText("Kết quả \(period.year)")),
                                   TableCell(RichText("Mục tiêu \(targetYear)")), "Đánh giá"]
        let body = rows.map { row -> [TableCell] in
            [TableCell(RichText(row.number)), TableCell(RichText(row.name)), TableCell(RichText(row.reportingBody)),
             TableCell(RichText(row.resultText)), TableCell(RichText(row.targetText)),
             TableCell(RichText(row.assessmentText))]
        }
        // Worded targets ("Top 50 của thành phố", "Đạt mức cao của TP") need room, or they stand
        // one word a line; the name column gives it up.
        let wordy = rows.contains { $0.targetText.count > 9 }
        let table = ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 0.75, alignment: .center), TableColumn(width: wordy ? 2.6 : 3.2, alignment: .left),
                      TableColumn(width: wordy ? 1.3 : 1.45, alignment: .center), TableColumn(width: 1.05, alignment: .center),
                      TableColumn(width: wordy ? 1.8 : 1.05, alignment: .center), TableColumn(width: 1.9, alignment: .left)],
            headerRows: [header], rows: body)
        return [.table(table)]
    }

    /// Counts per verdict, in the order the verdicts rank.
    var verdictCounts: [(Verdict, Int)] {
        Verdict.allCases.map { v in (v, rows.filter { $0.verdict == v }.count) }
    }

    mutating func indicatorSummary() -> [ReportBlock] {
        guard !rows.isEmpty else { return [paragraph(Self.noIndicatorData)] }
        guard hasIndicatorFigures else { return [] }
        let labels: [Verdict: String] = [
            .exceeded: "chỉ tiêu đạt, vượt mục tiêu", .met: "chỉ tiêu đạt mục tiêu",
            .approaching: "chỉ tiêu tiệm cận mục tiêu", .notMet: "chỉ tiêu chưa đạt",
            .noTarget: "chỉ tiêu chưa có mục tiêu để đánh giá", .noData: "chỉ tiêu chưa có số liệu",
        ]
        let parts = verdictCounts.map { ($0.1, labels[$0.0]!) }
        return [paragraph("Trong \(ReportWording.count(rows.count)) chỉ tiêu, có \(ReportWording.listing(parts)).")]
    }

    mutating func verdictChart() -> [ReportBlock] {
        guard !rows.isEmpty, hasIndicatorFigures else { return [] }
        let categories = ReportVerdictPalette.categories
        let values = categories.map { category in
            Double(rows.filter { category.verdicts.contains($0.verdict) }.count)
        }
        let data = ReportChartData(
            kind: .columns, categories: categories.map(\.label),
            series: [ReportChartSeries(name: "Số chỉ tiêu", values: values, colorHex: categories[0].colorHex,
                                       pointColorsHex: categories.map(\.colorHex))],
            valueFormat: .count)
        let caption = nextChartCaption("Số chỉ tiêu theo mức độ đạt mục tiêu, \(periodShort)")
        return [.chart(ReportChart(id: nextID(), caption: caption, svg: "", data: data, pixelWidth: 640, pixelHeight: 360))]
    }

    mutating func trendCharts() -> [ReportBlock] {
        var out: [ReportBlock] = []
        for row in rows {
            guard let history = input.history.first(where: { $0.code == row.code }),
                  history.points.filter({ $0.value != nil }).count >= 2 else { continue }
            let points = history.points.sorted { $0.period < $1.period }
            var series = [ReportChartSeries(name: "Kết quả", values: points.map(\.value), colorHex: "1F4E79")]
            if points.contains(where: { $0.target != nil }) {
                series.append(ReportChartSeries(name: "Mục tiêu", values: points.map(\.target), colorHex: "C62828",
                                                dashed: true, showValueLabels: false))
            }
            let percent = row.unitKind == .percent
            let data = ReportChartData(kind: .lines, categories: points.map { ReportWording.capitalizedFirst(ReportWording.periodShortName($0.period)) },
                                       series: series, valueFormat: percent ? .percent : .count,
                                       valueAxisMax: percent ? 100 : nil)
            let caption = nextChartCaption("\(row.name) qua các kỳ")
            out.append(.chart(ReportChart(id: nextID(), caption: caption, svg: "", data: data, pixelWidth: 640, pixelHeight: 360)))
        }
        return out
    }

    /// "còn cách xa mục tiêu trên 50%" only when the distance is large (at least 10 points of a
    /// share, or a fifth of the bound otherwise); a short way off is "chưa đạt mục tiêu …".
    func shortfallWords(_ row: ReportIndicatorRow) -> String {
        guard let value = row.value?.number, let bound = row.target?.comparison.bound else {
            return "chưa đạt \(targetWords(row))"
        }
        let gap = abs(bound - value)
        let far = row.unitKind == .percent ? gap >= 10 : gap >= abs(bound) * 0.2
        return (far ? "còn cách xa " : "chưa đạt ") + targetWords(row)
    }

    /// "mục tiêu trên 50%" for a row, or "mục tiêu" alone when it has none to quote.
    func targetWords(_ row: ReportIndicatorRow) -> String {
        guard let target = row.target, target.comparison != .none else { return "mục tiêu" }
        return "mục tiêu " + ReportWording.targetPhrase(target, unitKind: row.unitKind)
    }

    mutating func achievements() -> [ReportBlock] {
        guard !rows.isEmpty else { return [paragraph(Self.noIndicatorData)] }
        guard hasIndicatorFigures else { return [] }
        let achieved = rows.filter { $0.verdict.isAchieved }
        guard !achieved.isEmpty else { return [paragraph("Chưa có chỉ tiêu nào đạt mục tiêu trong \(period.vietnameseName).")] }
        var out = [paragraph("Có \(ReportWording.count(achieved.count))/\(ReportWording.count(rows.count)) chỉ tiêu đạt và vượt mục tiêu:")]
        for row in achieved {
            if row.verdict == .exceeded {
                out.append(dash("\(row.name) đạt \(row.resultText), vượt \(targetWords(row))."))
            } else {
                out.append(dash("\(row.name) đạt \(row.resultText) (mục tiêu \(row.targetText))."))
            }
        }
        return out
    }

    /// Indicators not met, each with the cause its reporter gave; then those close to target.
    mutating func limitations() -> [ReportBlock] {
        guard !rows.isEmpty else { return [paragraph(Self.noIndicatorData)] }
        guard hasIndicatorFigures else { return [] }
        let notMet = rows.filter { $0.verdict == .notMet }
        let approaching = rows.filter { $0.verdict == .approaching }
        let noData = rows.filter { $0.verdict == .noData }
        var out: [ReportBlock] = []
        if notMet.isEmpty && approaching.isEmpty {
            out.append(paragraph("Các chỉ tiêu có số liệu trong \(period.vietnameseName) đều đạt mục tiêu."))
        }
        if !notMet.isEmpty {
            out.append(paragraph("Còn \(ReportWording.count(notMet.count))/\(ReportWording.count(rows.count)) chỉ tiêu chưa đạt mục tiêu:"))
            for row in notMet {
                out.append(dash("\(row.name) mới đạt \(row.resultText), \(shortfallWords(row))\(ReportWording.causeClause(row.note))."))
            }
        }
        if !approaching.isEmpty {
            out.append(paragraph("Có \(ReportWording.count(approaching.count)) chỉ tiêu tiệm cận mục tiêu, cần nâng thêm:"))
            for row in approaching {
                out.append(dash("\(row.name) đạt \(row.resultText), tiệm cận \(targetWords(row))\(ReportWording.causeClause(row.note))."))
            }
        }
        if !noData.isEmpty {
            out.append(paragraph("Còn \(ReportWording.count(noData.count)) chỉ tiêu chưa có số liệu: \(ReportWording.inlineList(noData.map(\.name)))."))
        }
        return out
    }

    /// The distance to go for each indicator not yet met, and the date to reach it by.
    mutating func targets() -> [ReportBlock] {
        guard !rows.isEmpty else { return [paragraph(Self.noIndicatorData)] }
        guard hasIndicatorFigures else {
            return [paragraph("Phấn đấu hoàn thành các chỉ tiêu theo mục tiêu năm \(targetYear).")]
        }
        let open = rows.filter { $0.verdict == .notMet || $0.verdict == .approaching }
        guard !open.isEmpty else {
            return [paragraph("Duy trì, nâng cao kết quả các chỉ tiêu đã đạt; bảo đảm 100% chỉ tiêu đạt mục tiêu năm \(targetYear).")]
        }
        let deadline = "31/12/\(max(targetYear, period.year))"
        var out = [paragraph("Đến \(deadline), phấn đấu hoàn thành các chỉ tiêu chưa đạt:")]
        for row in open {
            let aim = row.target.map { ReportWording.targetPhrase($0, unitKind: row.unitKind) } ?? "mục tiêu"
            if row.verdict == .notMet {
                out.append(dash("\(row.name) mới đạt \(row.resultText), \(shortfallWords(row)); phấn đấu đạt \(aim)."))
            } else {
                out.append(dash("\(row.name) đạt \(row.resultText), tiệm cận \(targetWords(row)); phấn đấu đạt \(aim)."))
            }
        }
        return out
    }
}

/// The chart's verdict groups and their colours: chosen to differ in lightness as well as hue,
/// so they stay apart printed in grey. The DOCX and HTML charts use the same ones.
public enum ReportVerdictPalette {
    public struct Category: Sendable, Equatable {
        public var label: String
        public var colorHex: String
        public var verdicts: [Verdict]
    }

    public static let categories: [Category] = [
        Category(label: "Đạt, vượt", colorHex: "1B5E20", verdicts: [.exceeded]),
        Category(label: "Đạt", colorHex: "66BB6A", verdicts: [.met]),
        Category(label: "Tiệm cận", colorHex: "FFCA28", verdicts: [.approaching]),
        Category(label: "Chưa đạt", colorHex: "E53935", verdicts: [.notMet]),
        Category(label: "Chưa đánh giá", colorHex: "EEEEEE", verdicts: [.noData, .noTarget]),
    ]
}
