import Foundation

/// The dossier paragraph of the six-month reference, sentence for sentence:
/// totals, online share, resolved with the on-time rate, late by field, rejected, withdrawn,
/// still in progress.
extension ReportGeneratorContext {
    static let noDossierData = "(Chưa có số liệu hồ sơ thủ tục hành chính của kỳ báo cáo.)"

    private func n(_ value: Int) -> String { ReportWording.count(value) }

    /// "02 hồ sơ đất đai; 01 hồ sơ bảo trợ xã hội; 02 hồ sơ lĩnh vực hộ tịch".
    static func lateBreakdown(_ figures: ReportDossierFigures) -> String {
        figures.lateByField.filter { $0.count > 0 }
            .map { "\(ReportWording.count($0.count)) hồ sơ \($0.field)" }.joined(separator: "; ")
    }

    /// The figures given (a province's total), else the report's own.
    mutating func dossierResults(_ figures: ReportDossierFigures? = nil) -> [ReportBlock] {
        guard let f = figures ?? input.dossiers else { return [paragraph(Self.noDossierData)] }
        let range = f.range ?? period.cutOffRange
        var out = [paragraph("Kết quả giải quyết thủ tục hành chính từ ngày \(ReportWording.shortDate(range.from)) đến hết ngày \(ReportWording.shortDate(range.to)):")]

        out.append(dash("Tổng số hồ sơ tiếp nhận là \(n(f.receivedTotal)) hồ sơ, trong đó: \(n(f.receivedInPeriod)) hồ sơ trong kỳ, \(n(f.carriedOver)) hồ sơ từ kỳ trước."))

        var online = "Tỷ lệ hồ sơ trực tuyến/tổng hồ sơ tiếp nhận trong kỳ là \(n(f.online))/\(n(f.receivedInPeriod)) hồ sơ"
        if let rate = f.onlineRate { online += ", đạt \(VietnameseFormat.percent(rate))" }
        out.append(dash(online + "; hồ sơ trực tiếp \(n(f.direct)) hồ sơ."))

        var resolved = "Tổng số hồ sơ đã giải quyết là \(n(f.resolved)) hồ sơ"
        if f.resolved > 0 {
            var parts = ["\(n(f.earlyOrOnTime)) hồ sơ được giải quyết trước hạn và đúng hạn"
                + (f.onTimeRate.map { ", đạt tỷ lệ \(VietnameseFormat.percent($0))" } ?? "")]
            if f.late > 0 {
                parts.append("\(n(f.late)) hồ sơ quá hạn (gồm: \(Self.lateBreakdown(f)))")
            } else {
                parts.append("không có hồ sơ quá hạn")
            }
            if f.rejected > 0 { parts.append("\(n(f.rejected)) hồ sơ từ chối, không giải quyết (có lý do)") }
            if f.withdrawn > 0 { parts.append("\(n(f.withdrawn)) hồ sơ rút") }
            resolved += ", trong đó: " + parts.joined(separator: "; ")
        }
        out.append(dash(resolved + "."))

        if f.inProgress == 0 {
            out.append(dash("Không còn hồ sơ đang giải quyết."))
        } else if f.inProgressLate == 0 {
            out.append(dash("Số lượng hồ sơ đang giải quyết là \(n(f.inProgress)) hồ sơ (Trong hạn)."))
        } else {
            out.append(dash("Số lượng hồ sơ đang giải quyết là \(n(f.inProgress)) hồ sơ (\(n(f.inProgressWithinDeadline)) hồ sơ trong hạn, \(n(f.inProgressLate)) hồ sơ quá hạn)."))
        }
        return out
    }

    /// "Còn 05 hồ sơ TTHC giải quyết quá hạn (gồm: …)"; nothing when every dossier was on time.
    mutating func dossierLimitations() -> [ReportBlock] {
        guard let f = input.dossiers else { return [] }
        var out: [ReportBlock] = []
        if f.late > 0 {
            out.append(dash("Còn \(n(f.late)) hồ sơ TTHC giải quyết quá hạn (gồm: \(Self.lateBreakdown(f)))."))
        }
        if f.inProgressLate > 0 {
            out.append(dash("Còn \(n(f.inProgressLate)) hồ sơ TTHC đang giải quyết đã quá hạn."))
        }
        return out
    }
}
