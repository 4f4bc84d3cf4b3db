import Vapor
import XaSoCore
import XaSoPersistence

enum SettingsController {
    struct EvaluationRulesDTO: Content, Equatable {
        var approaching_ratio: Double
        var exceed_margin: Double
        var strict_inequalities: Bool
        var approximate_tolerance: Double

        init(_ r: EvaluationRules) {
            approaching_ratio = r.approachingRatio
            exceed_margin = r.exceedMargin
            strict_inequalities = r.strictInequalities
            approximate_tolerance = r.approximateTolerance
        }

        var rules: EvaluationRules {
            EvaluationRules(approachingRatio: approaching_ratio, exceedMargin: exceed_margin,
                            strictInequalities: strict_inequalities, approximateTolerance: approximate_tolerance)
        }
    }

    static func rules(_ req: Request) async throws -> Response {
        _ = try await req.principal()
        return try json(EvaluationRulesDTO(try await req.store.evaluationRules()))
    }

    static func setRules(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let input = try req.content.decode(EvaluationRulesDTO.self)
        try await req.store.setEvaluationRules(input.rules, actor: p)
        return try json(EvaluationRulesDTO(try await req.store.evaluationRules()))
    }
}
