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

    /// Step and top of a value axis from zero: the fixed top asked for (100 for shares) when the data
    /// fit under it, else a round top just above the largest value.
    static func axis(largest: Double, axisMax: Double?, integral: Bool) -> (step: Double, top: Double) {
        if let axisMax, axisMax >= largest {
            return (niceStep(maximum: axisMax, targetSteps: 5, integral: integral), axisMax)
        }
        let step = niceStep(maximum: max(largest, 1), targetSteps: 5, integral: integral)
        return (step, niceMaximum(max(largest, 1), step: step))
    }
}
