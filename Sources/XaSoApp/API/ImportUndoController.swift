import Vapor
import XaSoCore
import XaSoPersistence

/// Undoing a wrong import over the API: the caller is identified first, then the store checks the
/// permission (`AccessPolicy`), deletes in one transaction and audits.
enum ImportUndoController {
    struct Deleted: Content {
        var deleted: Int
    }

    /// `DELETE units/:code/values?period=P[&indicator=A,B]`.
    static func deleteValues(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let unit = try req.parameter("code")
        let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let indicators = UndoInputs.list(req.query[String.self, at: "indicator"])
        let n = try await req.store.deleteValues(unitCode: unit, period: period, indicators: indicators, actor: p)
        return try json(Deleted(deleted: n))
    }

    /// `DELETE units/:code/dossiers?period=P` (its cut-off range), `?from=&to=`, or `?all=true`.
    static func deleteDossiers(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let unit = try req.parameter("code")
        let range = try UndoInputs.dossierRange(period: req.query[String.self, at: "period"], from: req.query[String.self, at: "from"],
                                                to: req.query[String.self, at: "to"], all: req.query[String.self, at: "all"])
        let n = try await req.store.deleteDossiers(unitCode: unit, range: range, actor: p)
        return try json(Deleted(deleted: n))
    }

    static func deletePlan(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let id = try PlanQuery.id(try req.parameter("plan"), .planNotFound)
        try await req.store.deletePlan(id: id, unitCode: try req.parameter("code"), actor: p)
        return Response(status: .noContent)
    }
}

/// Reading the inputs of the undo commands, shared by API and CLI.
enum UndoInputs {
    /// "A,B" → ["A", "B"]; nil or empty → nil (every indicator).
    static func list(_ text: String?) -> [String]? {
        let items = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return items.isEmpty ? nil : items
    }

    /// nil means every dossier of the commune, which must be asked for with `all`: a forgotten
    /// parameter never empties a ledger.
    static func dossierRange(period: String?, from: String?, to: String?, all: String?) throws -> DayRange? {
        if PlanQuery.flag(all) {
            guard period == nil, from == nil, to == nil else {
                throw AppError(.invalid, code: .rangeAmbiguous, message: "give 'all' or a range, not both",
                               vietnamese: "Chọn xóa tất cả hoặc một khoảng thời gian, không chọn cả hai.")
            }
            return nil
        }
        return try DossierService.range(period: period, from: from, to: to)
    }
}
