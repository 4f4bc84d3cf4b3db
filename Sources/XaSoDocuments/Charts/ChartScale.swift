import Foundation

/// Axis steps that people read easily: 1, 2, 2.5, 5 or 10 times a power of ten.
enum ChartScale {
    static func niceStep(maximum: Double, targetSteps: Int, integral: Bool) -> Double {
        guard maximum > 0, maximum.isFinite else { return 1 }
        let raw = maximum / Double(max(targetSteps, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let candidates = integral ? [1.0, 2, 5, 10] : [1.0, 2, 2.5, 5, 10]
        var step = magnitude * 10
        for c in candidates where c * magnitude >= raw {
            step = c * magnitude
            break
        }
        return integral ? max(1, step.rounded(.up)) : step
    }

    /// The top of the axis: the first step at or above the largest value.
    static func niceMaximum(_ maximum: Double, step: Double) -> Double {
        guard maximum > 0 else { return step }
        return (maximum / step).rounded(.up) * step
    }
}
