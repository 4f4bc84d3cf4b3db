import FluentKit
import SQLKit
import Foundation
import XaSoCore
import XaSoStorage

extension XaSoStore {
    public typealias StoredUser = XaSoStorage.StoredUser

    static func user(_ m: UserModel) throws -> StoredUser {
        StoredUser(id: try m.requireID(), username: m.username, role: Role(rawValue: m.role) ?? .viewer, unitCode: m.unitCode,
                   department: m.department, passwordHash: m.passwordHash, disabled: m.disabled,
                   mustChangePassword: m.mustChangePassword)
    }

    public func userCount() async throws -> Int {
        try await UserModel.query(on: db).count()
    }

    /// The user of that name regardless of case (usernames are unique case-insensitively).
    public func user(named username: String) async throws -> StoredUser? {
        let folded = LoginThrottlePolicy.key(username)
        guard let row = try await db.sqlDatabase().raw("SELECT id FROM users WHERE lower(username) = \(bind: folded)")
            .first() else { return nil }
        return try await UserModel.find(try row.decode(column: "id", as: UUID.self), on: db).map(Self.user)
    }

    public func users(visibleTo actor: Principal) async throws -> [StoredUser] {
        let all = try await UserModel.query(on: db).sort(\.$username).all().map(Self.user)
        switch actor.role {
        case .admin: return all
        case .communeAdmin: return all.filter { $0.unitCode == actor.unitCode }
        default: return all.filter { $0.username == actor.username }
        }
    }

    /// The acting identity of a stored user, with the province resolved for scope checks.
    public func principal(for user: StoredUser) async throws -> Principal {
        let province = try await user.unitCode.asyncMap { try await provinceCode(of: $0) } ?? nil
        return Principal(username: user.username, role: user.role, unitCode: user.unitCode,
                         provinceCode: province, department: user.department)
    }

    /// Creates a user. `actor` nil means the system itself (first start, CLI on the server).
    public func createUser(username: String, passwordHash: String, role: Role, unitCode: String?,
                           department: String?, actor: Principal?, mustChangePassword: Bool = false) async throws -> StoredUser {
        let name = username.trimmingCharacters(in: .whitespaces)
        guard name.range(of: #"^[A-Za-z0-9._-]{3,64}$"#, options: .regularExpression) != nil else {
            throw AppError(.invalid, code: .userUsernameInvalid,
                           message: "username must be 3–64 characters of letters, digits, '.', '_' or '-'",
                           vietnamese: "Tên đăng nhập gồm 3–64 ký tự chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.")
        }
        var unitCode = unitCode
        // The admin and national officers act on the whole country: a unit given with them is dropped.
        if AccessPolicy.isUnitless(role) { unitCode = nil }
        if !AccessPolicy.isUnitless(role) {
            guard let code = unitCode else {
                throw AppError(.invalid, code: .userUnitRequired, message: "role \(role.rawValue) needs a unit",
                               vietnamese: "Vai trò này cần chọn đơn vị.")
            }
            let unit = try await requireUnit(code)
            let needsProvince = role == .provinceOfficer
            if needsProvince != (unit.level == .province) {
                throw AppError(.invalid, code: .userUnitLevel,
                               message: needsProvince ? "a province officer belongs to a province" : "this role belongs to a commune",
                               vietnamese: needsProvince ? "Cán bộ cấp tỉnh phải thuộc một tỉnh, thành phố." : "Vai trò này phải thuộc một xã, phường.")
            }
        }
        var department = department.map(VietnameseText.normalized)
        if role == .departmentOfficer {
            guard let d = department, let code = unitCode,
                  let known = Department.match(d, in: try await departments(of: code).map(\.name)) else {
                throw AppError(.invalid, code: .userDepartmentUnknown,
                               message: "a department officer needs one of the commune's departments",
                               vietnamese: "Cán bộ phòng, ban cần chọn một phòng, ban của xã.")
            }
            department = known
        } else {
            department = nil
        }
        if let actor {
            let allowed = actor.role == .admin
                || (actor.role == .communeAdmin && unitCode == actor.unitCode && !AccessPolicy.isUnitless(role)
                    && role != .provinceOfficer)
            guard allowed else { throw AppError.forbidden("you may not create this user") }
        }
        if let existing = try await user(named: name) {
            if existing.username != name {
                throw AppError(.conflict, code: .userExistsOtherCase,
                               message: "user '\(existing.username)' already exists; usernames differ by more than case",
                               vietnamese: "Đã có tài khoản \"\(existing.username)\"; tên đăng nhập không phân biệt chữ hoa, chữ thường.")
            }
            throw AppError(.conflict, code: .userExists, message: "user '\(name)' already exists",
                           vietnamese: "Tên đăng nhập \"\(name)\" đã được dùng.")
        }
        let m = UserModel()
        m.id = UUID()
        m.username = name
        m.passwordHash = passwordHash
        m.role = role.rawValue
        m.unitCode = unitCode
        m.department = department
        m.createdAt = Date()
        m.disabled = false
        m.mustChangePassword = mustChangePassword
        let created = try Self.user(m)
        try await db.writeTransaction { tx in
            try await m.create(on: tx)
            var safe = created
            safe.passwordHash = "***"
            try await audit(on: tx, actor: actor?.username ?? "system", action: "create", entity: "user", key: name,
                            before: nil, after: Self.json(safe))
        }
        return created
    }

