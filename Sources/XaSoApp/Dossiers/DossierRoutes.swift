import Vapor
import XaSoCore
import XaSoPersistence

/// The dossier endpoints under /api/v1 (served and documented through `APIRoutes.all`).
enum DossierRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .POST, path: "units/:code/procedures/import",
                 summary: "Import the procedure catalogue (CSV/XLSX: Mã thủ tục, Tên thủ tục, Lĩnh vực, Mức độ DVC, Có phí, Thanh toán trực tuyến)",
                 tag: "dossiers", body: "File", writes: .importDossiers, handler: DossierController.importProcedures),
        APIRoute(method: .GET, path: "units/:code/procedures", summary: "A commune's procedure catalogue",
                 tag: "dossiers", handler: DossierController.procedures),
        APIRoute(method: .POST, path: "units/:code/dossiers/import",
                 summary: "Import a dossier export (CSV/XLSX); re-imports update by dossier code; all-or-nothing",
                 tag: "dossiers", body: "File", writes: .importDossiers, handler: DossierController.importDossiers),
        APIRoute(method: .GET, path: "units/:code/dossiers/stats",
                 summary: "Dossier statistics for a period's cut-off range or from–to; a province gets every commune and the total",
                 tag: "dossiers", query: ["period", "from", "to"], handler: DossierController.statistics),
        APIRoute(method: .GET, path: "national/dossiers/stats",
                 summary: "Dossier statistics of the whole country: each province's total and the national total (national officers and the admin)",
                 tag: "dossiers", query: ["period", "from", "to"], handler: DossierController.nationalStatistics),
        APIRoute(method: .GET, path: "units/:code/dossiers/service-index",
                 summary: "Decision 766 public-service index of a commune's period (groups, components, rates, scores); a province gets its communes ranked",
                 tag: "dossiers", query: ["period"], handler: DossierController.serviceIndex),
        APIRoute(method: .GET, path: "units/:code/dossiers/late", summary: "The late dossiers of a range and why each is late",
                 tag: "dossiers", query: ["period", "from", "to"], handler: DossierController.late),
        APIRoute(method: .POST, path: "units/:code/dossiers/indicators",
                 summary: "Store the period's dossier-based indicators as draft figures", tag: "dossiers",
                 query: ["period"], writes: .importDossiers, handler: DossierController.feedIndicators),
    ]
}

enum DossierController {
    static func importProcedures(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        return try json(try await DossierService.importProcedures(req.uploadedFile(), unitCode: req.parameter("code"),
                                                                  actor: actor, store: req.store))
    }

    static func importDossiers(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        return try json(try await DossierService.importDossiers(req.uploadedFile(), unitCode: req.parameter("code"),
                                                                actor: actor, store: req.store))
    }

    static func procedures(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        return try json(try await req.store.procedures(unitCode: code))
    }

    static func range(_ req: Request) throws -> DayRange {
        try DossierService.range(period: req.query[String.self, at: "period"], from: req.query[String.self, at: "from"],
                                 to: req.query[String.self, at: "to"])
    }

    static func statistics(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        return try json(try await DossierService.statistics(unitCode: code, range: range(req), store: req.store))
    }

    static func nationalStatistics(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        return try json(try await DossierService.nationalStatistics(range: range(req), actor: actor, store: req.store))
    }

    static func serviceIndex(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        return try json(try await ServiceIndexService.index(unitCode: code, period: period, store: req.store))
    }

    static func late(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        return try json(try await req.store.lateDossiers(unitCode: code, range: range(req)))
    }

    static func feedIndicators(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let values = try await DossierService.feedIndicators(unitCode: req.parameter("code"), period: period,
                                                             actor: actor, store: req.store)
        return try json(values.map(ValueDTO.init))
    }
}
