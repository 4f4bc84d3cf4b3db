import Foundation

/// The annual report's dossier part beyond the six-month paragraph: the table by online service
/// level (procedures, procedures that had dossiers and their share, dossiers), and the procedures
/// that had dossiers and those paid online, by name.
extension ReportGeneratorContext {
    mutating func dossierLevels() -> [ReportBlock] {
        // Without a ledger the dossier paragraph before it already says so; no second sentence.
        guard let f = input.dossiers, let levels = f.byLevel else { return [] }
        let header: [TableCell] = ["Mức độ cung cấp", "Số TTHC", "Số TTHC phát sinh hồ sơ", "Tỷ lệ TTHC phát sinh hồ sơ", "Số hồ sơ"]
        var rows: [[TableCell]] = []
        var total = DossierStatistics.LevelCount()
        for level in OnlineServiceLevel.allCases {
            let c = levels[level]
            total.procedures += c.procedures
            total.proceduresWithDossiers += c.proceduresWithDossiers
            total.dossiers += c.dossiers
            rows.append(Self.levelRow(level.label, c))
        }
        rows.append(Self.levelRow("Tổng cộng", total))
        let table = ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 2.2, alignment: .left), TableColumn(width: 1.1, alignment: .center),
                      TableColumn(width: 1.6, alignment: .center), TableColumn(width: 1.6, alignment: .center),
                      TableColumn(width: 1.2, alignment: .center)],
            headerRows: [header], rows: rows)
        var out: [ReportBlock] = [paragraph("Kết quả cung cấp dịch vụ công trực tuyến theo mức độ:"), .table(table)]
        if let procedures = f.procedures, !procedures.isEmpty {
            out.append(paragraph("Các thủ tục hành chính phát sinh hồ sơ (\(ReportWording.count(procedures.count)) thủ tục): "
                + procedures.map { "\($0.name) (\(ReportWording.count($0.received)) hồ sơ)" }.joined(separator: "; ") + "."))
            let paid = procedures.filter { $0.paidOnline > 0 }
            if paid.isEmpty {
                out.append(paragraph("Chưa có hồ sơ nào được thanh toán phí, lệ phí trực tuyến."))
            } else {
                out.append(paragraph("Các thủ tục có hồ sơ thanh toán phí, lệ phí trực tuyến: "
                    + paid.map { "\($0.name) (\(ReportWording.count($0.paidOnline)) hồ sơ)" }.joined(separator: "; ") + "."))
            }
        }
        if let pay = f.onlinePayment, pay.feeProcedures > 0 {
            out.append(paragraph("Tổng số TTHC có yêu cầu nghĩa vụ tài chính là \(ReportWording.count(pay.feeProcedures)) thủ tục; số TTHC đã triển khai thanh toán trực tuyến là \(ReportWording.count(pay.feeProceduresWithOnlinePayment)) thủ tục; \(ReportWording.count(pay.dossiersPaidOnline))/\(ReportWording.count(pay.feeDossiers)) hồ sơ có phí, lệ phí được thanh toán trực tuyến."))
        }
        return out
    }

    private static func levelRow(_ label: String, _ c: DossierStatistics.LevelCount) -> [TableCell] {
        [TableCell(RichText(label)), TableCell(RichText(ReportWording.count(c.procedures))),
         TableCell(RichText(ReportWording.count(c.proceduresWithDossiers))),
         TableCell(RichText(c.proceduresWithDossiersRate.formatted())), TableCell(RichText(ReportWording.count(c.dossiers)))]
    }

    /// The period in a few figures, opening section I: indicators met, and the dossier rates when the
    /// commune keeps its ledger in XaSo.
    mutating func keyFigures() -> [ReportBlock] {
        var parts: [String] = []
        let judged = input.indicators.filter { $0.verdict != .noData && $0.verdict != .noTarget }
        if !judged.isEmpty {
            let met = judged.filter(\.verdict.isAchieved).count
            parts.append("\(ReportWording.count(met))/\(ReportWording.count(input.indicators.count)) chỉ tiêu đạt và vượt mục tiêu")
        }
        if let f = input.dossiers, f.receivedTotal > 0 {
            parts.append("tiếp nhận \(ReportWording.count(f.receivedTotal)) hồ sơ thủ tục hành chính")
            if let rate = f.onlineRate { parts.append("tỷ lệ hồ sơ trực tuyến đạt \(VietnameseFormat.percent(rate))") }
            if let rate = f.onTimeRate { parts.append("tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt \(VietnameseFormat.percent(rate))") }
        }
        guard !parts.isEmpty else { return [] }
        return [paragraph("Kết quả nổi bật trong \(period.vietnameseName): " + parts.joined(separator: "; ") + ".")]
    }
}
