import Foundation

/// A province's own report on its communes, issued by its Department of Science and Technology
/// (which leads digital transformation since 2025) over the people's committee: submissions, the
/// indicators across communes, the ranking, who lags, dossiers and early warnings. One outline
/// for the quarter, the half year and the year.
extension BuiltInReportKinds {
    static let provinceKinds = [provinceQuarterly, provinceSixMonth, provinceAnnual]

    static let provinceQuarterly = province(
        code: "province-quarterly-cds", name: "Báo cáo quý kết quả chuyển đổi số các xã, phường (cấp tỉnh)",
        periods: [.quarter, .nineMonths])
    static let provinceSixMonth = province(
        code: "province-six-month-cds", name: "Báo cáo 6 tháng kết quả chuyển đổi số các xã, phường (cấp tỉnh)",
        periods: [.halfYear])
    static let provinceAnnual = province(
        code: "province-annual-cds", name: "Báo cáo năm kết quả chuyển đổi số các xã, phường (cấp tỉnh)",
        periods: [.year])

    private static func province(code: String, name: String, periods: [PeriodKind]) -> ReportKindDefinition {
        func s(_ id: String, _ title: String?, _ content: ReportContentTemplate...) -> ReportSectionTemplate {
            ReportSectionTemplate(id: id, title: title, level: 1, numbered: title != nil, content: content)
        }
        return ReportKindDefinition(
            code: code, name: name,
            description: "Báo cáo của tỉnh, thành phố (Sở Khoa học và Công nghệ) về các xã, phường: tình hình nộp báo cáo và đúng hạn, kết quả các chỉ tiêu theo xã, xếp hạng chỉ số chuyển đổi số cấp xã, các xã chưa đạt theo từng chỉ tiêu, hồ sơ thủ tục hành chính, cảnh báo sớm.",
            periodKinds: periods, symbol: "BC-SKHCN",
            summary: ["Kết quả chuyển đổi số các xã, phường {ky}"],
            sections: [
                s("mo-dau", nil,
                  .text("Thực hiện chế độ báo cáo định kỳ về chuyển đổi số, {co_quan} tổng hợp kết quả chuyển đổi số của các xã, phường trên địa bàn {ky} như sau:")),
                s("nop-bao-cao", "TÌNH HÌNH NỘP BÁO CÁO", .generate(.provinceSubmissions)),
                s("ket-qua-chi-tieu", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", .generate(.provinceVerdicts)),
                s("xep-hang", "XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ", .generate(.provinceRanking)),
                s("xa-chua-dat", "CÁC XÃ CHƯA ĐẠT THEO TỪNG CHỈ TIÊU", .generate(.provinceLaggards)),
                s("ho-so-tthc", "HỒ SƠ THỦ TỤC HÀNH CHÍNH", .generate(.provinceDossiers)),
                s("canh-bao-som", "CẢNH BÁO SỚM", .generate(.provinceWarnings)),
                s("de-xuat", "ĐỀ XUẤT, KIẾN NGHỊ",
                  .text("[Nêu đánh giá chung, các đề xuất, kiến nghị với UBND {cap_xa} và nhiệm vụ của các xã, phường thời gian tới.]")),
            ],
            closing: "Trên đây là Báo cáo kết quả chuyển đổi số các xã, phường {ky} của {co_quan}./.",
            recipients: ["- UBND {cap_xa} (để b/c);", "- Các xã, phường;", "- Lưu: VT, CĐS."],
            unitLevel: .province, issuer: "Sở Khoa học và Công nghệ")
    }
}
