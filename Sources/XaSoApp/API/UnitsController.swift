import Vapor
import XaSoCore
import XaSoPersistence

enum UnitsController {
    /// Unit names and codes are public knowledge (Decision 19/2025): any signed-in user may search.
    static func search(_ req: Request) async throws -> Response {
        _ = try await req.principal()
        let q = req.query[String.self, at: "q"] ?? ""
        let limit = try QueryLimit.units.read(req)
        return try json(try await req.store.findUnits(q, limit: limit).map(UnitDTO.init))
    }

    static func show(_ req: Request) async throws -> Response {
        _ = try await req.principal()
        return try json(UnitDTO(try await req.store.requireUnit(req.parameter("code"))))
    }

    static func children(_ req: Request) async throws -> Response {
        _ = try await req.principal()
        let code = try req.parameter("code")
        _ = try await req.store.requireUnit(code)
        return try json(try await req.store.children(of: code).map(UnitDTO.init))
    }

    struct NameInput: Content {
        var name: String
        var kind: String?
    }

    static func addVillage(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let input = try req.content.decode(NameInput.self)
        let village = try await req.store.addVillage(commune: req.parameter("code"), name: input.name, actor: p)
        return try json(UnitDTO(village), status: .created)
    }

    static func departments(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        return try json(try await req.store.departments(of: code).map { DepartmentDTO(name: $0.name, kind: $0.kind.rawValue) })
    }

    static func addDepartment(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let input = try req.content.decode(NameInput.self)
        let kind = Department.Kind(rawValue: input.kind ?? "department") ?? .department
        let d = try await req.store.addDepartment(unitCode: req.parameter("code"), name: input.name, kind: kind, actor: p)
        return try json(DepartmentDTO(name: d.name, kind: d.kind.rawValue), status: .created)
    }
}
