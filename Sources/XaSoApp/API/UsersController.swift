import Vapor
import XaSoCore
import XaSoPersistence

enum UsersController {
    struct NewUser: Content {
        var username: String
        var password: String
        var role: String
        var unit_code: String?
        var department: String?
    }

    static func list(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let users = try await req.store.users(visibleTo: p)
        return try json(users.map { UserDTO(username: $0.username, role: $0.role.rawValue, unit_code: $0.unitCode, department: $0.department) })
    }

    static func create(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        let input = try req.content.decode(NewUser.self)
        let user = try await UserService.create(username: input.username, password: input.password, role: input.role,
                                                unitCode: input.unit_code, department: input.department, actor: p,
                                                app: req.application, store: req.store)
        return try json(UserDTO(username: user.username, role: user.role.rawValue, unit_code: user.unitCode,
                                department: user.department), status: .created)
    }

    static func audit(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        guard p.role == .admin else { throw AppError.forbidden("only an admin reads the audit log") }
        let entries = try await req.store.auditLog(entity: req.query[String.self, at: "entity"],
                                                   key: req.query[String.self, at: "key"],
                                                   limit: try QueryLimit.audit.read(req))
        return try json(entries)
    }
}

/// Creating a user from the API, the web page or the CLI: one set of checks.
public enum UserService {
    public static func create(username: String, password: String, role roleText: String, unitCode: String?,
                              department: String?, actor: Principal?, app: Application,
                              store: any AppStorage) async throws -> XaSoStore.StoredUser {
        guard let role = Role(rawValue: roleText) else {
            throw AppError(.invalid, code: .userRoleInvalid,
                           message: "role '\(roleText)' is not one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))",
                           vietnamese: "Vai trò không hợp lệ.")
        }
        try PasswordRules.check(password, username: username.trimmingCharacters(in: .whitespaces))
        return try await store.createUser(username: username, passwordHash: try app.password.hash(password), role: role,
                                          unitCode: unitCode, department: department, actor: actor)
    }
}
