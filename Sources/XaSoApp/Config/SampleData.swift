import Foundation
import XaSoCore
import XaSoPersistence

/// The figures of the Gia Phúc quarterly report (quý III/2025, section I.1), so a newcomer sees a real commune.
public enum SampleData {
    public static let period = ReportingPeriod.quarter(3, 2025)
    public static let communeName = "Gia Phúc"

    /// (indicator, result as written, cause the officials gave).
    public static let figures: [(String, String, String?)] = [
        ("CL411.01", "85%", nil),
        ("CL411.02", "70%", "cần nâng thêm"),
        ("CL411.03", "~15%", "do người dân chưa phổ cập sử dụng"),
        ("CL411.04", "70%", nil),
        ("CL411.05", "95%", nil),
        ("CL411.06", "70%", nil),
        ("CL411.07", "35%", "đang nâng cấp hạ tầng, nhu cầu thực tế của người dân"),
        ("CL411.08", "~25%", "do người dân có thói quen trực tiếp"),
        ("CL411.09", "90%", nil),
        ("CL411.10", "80%", nil),
    ]

    /// Figures the same report states in sentences (sections II and III), in XaSo's sets XS-CCHC and XS-CDS.
    public static let sentenceFigures: [(String, String)] = [
        ("XS-CCHC.03", "4"),
        ("XS-CCHC.04", "100%"),
        ("XS-CDS.27", "100%"),
        ("XS-CCHC.17", "Có"),
        ("XS-CDS.03", "13"),
        ("XS-CDS.01", "5"),
        ("XS-CDS.02", "Quyết định số 01/QĐ-UBND ngày 16/7/2025 thành lập Ban chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và cải cách hành chính xã Gia Phúc; Quyết định số 690/QĐ-UBND ngày 31/7/2025 thành lập tổ công tác phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và cải cách hành chính; Quyết định số 859/QĐ-UBND ngày 24/9/2025 thành lập Tổ công nghệ số cộng đồng tại các thôn; Quyết định số 863/QĐ-UBND ngày 29/9/2025 thành lập Ban Chỉ đạo Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; Kế hoạch số 74/KH-UBND triển khai Hệ thống quản lý chất lượng"),
        ("XS-CDS.21", "VNPT, Viettel"),
    ]

    /// The commune: xã Gia Phúc of Hải Phòng in the official list.
    public static func commune(in store: any AppStorage) async throws -> AdministrativeUnit {
        let matches = try await store.findUnits("xa gia phuc").filter { VietnameseText.folded($0.name) == "gia phuc" }
        guard let unit = matches.first else {
            throw AppError.notFound(.unitNotFound, communeName, vietnamese: "Không tìm thấy xã Gia Phúc trong danh mục.")
        }
        return unit
    }

    public static func load(into store: any AppStorage) async throws -> Int {
        let unit = try await commune(in: store)
        // Loaded once: saving them again would send the approved figures back to draft.
        guard try await store.values(unitCode: unit.code, period: period).isEmpty else { return 0 }
        let system = Principal(username: "sample", role: .admin, unitCode: nil, provinceCode: nil)
        let kinds = try await store.indicatorUnitKinds()
        let values = figures.map { code, text, note in
            IndicatorValue(unitCode: unit.code, indicatorCode: code, period: period, value: MeasuredValue.parse(text)!,
                           reportingBody: "UBND xã \(unit.name)", note: note, state: .approved, enteredBy: "sample")
        } + sentenceFigures.compactMap { code, text in
            kinds[code].flatMap { MeasuredValue.parse(text, unitKind: $0) }.map {
                IndicatorValue(unitCode: unit.code, indicatorCode: code, period: period, value: $0,
                               reportingBody: "UBND xã \(unit.name)", state: .approved, enteredBy: "sample")
            }
        }
        try await store.saveValues(values, actor: system)
        return values.count
    }
}