    public func storeToken(userID: UUID, tokenHash: String, kind: String, lifetime: TimeInterval) async throws {
        let t = TokenModel()
        t.userID = userID
        t.tokenHash = tokenHash
        t.kind = kind
        t.createdAt = Date()
        t.expiresAt = Date().addingTimeInterval(lifetime)
        try await t.create(on: db)
    }

    /// The user a token belongs to, if it is of `kind` ("api" bearer or "session" cookie) and unexpired:
    /// a session cookie does not open the API, nor an API token a browser session.
    /// One query with plain SQL: every page and API call starts here, and the model layer's reflection
    /// over two rows cost more than the lookup itself.
    public func user(forTokenHash hash: String, kind: String) async throws -> StoredUser? {
        let sql = try db.sqlDatabase()
        guard let row = try await sql.select()
            .columns(SQLColumn("id", table: "users"), SQLColumn("username", table: "users"), SQLColumn("role", table: "users"),
                     SQLColumn("unit_code", table: "users"), SQLColumn("department", table: "users"),
                     SQLColumn("password_hash", table: "users"), SQLColumn("expires_at", table: "user_tokens"),
                     SQLColumn("disabled", table: "users"), SQLColumn("must_change_password", table: "users"))
            .from("user_tokens")
            .join("users", on: SQLColumn("user_id", table: "user_tokens"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("token_hash", table: "user_tokens"), .equal, SQLBind(hash))
            .where(SQLColumn("kind", table: "user_tokens"), .equal, SQLBind(kind))
            .first(),
            try row.decode(column: "expires_at", as: Date.self) > Date(),
            // Disabling deletes the tokens too; this check also covers a token stored in between.
            try !row.decode(column: "disabled", as: Bool.self) else { return nil }
        func optional(_ column: String) throws -> String? {
            try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: String.self)
        }
        return StoredUser(id: try row.decode(column: "id", as: UUID.self), username: try row.decode(column: "username", as: String.self),
                          role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .viewer,
                          unitCode: try optional("unit_code"), department: try optional("department"),
                          passwordHash: try row.decode(column: "password_hash", as: String.self),
                          mustChangePassword: try row.decode(column: "must_change_password", as: Bool.self))
    }

    public func deleteToken(hash: String) async throws {
        try await TokenModel.query(on: db).filter(\.$tokenHash == hash).delete()
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
