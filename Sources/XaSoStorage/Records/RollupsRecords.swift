import Foundation
import XaSoCore

/// A national row as read: the province's name with its roll-up, nil when none is stored yet.
public struct NationalRow: Sendable {
    public var provinceCode: String
    public var name: String
    public var rollup: ProvinceRollup?

    public init(provinceCode: String, name: String, rollup: ProvinceRollup? = nil) {
        self.provinceCode = provinceCode
        self.name = name
        self.rollup = rollup
    }
}
