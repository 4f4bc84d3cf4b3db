import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore
@testable import XaSoPersistence

extension DatabaseTests {
    /// Passwords, one-time passwords, disabling and sessions through the API.
    @Suite struct AccountAPI {
        /// Gives `username` the password `password`, as a reset would (one-time unless told otherwise).
        static func setPassword(_ app: Application, _ username: String, _ password: String, mustChange: Bool) async throws {
            try await app.store.setPassword(username: username, passwordHash: try app.password.hash(password),
                                            mustChange: mustChange, ownChange: false, actor: consolePrincipal)
        }

        static func tokenResponse(_ app: Application, _ username: String, _ password: String) async throws -> (HTTPStatus, AuthController.TokenResponse?) {
            let res = try await app.testing().sendRequest(.POST, "/api/v1/auth/token", headers: ["Content-Type": "application/json"],
                                                          body: ByteBuffer(data: try JSONEncoder().encode(["username": username, "password": password])))
            return (res.status, try? res.content.decode(AuthController.TokenResponse.self))
        }

        static func auditActions(_ app: Application, _ username: String) async throws -> [String] {
            try await app.store.auditLog(entity: "user", key: username, limit: 100).map(\.action)
        }

        @Test func theFirstAdminMustChangeItsOneTimePasswordBeforeAnythingElse() async throws {
            try await withApp { app in
                // Seeding created `admin` with a one-time password.
                #expect(try await app.store.user(named: "admin")?.mustChangePassword == true)
                try await Self.setPassword(app, "admin", "mot-lan-123", mustChange: true)
                let (status, login) = try await Self.tokenResponse(app, "admin", "mot-lan-123")
                #expect(status == .ok)
                #expect(login?.must_change_password == true)
                let token = try #require(login?.token)
                for path in ["me", "users", "units/\(Ref.giaPhuc)"] {
                    let res = try await app.api(.GET, path, token: token)
                    #expect(res.status == .forbidden, "\(path)")
                    #expect(res.errorCode == "auth.password_change_required", "\(path)")
                }
                // Wrong current password; a new one that breaks the rules: named errors, nothing changed.
                let wrong = try await app.api(.POST, "me/password", token: token,
                                              json: ["current_password": "khong-phai", "new_password": "mat-khau-moi-1"])
                #expect(wrong.status == .unprocessableEntity)
                #expect(wrong.errorCode == "user.current_password_wrong")
                for (new, code) in [("ngan", "user.password_short"), ("mot-lan-123", "user.password_unchanged"),
                                    (String(repeating: "ư", count: 40), "user.password_long")] {
                    let res = try await app.api(.POST, "me/password", token: token,
                                                json: ["current_password": "mot-lan-123", "new_password": new])
                    #expect(res.errorCode == code, "\(new)")
                }
                #expect(try await app.store.user(named: "admin")?.mustChangePassword == true)
                // The change itself: the same token now works, the old password no longer does.
                let changed = try await app.api(.POST, "me/password", token: token,
                                                json: ["current_password": "mot-lan-123", "new_password": "mat-khau-moi-1"])
                #expect(changed.status == .ok, "\(changed.text)")
                #expect(try await app.api(.GET, "me", token: token).status == .ok)
                #expect(try await Self.tokenResponse(app, "admin", "mot-lan-123").0 == .unauthorized)
                let again = try await Self.tokenResponse(app, "admin", "mat-khau-moi-1")
                #expect(again.0 == .ok)
                #expect(again.1?.must_change_password == false)
                #expect(try await Self.auditActions(app, "admin").contains("password_change"))
            }
        }

        @Test func usersAddedFromTheConsoleAreNotForcedToChange() async throws {
            try await withApp { app in
                // `xaso user add` goes through UserService with no actor, like this.
                let token = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                #expect(try await app.store.user(named: "gp-admin")?.mustChangePassword == false)
                #expect(try await app.api(.GET, "me", token: token).status == .ok)
            }
        }

        @Test func disablingAUserEndsItsTokensAndSessionsAtOnce() async throws {
            try await withApp { app in
                let admin = try await app.token("admin2", role: .admin, unit: nil)
                let viewer = try await app.token("gp-van-thu-01", role: .viewer, unit: Ref.giaPhuc)
                let web = WebClient(app)
                try await web.login("gp-van-thu-01")
                #expect(try await web.get("/units/\(Ref.giaPhuc)").status == .ok)
                #expect(try await app.api(.GET, "me", token: viewer).status == .ok)

                let res = try await app.api(.POST, "users/gp-van-thu-01/disable", token: admin)
                #expect(res.status == .ok, "\(res.text)")
                #expect(try res.decode(AccountsController.AccountStatus.self).disabled)
                // The token and the browser session open nothing any more.
                #expect(try await app.api(.GET, "me", token: viewer).status == .unauthorized)
                let page = try await web.get("/units/\(Ref.giaPhuc)")
                #expect(page.status == .seeOther)
                #expect(page.location?.hasPrefix("/login") == true)
                // Signing in again is refused, with its own message after the right password only.
                #expect(try await Self.tokenResponse(app, "gp-van-thu-01", "mat-khau-123").0 == .unauthorized)
                let relogin = try await web.login("gp-van-thu-01")
                #expect(relogin.body.contains("Tài khoản đã bị khóa"))
                let wrong = try await web.login("gp-van-thu-01", "sai-mat-khau")
                #expect(!wrong.body.contains("Tài khoản đã bị khóa"))

                let enabled = try await app.api(.POST, "users/gp-van-thu-01/enable", token: admin)
                #expect(enabled.status == .ok)
                #expect(try await Self.tokenResponse(app, "gp-van-thu-01", "mat-khau-123").0 == .ok)
                let actions = try await Self.auditActions(app, "gp-van-thu-01")
                #expect(actions.contains("disable"))
                #expect(actions.contains("enable"))
            }
        }

