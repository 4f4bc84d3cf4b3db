import Foundation
import XaSoCore

/// A stored figure with the reviewer's fields an evaluation needs besides the figure itself.
public struct StoredValue: Sendable, Hashable {
    public var value: IndicatorValue
    public var manualVerdict: Verdict?

    public init(value: IndicatorValue, manualVerdict: Verdict? = nil) {
        self.value = value
        self.manualVerdict = manualVerdict
    }
}
