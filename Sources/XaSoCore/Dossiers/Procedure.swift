import Foundation

/// How far a procedure can be done online (Decree 42/2022/NĐ-CP, Art. 11).
public enum OnlineServiceLevel: String, Sendable, Codable, CaseIterable, Hashable {
    /// "toàn trình": submitted, processed and returned online (or by public post).
    case full = "toan_trinh"
    /// "một phần": online, but not meeting the full conditions.
    case partial = "mot_phan"
    /// "trực tiếp": not offered online.
    case direct = "truc_tiep"

    public var label: String {
        switch self {
        case .full: return "Toàn trình"
        case .partial: return "Một phần"
        case .direct: return "Trực tiếp"
        }
    }
}

/// One administrative procedure (thủ tục hành chính, TTHC) of a commune's catalogue.
public struct Procedure: Sendable, Hashable, Codable {
    /// As published on the national portal, e.g. "1.001193.000.00.00.H31".
    public var code: String
    public var name: String
    /// Lĩnh vực, e.g. "Hộ tịch", "Đất đai", "Bảo trợ xã hội", "Chứng thực".
    public var field: String
    public var level: OnlineServiceLevel
    /// Has a fee or charge (phí, lệ phí): a financial obligation.
    public var hasFee: Bool
    /// The fee can be paid online through the national portal. Only meaningful with `hasFee`.
    public var onlinePaymentIntegrated: Bool

    public init(code: String, name: String, field: String, level: OnlineServiceLevel,
                hasFee: Bool, onlinePaymentIntegrated: Bool) {
        self.code = code
        self.name = name
        self.field = field
        self.level = level
        self.hasFee = hasFee
        self.onlinePaymentIntegrated = onlinePaymentIntegrated
    }

    enum CodingKeys: String, CodingKey {
        case code, name, field, level
        case hasFee = "has_fee"
        case onlinePaymentIntegrated = "online_payment_integrated"
    }
}
