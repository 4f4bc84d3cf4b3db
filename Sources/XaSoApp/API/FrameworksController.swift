import Vapor
import XaSoCore
import XaSoPersistence

enum FrameworksController {
    static func list(_ req: Request) async throws -> Response {
        _ = try await req.principal()
        return try json(try await req.store.frameworks().map(FrameworkDTO.init))
    }

    static func indicators(_ req: Request) async throws -> Response {
        _ = try await req.principal()
        let framework = req.parameters.get("code") ?? req.query[String.self, at: "framework"]
        return try json(try await req.store.indicators(framework: framework).map(IndicatorDTO.init))
    }

    static func indicator(_ req: Request) async throws -> Response {
        _ = try await req.principal()
        return try json(IndicatorDTO(try await req.store.indicator(req.parameter("code"))))
    }

    struct TargetInput: Content {
        var text: String
    }

    static func year(_ req: Request) throws -> Int {
        guard let y = Int(try req.parameter("year")) else {
            throw AppError(.invalid, code: .targetYearInvalid, message: "year must be a number", vietnamese: "Năm không hợp lệ.")
        }
        return y
    }

    static func setNationalTarget(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let input = try req.content.decode(TargetInput.self)
        let t = try await req.store.setTarget(indicator: req.parameter("code"), year: year(req), text: input.text,
                                              unitCode: nil, actor: p)
        return try json(TargetDTO(t))
    }

    static func setCommuneTarget(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let input = try req.content.decode(TargetInput.self)
        let t = try await req.store.setTarget(indicator: req.parameter("indicator"), year: year(req), text: input.text,
                                              unitCode: req.parameter("code"), actor: p)
        return try json(TargetDTO(t))
    }

    struct IndicatorPatch: Content {
        var name: String?
        var unit: String?
        /// "higher" or "lower".
        var direction: String?
        var owners: [String]?
        var output: String?
        var note: String?

        func changes() throws -> XaSoStore.IndicatorChanges {
            var direction: Direction?
            if let text = self.direction {
                guard let d = Direction(rawValue: text) else {
                    throw AppError(.invalid, code: .indicatorDirectionInvalid,
                                   message: "direction '\(text)' must be 'higher' or 'lower'",
                                   vietnamese: "Chiều đánh giá phải là \"cao hơn là tốt\" hoặc \"thấp hơn là tốt\".")
                }
                direction = d
            }
            return .init(name: name, unit: unit, direction: direction, owners: owners, output: output, note: note)
        }
    }

    /// A figure of one's own: `scope_unit_code` the province or commune it belongs to (nil: everyone, admin only).
    struct NewFigureInput: Content {
        var code: String
        var framework: String
        var name: String
        var unit: String?
        /// count, percent, yes_no, text or index.
        var unit_kind: String
        var owners: [String]?
        /// The sentence(s) a report states it in; for yes_no, the "yes" sentence then the "no" one.
        var sentences: [String]?
        var scope_unit_code: String?

        var figure: NewFigure {
            NewFigure(code: code, frameworkCode: framework, name: name, unit: unit ?? "", unitKind: unit_kind,
                      owners: owners ?? [], sentences: sentences ?? [], scopeUnitCode: scope_unit_code)
        }
    }

    static func addIndicator(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let input = try req.content.decode(NewFigureInput.self)
        return try json(IndicatorDTO(try await req.store.addFigure(input.figure, actor: p)), status: .created)
    }

    static func updateIndicator(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let patch = try req.content.decode(IndicatorPatch.self)
        return try json(IndicatorDTO(try await req.store.updateIndicator(req.parameter("code"), patch.changes(), actor: p)))
    }
}
