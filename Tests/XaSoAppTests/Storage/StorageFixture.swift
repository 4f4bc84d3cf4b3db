import Foundation
import XaSoCore
import XaSoInMemoryStorage
import XaSoStorage

/// A small framework whose verdicts are worked out by hand (standard rules: above the bound
/// exceeds, equal meets, at least 85 % of it approaches, else not met), seeded beside the official
/// catalogue on the database and alone in memory.
enum StorageFixture {
    static let framework = "TST"
    static let q4 = ReportingPeriod.quarter(4, 2025)
    static let q3 = ReportingPeriod.quarter(3, 2025)

    static let catalogJSON = """
    {"frameworks": [{"code": "TST", "name": "Bộ chỉ tiêu thử", "legal_basis": "Thử nghiệm", "milestones": [2025, 2030],
      "indicators": [
        {"code": "TST.01", "number": "1", "name": "Tỷ lệ hồ sơ trực tuyến", "unit": "%", "unit_kind": "percent",
         "direction": "higher", "owners": ["Văn phòng HĐND và UBND"], "targets": {"2025": "80%"}},
        {"code": "TST.02", "number": "2", "name": "Tỷ lệ thanh toán trực tuyến", "unit": "%", "unit_kind": "percent",
         "direction": "higher", "owners": ["Văn phòng HĐND và UBND"], "targets": {"2025": "90%"}},
        {"code": "TST.03", "number": "3", "name": "Số hồ sơ trễ hạn", "unit": "hồ sơ", "unit_kind": "count",
         "direction": "lower", "owners": ["Văn phòng HĐND và UBND"], "targets": {"2025": "10"}},
        {"code": "TST.04", "number": "4", "name": "Tỷ lệ không có mục tiêu", "unit": "%", "unit_kind": "percent",
         "direction": "higher", "owners": ["Văn phòng HĐND và UBND"], "targets": {}},
        {"code": "TST.05", "number": "5", "name": "Tỷ lệ chưa nhập", "unit": "%", "unit_kind": "percent",
         "direction": "higher", "owners": ["Văn phòng HĐND và UBND"], "targets": {"2025": "50%"}}
      ]}]}
    """

    static func catalog() throws -> FrameworkCatalog {
        try FrameworkCatalog.decode(Data(catalogJSON.utf8))
    }

    /// The official units with the fixture's framework only.
    static func memory() throws -> InMemoryStorage {
        InMemoryStorage(units: try UnitCatalog.official(), catalog: try catalog())
    }

    static let admin = Principal(username: "admin", role: .admin, unitCode: nil, provinceCode: nil)
    static let giaPhucAdmin = Principal(username: "gp-admin", role: .communeAdmin, unitCode: Ref.giaPhuc,
                                        provinceCode: Ref.haiPhong)
    static let nghiDuongAdmin = Principal(username: "nd-admin", role: .communeAdmin, unitCode: Ref.nghiDuong,
                                          provinceCode: Ref.haiPhong)

    static func value(_ indicator: String, _ number: Double, _ period: ReportingPeriod = q4,
                      unit: String = Ref.giaPhuc) -> IndicatorValue {
        IndicatorValue(unitCode: unit, indicatorCode: indicator, period: period,
                       value: MeasuredValue(number: number, approximate: false, text: nil))
    }

    /// Gia Phúc's Q4 2025 figures and one of Q3 (TST.01 at 70 %, so Q4's 85 % improved).
    /// TST.01 85 > 80 exceeded · TST.02 80 of 90 = 0.89 approaching · TST.03 12 against "at most" 10
    /// (lower is better: 10/12 = 0.83) not met · TST.04 no target · TST.05 no data.
    static let figures = [value("TST.01", 85), value("TST.02", 80), value("TST.03", 12), value("TST.04", 40),
                          value("TST.01", 70, q3)]
}
