import Vapor
import XaSoCore
import XaSoPersistence

/// The commune index of a province: its pillar weights and its communes ranked (docs/rankings.md).
enum RankingRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .GET, path: "units/:code/index-weights",
                 summary: "A province's pillar weights of the commune index (the standard ones until it sets its own)",
                 tag: "rankings", handler: RankingController.weights),
        APIRoute(method: .PUT, path: "units/:code/index-weights",
                 summary: "Set a province's pillar weights (its officers); they must sum to 100, else nothing is stored",
                 tag: "rankings", body: "IndexWeightsInput", writes: .editIndexWeights, handler: RankingController.setWeights),
        APIRoute(method: .GET, path: "units/:code/rankings",
                 summary: "A province's communes ranked by the commune index for a period (format=json, csv or xlsx)",
                 tag: "rankings", query: ["period", "framework", "format"], handler: RankingController.rankings),
    ]
}

enum RankingController {
    struct WeightsInput: Content {
        /// Pillar code → weight in percent.
        var weights: [String: Double]
    }

    static func weights(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        return try json(try await req.store.indexWeights(provinceCode: req.parameter("code"), actor: actor))
    }

    static func setWeights(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let input = try req.content.decode(WeightsInput.self)
        return try json(try await req.store.saveIndexWeights(input.weights, provinceCode: req.parameter("code"), actor: actor))
    }

    static func rankings(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let format = try TableFormat(parsing: req.query[String.self, at: "format"])
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let framework = req.query[String.self, at: "framework"].flatMap { $0.isEmpty ? nil : $0 }
        let rows = try await req.store.provinceRanking(provinceCode: code, period: period, framework: framework, actor: actor)
        return try RankingTable.response(rows, format: format, name: RankingTable.fileName(code, period, framework))
    }
}
