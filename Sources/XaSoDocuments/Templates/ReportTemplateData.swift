import Foundation
import XaSoCore

/// The values a commune's own Word template can use, from a built report and its input.
///
/// Fields: every report variable (`{xa}`, `{don_vi}`, `{co_quan}`, `{ky}` …), `{so}`,
/// `{so_ky_hieu}` "Số: 219/BC-UBND", `{ngay}` "ngày 21 tháng 10 năm 2025", `{dia_danh_ngay}`,
/// `{trich_yeu}`, `{nguoi_ky}`, `{chuc_vu}` (authority lines), dossier figures (`{ho_so_…}`),
/// and each paragraph of the built report by its id (`{ton-tai-han-che.limitations-1}`).
/// Lists: `{#chi_tieu}` and `{#chua_dat}` (stt, ma, ten, co_quan, ket_qua, muc_tieu, danh_gia,
/// ghi_chu), `{#noi_nhan}` (dong), `{#doan_van}` (van_ban, every heading and paragraph in
/// order), `{#nhiem_vu}` and `{#nhiem_vu_qua_han}` (stt, ten, chu_tri, thoi_han, tinh_trang).
public enum ReportTemplateData {
    public static func make(report: OfficialReport, input: ReportInput) -> TemplateData {
        var fields = ReportVariables.values(for: input)
        fields["so"] = report.number.number.map { VietnameseFormat.count($0, padded: true) } ?? ""
        fields["ky_hieu"] = report.number.symbol
        fields["so_ky_hieu"] = report.number.text
        fields["ngay"] = report.placeDate.date.text
        fields["dia_danh_ngay"] = report.placeDate.text
        fields["trich_yeu"] = report.summary.joined(separator: "\n")
        fields["nguoi_ky"] = report.signature.signerName
        fields["chuc_vu"] = report.signature.authorityLines.joined(separator: "\n")
        fields["co_quan_in_hoa"] = report.issuingBody.lines.joined(separator: "\n")

        if let f = input.dossiers {
            let n = ReportWording.count
            fields["ho_so_tiep_nhan"] = n(f.receivedTotal)
            fields["ho_so_trong_ky"] = n(f.receivedInPeriod)
            fields["ho_so_ky_truoc"] = n(f.carriedOver)
            fields["ho_so_truc_tuyen"] = n(f.online)
            fields["ho_so_truc_tiep"] = n(f.direct)
            fields["ty_le_truc_tuyen"] = f.onlineRate.map { VietnameseFormat.percent($0) } ?? ""
            fields["ho_so_da_giai_quyet"] = n(f.resolved)
            fields["ho_so_dung_han"] = n(f.earlyOrOnTime)
            fields["ty_le_dung_han"] = f.onTimeRate.map { VietnameseFormat.percent($0) } ?? ""
            fields["ho_so_qua_han"] = n(f.late)
            fields["ho_so_qua_han_chi_tiet"] = f.lateByField.filter { $0.count > 0 }
                .map { "\(n($0.count)) hồ sơ \($0.field)" }.joined(separator: "; ")
            fields["ho_so_tu_choi"] = n(f.rejected)
            fields["ho_so_rut"] = n(f.withdrawn)
            fields["ho_so_dang_giai_quyet"] = n(f.inProgress)
        }

        var paragraphs: [[String: String]] = []
        for section in report.sections {
            if let heading = section.heading { paragraphs.append(["van_ban": heading]) }
            for block in section.blocks {
                guard let p = block.paragraph else { continue }
                var text = p.text.plainText
                if case .bullet(_, let marker) = block { text = "\(marker) \(text)" }
                fields[p.id] = text
                paragraphs.append(["van_ban": text])
            }
        }

        func indicatorRow(_ row: ReportIndicatorRow) -> [String: String] {
            ["stt": row.number, "ma": row.code, "ten": row.name, "co_quan": row.reportingBody, "ket_qua": row.resultText,
             "muc_tieu": row.targetText, "danh_gia": row.assessmentText, "ghi_chu": row.note ?? ""]
        }
        func taskRow(_ t: ReportTaskRow) -> [String: String] {
            ["stt": t.number, "ten": t.title, "chu_tri": t.lead ?? "", "thoi_han": t.deadlineText, "tinh_trang": t.status.label]
        }
        let tasks = input.plan?.tasks ?? []
        return TemplateData(fields: fields, lists: [
            "chi_tieu": input.indicators.map(indicatorRow),
            "chua_dat": input.indicators.filter { $0.verdict == .notMet }.map(indicatorRow),
            "noi_nhan": report.recipients.map { ["dong": $0] },
            "doan_van": paragraphs,
            "nhiem_vu": tasks.map(taskRow),
            "nhiem_vu_qua_han": tasks.filter { $0.status == .overdue }.map(taskRow),
        ])
    }
}
