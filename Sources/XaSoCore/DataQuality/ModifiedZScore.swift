import Foundation

/// Iglewicz and Hoaglin's modified z-score (1993): Mᵢ = 0.6745 · (xᵢ − median) / MAD, where MAD is the
/// median of |xᵢ − median|. Median and MAD are not pulled by the outlier itself, as a mean and a
/// standard deviation are, so one wrong figure among a handful of communes still stands out.
public enum ModifiedZScore {
    /// Above this |Mᵢ| a figure is a likely outlier (Iglewicz and Hoaglin's recommendation).
    public static let threshold = 3.5
    /// Fewer values than this say nothing about what is usual.
    public static let minimumCount = 5

    public static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The median, the spread used and each value's score, in the order given; nil when there are
    /// fewer than `minimumCount` values or all are equal (no spread: nothing stands out).
    /// When more than half the values are equal the MAD is 0; then the mean absolute deviation
    /// scaled by 1.253314 (√(π/2), its ratio to a standard deviation, as 1/0.6745 is the MAD's)
    /// takes its place, the usual fallback (IBM SPSS Modeler documents the same).
    public static func scores(_ values: [Double]) -> (median: Double, mad: Double, scores: [Double])? {
        guard values.count >= minimumCount else { return nil }
        let m = median(values)
        let deviations = values.map { abs($0 - m) }
        let mad = median(deviations)
        if mad > 0 {
            return (m, mad, values.map { 0.6745 * ($0 - m) / mad })
        }
        let meanDeviation = deviations.reduce(0, +) / Double(values.count)
        guard meanDeviation > 0 else { return nil }
        return (m, 0, values.map { ($0 - m) / (1.253314 * meanDeviation) })
    }
}
