import Vapor
import XaSoCore
import XaSoPersistence

/// `GET /api/v1/units/{code}/early-warnings`: each indicator projected to its milestone from the
/// commune's figures over the last two years (`EarlyWarning`), with the sentence that explains it.
/// `?format=csv|xlsx` or a `.csv`/`.xlsx` path answers the same rows as a sheet (`EarlyWarningSheet`).
enum EarlyWarningsController {
    static func list(_ req: Request) async throws -> Response {
        try await respond(req, format: try TableFormat(parsing: req.query[String.self, at: "format"]))
    }

    static func sheet(_ format: TableFormat) -> @Sendable (Request) async throws -> Response {
        { req in try await respond(req, format: format) }
    }

    static func respond(_ req: Request, format: TableFormat) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let p = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let list = try await req.store.earlyWarnings(unitCode: code, period: p,
                                                     framework: req.query[String.self, at: "framework"])
        return try EarlyWarningSheet.export(list, unitCode: code, period: p).response(format) {
            try json(list.map(EarlyWarningDTO.init))
        }
    }
}

/// One indicator's early warning as the API and `xaso warnings` print it. Paces are per quarter.
struct EarlyWarningDTO: Content, Equatable {
    var indicator_code: String
    var name: String
    /// Stable: on_track, at_risk, already_met, not_enough_history, no_target.
    var status: String
    /// "Có nguy cơ không đạt", "Đúng tiến độ", "Đã đạt", …
    var status_text: String
    var latest: Double?
    var latest_period: String?
    var pace_per_quarter: Double?
    var needed_per_quarter: Double?
    var quarters_left: Double?
    var projected: Double?
    var milestone_year: Int?
    var target: String?
    var explanation: String

    init(_ w: EarlyWarning) {
        func round(_ v: Double?) -> Double? { v.map { ($0 * 1000).rounded() / 1000 } }
        indicator_code = w.indicatorCode
        name = w.indicatorName
        status = w.status.rawValue
        status_text = w.status.vietnamese
        latest = w.latest?.value
        latest_period = w.latest?.period.description
        pace_per_quarter = round(w.pacePerQuarter)
        needed_per_quarter = round(w.neededPerQuarter)
        quarters_left = round(w.quartersLeft)
        projected = round(w.projected)
        milestone_year = w.milestoneYear
        target = w.target?.text
        explanation = w.explanation
    }
}
