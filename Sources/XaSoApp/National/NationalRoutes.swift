import Vapor
import XaSoCore
import XaSoPersistence

/// The national view: the 34 provinces' stored roll-ups of a period (docs/national.md). Each
/// province drills down through the existing province routes (`units/:code/rankings`,
/// `units/:code/submissions`) and the web page `/provinces/:code`.
enum NationalRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .GET, path: "national",
                 summary: "Every province's completeness, commune index and verdict counts for a period, from the stored "
                     + "roll-ups (national officers and the admin; format=json, csv or xlsx)",
                 tag: "national", query: ["period", "format"], handler: NationalController.national),
    ]
}

enum NationalController {
    static func national(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let format = try TableFormat(parsing: req.query[String.self, at: "format"])
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let dto = NationalDTO(period: period, rows: try await req.store.nationalRollups(period: period, actor: actor))
        return try NationalTable.response(dto, format: format)
    }
}