        @Test func onlyThoseWhoManageAnAccountDisableIt() async throws {
            try await withApp { app in
                let admin = try await app.token("admin2", role: .admin, unit: nil)
                let gpAdmin = try await app.token("gp-admin", role: .communeAdmin, unit: Ref.giaPhuc)
                let viewer = try await app.token("gp-van-thu-01", role: .viewer, unit: Ref.giaPhuc)
                _ = try await app.token("nd-xem", role: .viewer, unit: Ref.nghiDuong)
                // A commune admin manages its own commune's officials only.
                #expect(try await app.api(.POST, "users/nd-xem/disable", token: gpAdmin).status == .forbidden)
                #expect(try await app.api(.POST, "users/admin2/disable", token: gpAdmin).status == .forbidden)
                #expect(try await app.api(.POST, "users/gp-admin/disable", token: viewer).status == .forbidden)
                #expect(try await app.api(.POST, "users/khong-co/disable", token: admin).status == .notFound)
                // Nobody disables themselves; the last enabled admin stays.
                #expect(try await app.api(.POST, "users/admin2/disable", token: admin).errorCode == "user.disable_self")
                #expect(try await app.api(.POST, "users/admin/disable", token: admin).status == .ok)
                #expect(try await app.store.user(named: "nd-xem")?.disabled == false)
                let own = try await app.api(.POST, "users/gp-van-thu-01/disable", token: gpAdmin)
                #expect(own.status == .ok)
            }
        }

        @Test func theLastEnabledAdminCannotBeDisabled() async throws {
            try await withApp { app in
                let admin = try await app.token("admin2", role: .admin, unit: nil)
                #expect(try await app.api(.POST, "users/admin/disable", token: admin).status == .ok)
                await #expect(throws: AppError.self) {
                    try await app.store.setDisabled(username: "admin2", disabled: true, actor: consolePrincipal)
                }
                do {
                    try await app.store.setDisabled(username: "admin2", disabled: true, actor: consolePrincipal)
                } catch let e as AppError {
                    #expect(e.code == "user.last_admin")
                }
                #expect(try await app.store.user(named: "admin2")?.disabled == false)
            }
        }

