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

    /// A batch of figures for one unit, all-or-nothing, read by the import's own parser: item N of
    /// the request is "Mục N" in every message, whichever check finds the fault.
    static func put(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        _ = try await req.store.requireUnit(code)
        let inputs = try req.content.decode([ValueInput].self)
        let records = inputs.enumerated().map { i, input in input.record(position: i + 1, unitCode: code) }
        let parsed = try await ValueImporter.parse(records: records, store: req.store, enteredBy: actor.username)
        let summary = try await req.store.saveValues(parsed.map(\.value), positions: parsed.map(\.position), actor: actor)
        return try json(summary)
    }

    /// CSV or XLSX in the request body with header unit_code,indicator_code,period,value,note.
    static func importFile(_ req: Request) async throws -> Response {
        let actor = try await req.principal()
        let code = try req.parameter("code")
        let values = try await ValueImporter.parse(req.uploadedFile(), store: req.store, enteredBy: actor.username)
        if let other = values.first(where: { $0.unitCode != code }) {
            throw AppError(.invalid, code: .importUnitMismatch,
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

/// Turns a CSV/XLSX file, or an API request's items, into values checked against the stored
/// units and indicators — one parser for every way figures come in.
public enum ValueImporter {
    public static func parse(_ data: Data, store: any AppStorage, enteredBy: String?) async throws -> [IndicatorValue] {
        let table = try TableFile.read(data)
        return try await parse(rows: table.rows, commaSeparated: table.commaSeparated, store: store, enteredBy: enteredBy)
    }

    /// The same for a table already read from its file.
    public static func parse(rows: [[String]], commaSeparated: Bool = false, store: any AppStorage,
                             enteredBy: String?) async throws -> [IndicatorValue] {
        let parser = try await parser(store: store, positionWord: "Dòng")
        do {
            return try parser.parse(rows: rows, commaSeparated: commaSeparated, enteredBy: enteredBy, at: Date())
        } catch let failure as ImportFailure {
            throw AppError.importFailed(failure)
        }
    }

    /// Items of a request, numbered "Mục 1", "Mục 2" …
    static func parse(records: [ValueRecord], store: any AppStorage, enteredBy: String?) async throws -> [NumberedValue] {
        let parser = try await parser(store: store, positionWord: "Mục")
        do {
            return try parser.parse(records: records, enteredBy: enteredBy, at: Date())
        } catch let failure as ImportFailure {
            // The same code as a file import's: one input path, one contract.
            throw AppError(.invalid, code: .importInvalid,
                           message: "\(failure.issues.count) item(s) are not valid; nothing was stored",
                           vietnamese: "Có \(failure.issues.count) mục không hợp lệ; chưa có dữ liệu nào được lưu.",
                           issues: failure.issues)
        }
    }

    private static func parser(store: any AppStorage, positionWord: String) async throws -> ValueImportParser {
        var parser = ValueImportParser(knownUnits: try await store.knownUnitCodes(),
                                       unitKinds: try await store.indicatorUnitKinds())
        parser.positionWord = positionWord
        return parser
    }
}

extension ValueInput {
    /// The item as the import parser reads it; numbers sent as JSON numbers become their text.
    func record(position: Int, unitCode: String) -> ValueRecord {
        func text(_ number: Double?) -> String {
            guard let number else { return "" }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        }
        return ValueRecord(position: position, unitCode: unitCode, indicatorCode: VietnameseText.normalized(indicator_code),
                           period: VietnameseText.normalized(period), value: VietnameseText.normalized(value),
                           numerator: text(numerator), denominator: text(denominator),
                           reportingBody: VietnameseText.normalized(reporting_body ?? ""),
                           note: VietnameseText.normalized(note ?? ""))
    }
}
