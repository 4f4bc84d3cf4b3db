import Testing
import XaSoCore

/// A target is held to the range of the figures judged against it (`FigureRules.targetProblem`).
@Suite struct TargetRangeTests {
    @Test func sharesStayWithinAHundredAndRanksStartAtOne() {
        #expect(FigureRules.targetProblem(Target(parsing: "> 50%"), unitKind: .percent) == nil)
        #expect(FigureRules.targetProblem(Target(parsing: "80-90%"), unitKind: .percent) == nil)
        #expect(FigureRules.targetProblem(Target(parsing: "150%"), unitKind: .percent)?.code == "target.out_of_range")
        #expect(FigureRules.targetProblem(Target(parsing: "80-120%"), unitKind: .percent)?.code == "target.out_of_range")
        #expect(FigureRules.targetProblem(Target(parsing: "150"), unitKind: .count) == nil)
        #expect(FigureRules.targetProblem(Target(parsing: "Top 50 của thành phố"), unitKind: .rank) == nil)
        #expect(FigureRules.targetProblem(Target(parsing: "Đạt mức cao của TP"), unitKind: .percent) == nil)
        #expect(FigureRules.targetProblem(Target(parsing: "99999999999999999999999"), unitKind: .count)?.code == "target.out_of_range")
    }
}