        @Test func sessionsAreListedWithoutSecretsAndRevokedOneOrAll() async throws {
            try await withApp { app in
                let first = try await app.token("gp-van-thu-01", role: .viewer, unit: Ref.giaPhuc)
                let second = try await app.login("gp-van-thu-01", "mat-khau-123")
                let other = try await app.token("gp-khac", role: .viewer, unit: Ref.giaPhuc)

                let listed = try await app.api(.GET, "users/gp-van-thu-01/sessions", token: first)
                #expect(listed.status == .ok)
                let sessions = try listed.decode([XaSoStore.SessionInfo].self)
                #expect(sessions.count == 2)
                #expect(sessions.allSatisfy { $0.kind == "api" })
                // Nothing in the answer resembles a token or its hash.
                #expect(!listed.text.contains(first) && !listed.text.contains(Tokens.hash(first)))
                let objects = try #require(try JSONSerialization.jsonObject(with: listed.body) as? [[String: Any]])
                #expect(Set(objects.flatMap(\.keys)) == ["id", "kind", "created_at", "expires_at"])
                // Another viewer neither lists nor revokes them.
                #expect(try await app.api(.GET, "users/gp-van-thu-01/sessions", token: other).status == .forbidden)
                #expect(try await app.api(.DELETE, "users/gp-van-thu-01/sessions", token: other).status == .forbidden)

                // Revoking the session the second token is: the first still works.
                let stored = try await app.store.sessions(username: "gp-van-thu-01", actor: consolePrincipal)
                let hashes = try await (app.db as! any SQLDatabase).raw("SELECT id, token_hash FROM user_tokens").all()
                    .map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "token_hash", as: String.self)) }
                let secondID = try #require(hashes.first { $0.1 == Tokens.hash(second) }?.0)
                #expect(stored.map(\.id).contains(secondID))
                let one = try await app.api(.DELETE, "users/gp-van-thu-01/sessions/\(secondID.uuidString)", token: first)
                #expect(try one.decode(AccountsController.Revoked.self).revoked == 1)
                #expect(try await app.api(.GET, "me", token: second).status == .unauthorized)
                #expect(try await app.api(.GET, "me", token: first).status == .ok)
                // Someone else's session id through one's own name: not found, and still alive.
                let otherID = try #require(try await app.store.sessions(username: "gp-khac", actor: consolePrincipal).first?.id)
                #expect(try await app.api(.DELETE, "users/gp-van-thu-01/sessions/\(otherID.uuidString)", token: first).status == .notFound)
                #expect(try await app.api(.GET, "me", token: other).status == .ok)
                // An admin revokes all of a user's; a user ends their own token.
                let admin = try await app.token("admin2", role: .admin, unit: nil)
                let all = try await app.api(.DELETE, "users/gp-khac/sessions", token: admin)
                #expect(try all.decode(AccountsController.Revoked.self).revoked == 1)
                #expect(try await app.api(.GET, "me", token: other).status == .unauthorized)
                #expect(try await app.api(.DELETE, "auth/token", token: first).status == .noContent)
                #expect(try await app.api(.GET, "me", token: first).status == .unauthorized)
                #expect(try await Self.auditActions(app, "gp-van-thu-01").contains("revoke_tokens"))
            }
        }

        @Test func anAdminResetGivesAOneTimePasswordAndEndsTheOldSessions() async throws {
            try await withApp { app in
                let admin = try await app.token("admin2", role: .admin, unit: nil)
                let viewer = try await app.token("gp-van-thu-01", role: .viewer, unit: Ref.giaPhuc)
                // A token alone cannot reset its own account's password (it would take the account over).
                #expect(try await app.api(.POST, "users/gp-van-thu-01/password-reset", token: viewer).status == .forbidden)

                let res = try await app.api(.POST, "users/gp-van-thu-01/password-reset", token: admin)
                #expect(res.status == .ok)
                let reset = try res.decode(AccountsController.PasswordReset.self)
                #expect(reset.one_time_password.count == 16)
                #expect(try await app.api(.GET, "me", token: viewer).status == .unauthorized)
                #expect(try await Self.tokenResponse(app, "gp-van-thu-01", "mat-khau-123").0 == .unauthorized)
                let login = try await Self.tokenResponse(app, "gp-van-thu-01", reset.one_time_password)
                #expect(login.1?.must_change_password == true)
                let token = try #require(login.1?.token)
                #expect(try await app.api(.GET, "me", token: token).errorCode == "auth.password_change_required")
                let same = try await app.api(.POST, "me/password", token: token,
                                             json: ["current_password": reset.one_time_password, "new_password": "GP-VAN-THU-01"])
                #expect(same.errorCode == "user.password_is_username")
                let changed = try await app.api(.POST, "me/password", token: token,
                                                json: ["current_password": reset.one_time_password, "new_password": "mat-khau-rieng"])
                #expect(changed.status == .ok)
                #expect(try await app.api(.GET, "me", token: token).status == .ok)
                #expect(try await Self.auditActions(app, "gp-van-thu-01").contains("password_reset"))
                // The audit never holds a password or its hash.
                let audit = try await app.store.auditLog(entity: "user", key: "gp-van-thu-01", limit: 100)
                #expect(!audit.contains { ($0.after ?? "").contains(reset.one_time_password) || ($0.after ?? "").contains("$2") })
            }
        }

        @Test func usernamesAreUniqueRegardlessOfCase() async throws {
            try await withApp { app in
                let admin = try await app.token("admin2", role: .admin, unit: nil)
                let res = try await app.api(.POST, "users", token: admin,
                                            json: ["username": "Admin2", "password": "mat-khau-123", "role": "viewer",
                                                   "unit_code": Ref.giaPhuc])
                #expect(res.status == .conflict)
                #expect(res.errorCode == "user.exists_other_case")
                #expect(try await app.store.userCount() == 2)
                // The database refuses it too, whatever path a row comes by.
                let sql = app.db as! any SQLDatabase
                await #expect(throws: (any Error).self) {
                    try await sql.raw("""
                        INSERT INTO users (id, username, password_hash, role, created_at, disabled, must_change_password)
                        VALUES (\(bind: UUID()), 'ADMIN2', 'x', 'viewer', \(bind: Date()), FALSE, FALSE)
                        """).run()
                }
            }
        }

        @Test func theFoldedIndexMigrationNamesExistingClashes() async throws {
            try await withApp { app in
                let sql = app.db as! any SQLDatabase
                try await sql.raw("DROP INDEX users_username_folded").run()
                try await sql.raw("""
                    INSERT INTO users (id, username, password_hash, role, created_at, disabled, must_change_password)
                    VALUES (\(bind: UUID()), 'Admin', 'x', 'viewer', \(bind: Date()), FALSE, FALSE)
                    """).run()
                do {
                    try await AddUsernameFoldedIndex().prepare(on: app.db)
                    Issue.record("the migration should refuse two spellings of one name")
                } catch let e as AppError {
                    #expect(e.code == "user.case_conflict")
                    #expect(e.message.contains("Admin, admin"))
                }
                // Renamed, it goes through: the index is back as the next test expects it.
                try await sql.raw("UPDATE users SET username = 'admin-cu' WHERE username = 'Admin'").run()
                try await AddUsernameFoldedIndex().prepare(on: app.db)
            }
        }
    }
}
