import Vapor
import XaSoCore
import XaSoPersistence

/// Data-quality flags under /api/v1 (docs/quality.md). `:code` is a commune (its own flags) or a
/// province (its communes' flags) for reading; a commune for marking a flag checked.
enum QualityRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .GET, path: "units/:code/quality-flags",
                 summary: "Figures that look wrong, each with its reason (a commune's, or every commune's of a province), checked ones marked",
                 tag: "quality", query: ["period", "format"], handler: QualityController.list()),
        APIRoute(method: .GET, path: "units/:code/quality-flags.csv", summary: "The quality flags as CSV",
                 tag: "quality", query: ["period"], handler: QualityController.list(format: .csv)),
        APIRoute(method: .GET, path: "units/:code/quality-flags.xlsx", summary: "The quality flags as XLSX",
                 tag: "quality", query: ["period"], handler: QualityController.list(format: .xlsx)),
        APIRoute(method: .POST, path: "units/:code/quality-flags/check",
                 summary: "Mark a commune's flag checked (its admin, or an officer of its province); nothing is stored for a flag that does not exist",
                 tag: "quality", body: "QualityCheckInput", writes: .checkQuality, handler: QualityController.check),
    ]
}

enum QualityController {
    /// JSON `{"flags": […]}`, or the sheet when `?format=csv|xlsx` or the path ends so.
    static func list(format fixed: TableFormat? = nil) -> @Sendable (Request) async throws -> Response {
        { req in
            let actor = try await req.principal()
            let code = try req.parameter("code")
            let format = try fixed ?? TableFormat(parsing: req.query[String.self, at: "format"])
            let period = try ReportingPeriod.required(req.query[String.self, at: "period"])
            let flags = try await req.store.qualityFlags(unitCode: code, period: period, actor: actor)
            guard format != .json else { return try json(QualityFlagsDTO(flags: flags.map(QualityFlagDTO.init))) }
            let names = try await unitNames(code, store: req.store)
            return try QualitySheet.export(flags, names: names, unitCode: code, period: period).response(format) {
                try json(QualityFlagsDTO(flags: flags.map(QualityFlagDTO.init)))
            }
        }
    }

    static func check(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let input = try req.content.decode(QualityCheckInput.self)
        let (period, kind) = try input.parsed()
        let flag = try await req.store.markQualityChecked(unitCode: code, indicatorCode: input.indicator_code, period: period,
                                                          kind: kind, note: input.note, actor: actor)
        return try json(QualityFlagDTO(flag))
    }

    /// Full names of the unit and its children: the rows a sheet names.
    static func unitNames(_ code: String, store: some UnitStorage) async throws -> [String: String] {
        var names: [String: String] = [:]
        if let unit = try await store.unit(code) { names[unit.code] = unit.fullName }
        for child in try await store.children(of: code) { names[child.code] = child.fullName }
        return names
    }
}
