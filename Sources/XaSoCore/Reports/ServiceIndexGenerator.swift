import Foundation

/// The annual report's line on the public-service index (Decision 766/QĐ-TTg, five groups of 100
/// points): the score of what the ledger and the entered figures could feed, each group in a
/// table, and the criteria without data named — never scored as zero.
extension ReportGeneratorContext {
    mutating func serviceIndex() -> [ReportBlock] {
        // Without a ledger the dossier paragraph before it already says there is no dossier data.
        guard let index = input.serviceIndex, index.attainable > 0 else { return [] }
        func points(_ x: Double) -> String { VietnameseFormat.number(x, maxFractionDigits: 2) }
        var text = "Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công "
            + "(theo Quyết định số 766/QĐ-TTg) \(period.vietnameseName) của xã đạt \(points(index.total)) điểm"
        if index.attainable < 100 {
            text += " trên \(points(index.attainable)) điểm của các tiêu chí có số liệu (thang điểm 100)"
        } else {
            text += "/100 điểm"
        }
        var out: [ReportBlock] = [paragraph(text + ".")]
        let rows: [[TableCell]] = index.groups.enumerated().map { i, g in
            [TableCell(RichText(String(i + 1))), TableCell(RichText(g.name)), TableCell(RichText(points(g.points))),
             TableCell(RichText(g.attainable > 0 ? points(g.score) : "–"))]
        } + [["", "Tổng cộng", TableCell(RichText(points(index.groups.reduce(0) { $0 + $1.points }))),
              TableCell(RichText(points(index.total)))]]
        out.append(.table(ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 0.7, alignment: .center), TableColumn(width: 4.8, alignment: .left),
                      TableColumn(width: 1.3, alignment: .center), TableColumn(width: 1.3, alignment: .center)],
            headerRows: [["STT", "Nhóm tiêu chí", "Điểm tối đa", "Điểm đạt"]], rows: rows)))
        let missing = index.missing
        if !missing.isEmpty {
            out.append(paragraph("Các tiêu chí chưa có số liệu để chấm điểm (\(ReportWording.count(missing.count)) tiêu chí, "
                + "\(points(missing.reduce(0) { $0 + $1.points })) điểm): "
                + ReportWording.inlineList(missing.map(\.name)) + "."))
        }
        return out
    }
}
