import Foundation

/// A province's report, parts V and VI: the communes' dossiers summed, and the early warnings.
extension ReportGeneratorContext {
    /// Warnings listed in the table; the rest are counted in a sentence under it.
    static let warningTableLimit = 40

    // MARK: V. dossiers

    mutating func provinceDossiers() -> [ReportBlock] {
        guard let p = input.province else { return [paragraph(Self.noProvinceData)] }
        guard let f = p.dossiers, p.dossierCommunes > 0 else {
            return [paragraph("Chưa có số liệu hồ sơ thủ tục hành chính của các xã trong \(period.vietnameseName).")]
        }
        var out = [paragraph("Tổng hợp từ sổ theo dõi hồ sơ thủ tục hành chính của \(ReportWording.count(p.dossierCommunes))/\(ReportWording.count(p.communes.count)) xã có hồ sơ trong kỳ.")]
        out += dossierResults(f)
        func rate(_ v: Double?) -> TableCell { TableCell(RichText(v.map { VietnameseFormat.percent($0) } ?? "–")) }
        out.append(.table(ReportTable(
            id: nextID(),
            columns: Array(repeating: TableColumn(width: 1, alignment: .center), count: 8),
            headerRows: [["Tiếp nhận", "Trực tuyến", "Tỷ lệ trực tuyến", "Đã giải quyết", "Trước hạn, đúng hạn",
                          "Tỷ lệ đúng hạn", "Quá hạn", "Đang giải quyết"]],
            rows: [[Self.cell(f.receivedTotal), Self.cell(f.online), rate(f.onlineRate), Self.cell(f.resolved),
                    Self.cell(f.earlyOrOnTime), rate(f.onTimeRate), Self.cell(f.late), Self.cell(f.inProgress)]])))
        return out
    }

    // MARK: VI. early warnings

    mutating func provinceWarnings() -> [ReportBlock] {
        guard let p = input.province else { return [paragraph(Self.noProvinceData)] }
        let warnings = p.warnings
        guard !warnings.isEmpty else {
            if communesWithFigures.isEmpty {
                return [paragraph("Chưa đủ số liệu để dự báo khả năng đạt mục tiêu của các chỉ tiêu.")]
            }
            return [paragraph("Chưa có chỉ tiêu nào của các xã được dự báo có nguy cơ không đạt mục tiêu.")]
        }
        var order: [String] = []
        var byIndicator: [String: (name: String, count: Int)] = [:]
        for w in warnings {
            if byIndicator[w.indicatorCode] == nil { order.append(w.indicatorCode) }
            byIndicator[w.indicatorCode, default: (w.indicatorName, 0)].count += 1
        }
        let communes = Set(warnings.map(\.commune)).count
        let parts = order.map { code in
            "\(ReportWording.loweredFirst(byIndicator[code]!.name)) (\(ReportWording.count(byIndicator[code]!.count)) xã)"
        }
        var out = [paragraph("Có \(ReportWording.count(warnings.count)) cảnh báo sớm tại \(ReportWording.count(communes)) xã: các chỉ tiêu có nguy cơ không đạt mục tiêu nếu giữ nhịp độ hiện nay gồm \(parts.joined(separator: "; ")).")]
        let shown = warnings.prefix(Self.warningTableLimit)
        out.append(.table(ReportTable(
            id: nextID(),
            columns: [TableColumn(width: 0.7, alignment: .center), TableColumn(width: 2, alignment: .left),
                      TableColumn(width: 2.4, alignment: .left), TableColumn(width: 4.2, alignment: .left)],
            headerRows: [["STT", "Xã, phường", "Chỉ tiêu", "Nhận định"]],
            rows: shown.enumerated().map { i, w in
                [TableCell(RichText(String(i + 1))), TableCell(RichText(w.commune)), TableCell(RichText(w.indicatorName)),
                 TableCell(RichText(w.explanation))]
            })))
        if warnings.count > shown.count {
            out.append(paragraph("Bảng trên nêu \(ReportWording.count(shown.count)) cảnh báo đầu tiên; còn \(ReportWording.count(warnings.count - shown.count)) cảnh báo khác được theo dõi trên hệ thống."))
        }
        return out
    }
}
