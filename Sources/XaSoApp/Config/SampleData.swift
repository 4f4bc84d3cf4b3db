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

    /// The commune: xã Gia Phúc of Hải Phòng in the official list.
    public static func commune(in store: XaSoStore) async throws -> AdministrativeUnit {
        let matches = try await store.findUnits("xa gia phuc").filter { VietnameseText.folded($0.name) == "gia phuc" }
        guard let unit = matches.first else {
            throw AppError.notFound("unit", communeName, vietnamese: "Không tìm thấy xã Gia Phúc trong danh mục.")
        }
        return unit
    }

    public static func load(into store: XaSoStore) async throws -> Int {
        let unit = try await commune(in: store)
        // Loaded once: saving them again would send the approved figures back to draft.
        guard try await store.values(unitCode: unit.code, period: period).isEmpty else { return 0 }
        let system = Principal(username: "sample", role: .admin, unitCode: nil, provinceCode: nil)
        let values = figures.map { code, text, note in
            IndicatorValue(unitCode: unit.code, indicatorCode: code, period: period, value: MeasuredValue.parse(text)!,
                           reportingBody: "UBND xã \(unit.name)", note: note, state: .approved, enteredBy: "sample")
        }
        try await store.saveValues(values, actor: system)
        return values.count
    }
}
