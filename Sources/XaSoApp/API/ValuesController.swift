import Vapor
import XaSoCore
import XaSoPersistence

enum ValuesController {
    static func list(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let p = try ReportingPeriod.required(req.query[String.self, at: "period"])
        return try json(try await req.store.values(unitCode: code, period: p).map(ValueDTO.init))
    }

    /// A batch of figures for one unit, all-or-nothing.
    static func put(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        _ = try await req.store.requireUnit(code)
        let inputs = try req.content.decode([ValueInput].self)
        var issues: [ImportIssue] = []
        var values: [IndicatorValue] = []
        for (i, input) in inputs.enumerated() {
            let item = i + 1
            guard let p = try? ReportingPeriod(parsing: input.period) else {
                issues.append(ImportIssue(row: item, field: "period", value: input.period, code: "period.invalid",
                                          message: "Mục \(item): kỳ báo cáo \"\(input.period)\" không hợp lệ."))
                continue
            }
            guard let v = MeasuredValue.parse(input.value) else {
                issues.append(ImportIssue(row: item, field: "value", value: input.value, code: "value.invalid",
                                          message: "Mục \(item): giá trị \"\(input.value)\" không phải là số."))
                continue
            }
            values.append(IndicatorValue(unitCode: code, indicatorCode: input.indicator_code, period: p, value: v,
                                         numerator: input.numerator, denominator: input.denominator,
                                         reportingBody: input.reporting_body, note: input.note,
                                         enteredBy: actor.username, enteredAt: Date()))
        }
        if !issues.isEmpty { throw AppError.importFailed(ImportFailure(issues: issues)) }
        let summary = try await req.store.saveValues(values, actor: actor)
        return try json(summary)
    }

    /// CSV or XLSX in the request body with header unit_code,indicator_code,period,value,note.
    static func importFile(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let values = try await ValueImporter.parse(req.uploadedFile(), store: req.store, enteredBy: actor.username)
        if let other = values.first(where: { $0.unitCode != code }) {
            throw AppError(.invalid, code: "import.unit_mismatch",
                           message: "the file has unit \(other.unitCode) but was sent to unit \(code)",
                           vietnamese: "Tệp có số liệu của đơn vị \(other.unitCode), không phải \(code).")
        }
        return try json(try await req.store.saveValues(values, actor: actor))
    }

    struct TransitionInput: Content {
        var comment: String?
    }

    static func transition(to state: ValueState) -> @Sendable (Request) async throws -> Response {
        return { req in
            let actor = try await req.principal()
            let comment = (try? req.content.decode(TransitionInput.self))?.comment
            let v = try await req.store.transition(unitCode: req.parameter("code"), indicator: req.parameter("indicator"),
                                                   period: ReportingPeriod.required(req.parameter("period")), to: state,
                                                   comment: comment, actor: actor)
            return try json(ValueDTO(v))
        }
    }

    static func history(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let h = try await req.store.history(unitCode: code, indicator: req.parameter("indicator"),
                                            period: ReportingPeriod.required(req.parameter("period")))
        return try json(h)
    }

    static func evaluations(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let p = try ReportingPeriod.required(req.query[String.self, at: "period"])
        let list = try await req.store.evaluate(unitCode: code, period: p, framework: req.query[String.self, at: "framework"])
        return try json(list.map(EvaluationDTO.init))
    }
}

/// Turns a CSV/XLSX file into values, checked against the stored units and indicators.
public enum ValueImporter {
    public static func parse(_ data: Data, store: XaSoStore, enteredBy: String?) async throws -> [IndicatorValue] {
        try await parse(rows: TableFile.rows(data), store: store, enteredBy: enteredBy)
    }

    /// The same for a table already read from its file.
    public static func parse(rows: [[String]], store: XaSoStore, enteredBy: String?) async throws -> [IndicatorValue] {
        let parser = ValueImportParser(knownUnits: try await store.knownUnitCodes(),
                                       knownIndicators: try await store.knownIndicatorCodes())
        do {
            return try parser.parse(rows: rows, enteredBy: enteredBy, at: Date())
        } catch let failure as ImportFailure {
            throw AppError.importFailed(failure)
        }
    }
}
