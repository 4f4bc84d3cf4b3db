import Foundation

/// The thresholds behind a verdict. The defaults reproduce the officials' verdicts in the Gia Phúc
/// quarterly report (docs/evaluation.md works through all ten rows):
/// - a value equal to a "> X" target counts as met (rows 4, 6 and 9 say "Đạt mục tiêu" for 70 vs "> 70",
///   90 vs "> 90"; row 10 says "Đạt, vượt" for 80 vs "> 80" and is the one row the default disagrees with);
/// - a value above its bound is "Đạt, vượt mục tiêu" (rows 1 and 5);
/// - short of target, "Tiệm cận" needs at least 85% of the target (row 2: 70 of 80 = 87,5% → Tiệm cận;
///   row 8: ~25 of 30 = 83,3% → Chưa đạt), below that "Chưa đạt" (rows 3 and 7).
public struct EvaluationRules: Sendable, Codable, Hashable {
    /// Share of the target (value ÷ target, or target ÷ value when lower is better) from which a shortfall is "Tiệm cận".
    public var approachingRatio: Double
    /// Margin above the bound a value needs to count as exceeding rather than just meeting it.
    public var exceedMargin: Double
    /// If true, a value equal to a "> X" or "< X" target is not met (the strict reading of the sign).
    public var strictInequalities: Bool
    /// Tolerance for "~X" targets, in the indicator's unit.
    public var approximateTolerance: Double

    public init(approachingRatio: Double = 0.85, exceedMargin: Double = 0, strictInequalities: Bool = false,
                approximateTolerance: Double = 1) {
        self.approachingRatio = approachingRatio
        self.exceedMargin = exceedMargin
        self.strictInequalities = strictInequalities
        self.approximateTolerance = approximateTolerance
    }

    public static let standard = EvaluationRules()
}
