import Foundation
import XaSoCore

/// A province's pillar weights as stored, or the standard ones.
public struct IndexWeights: Sendable, Codable, Equatable {
    public var provinceCode: String
    /// Pillar code → weight in percent.
    public var weights: [String: Double]
    /// True while the province has not set its own.
    public var isDefault: Bool
    public var updatedAt: Date?
    public var updatedBy: String?

    enum CodingKeys: String, CodingKey {
        case weights
        case provinceCode = "province_code", isDefault = "is_default", updatedAt = "updated_at", updatedBy = "updated_by"
    }

    public init(provinceCode: String, weights: [String: Double], isDefault: Bool, updatedAt: Date? = nil,
                updatedBy: String? = nil) {
        self.provinceCode = provinceCode
        self.weights = weights
        self.isDefault = isDefault
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}
