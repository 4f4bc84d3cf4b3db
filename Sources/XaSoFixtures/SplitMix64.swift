import Foundation
import XaSoCore

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, seedable generator.
/// Synthetic data must come out identical on every machine and run, so nothing
/// here touches the system's randomness.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0 ..< upperBound, without modulo bias worth caring about for test data
    /// (Lemire's multiply-shift).
    public mutating func below(_ upperBound: Int) -> Int {
        precondition(upperBound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(upperBound)).high)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }
}
