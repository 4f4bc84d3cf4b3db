import Foundation

/// What a data-quality flag says is odd about a stored figure. The raw values are stable API words.
public enum DataQualityKind: String, Sendable, Codable, CaseIterable {
    /// A percent outside 0–100 (refused at entry by `FigureRules` since; older rows may hold one).
    case percentOutOfRange = "percent_out_of_range"
    /// A share whose numerator is larger than its denominator (likewise refused at entry now).
    case numeratorAboveDenominator = "numerator_above_denominator"
    /// A change since the previous period of the same kind beyond `DataQualityRules`' thresholds.
    case jump
    /// Far from the province's other communes for the same indicator and period (modified z-score).
    case outlier
    /// Differs from what the commune's own dossier ledger gives for the same indicator and period.
    case ledgerMismatch = "ledger_mismatch"

    public var vietnamese: String {
        switch self {
        case .percentOutOfRange: return "Tỷ lệ ngoài khoảng 0–100%"
        case .numeratorAboveDenominator: return "Tử số lớn hơn mẫu số"
        case .jump: return "Thay đổi bất thường so với kỳ trước"
        case .outlier: return "Khác biệt lớn so với các xã trong tỉnh"
        case .ledgerMismatch: return "Không khớp sổ theo dõi hồ sơ"
        }
    }

    /// The kind a client names, or nil.
    public init?(parsing text: String) {
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// Someone looked at a flagged figure and judged it right (or explained it): the flag stays, marked.
public struct DataQualityCheck: Sendable, Hashable, Codable {
    public var checkedBy: String
    public var checkedAt: Date
    public var note: String?

    public init(checkedBy: String, checkedAt: Date, note: String? = nil) {
        self.checkedBy = checkedBy
        self.checkedAt = checkedAt
        self.note = note
    }
}

/// One stored figure that looks wrong, and why, in Vietnamese for the person who entered it.
public struct DataQualityFlag: Sendable, Hashable, Codable {
    public var kind: DataQualityKind
    public var unitCode: String
    public var indicatorCode: String
    public var period: ReportingPeriod
    /// The figure flagged, as stored.
    public var value: Double
    /// Vietnamese, naming the numbers compared: "Nhập 100%, sổ theo dõi hồ sơ cho 87% …".
    public var reason: String
    /// The numbers behind the reason, by name (previous, median, mad, score, ledger, …).
    public var detail: [String: Double]
    /// Set when the flag was marked checked for this very value; nil while it is open.
    public var checked: DataQualityCheck?

    public init(kind: DataQualityKind, unitCode: String, indicatorCode: String, period: ReportingPeriod, value: Double,
                reason: String, detail: [String: Double] = [:], checked: DataQualityCheck? = nil) {
        self.kind = kind
        self.unitCode = unitCode
        self.indicatorCode = indicatorCode
        self.period = period
        self.value = value
        self.reason = reason
        self.detail = detail
        self.checked = checked
    }

    /// What a check mark is stored under: one mark per figure and kind of doubt.
    public struct Key: Sendable, Hashable {
        public var unitCode: String
        public var indicatorCode: String
        public var period: ReportingPeriod
        public var kind: DataQualityKind

        public init(unitCode: String, indicatorCode: String, period: ReportingPeriod, kind: DataQualityKind) {
            self.unitCode = unitCode
            self.indicatorCode = indicatorCode
            self.period = period
            self.kind = kind
        }
    }

    public var key: Key { Key(unitCode: unitCode, indicatorCode: indicatorCode, period: period, kind: kind) }
}
