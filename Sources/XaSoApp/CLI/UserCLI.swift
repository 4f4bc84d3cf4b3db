import ArgumentParser
import Foundation
import XaSoCore
import XaSoPersistence

/// `xaso user passwd|disable|enable|revoke|sessions`: the operator at the server's console manages
/// accounts as the system admin (`consolePrincipal`); every change is audited as "cli".
enum UserCLI {
    static let commands: [any ParsableCommand.Type] = [Passwd.self, Disable.self, Enable.self, Revoke.self, Sessions.self]

    struct Status: Encodable {
        var username: String
        var disabled: Bool
        var must_change_password: Bool
        var one_time_password: String?
    }

    static func status(_ username: String, store: any AppStorage, oneTime: String? = nil) async throws -> Status {
        guard let user = try await store.user(named: username) else {
            throw AppError.notFound(.userNotFound, username, vietnamese: "Không tìm thấy tài khoản \"\(username)\".")
        }
        return Status(username: user.username, disabled: user.disabled, must_change_password: user.mustChangePassword,
                      one_time_password: oneTime)
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a user's password from standard input (first line), or with --one-time print a one-time "
                + "password the user must change at next sign-in. Ends the user's sessions.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Username") var username: String
        @Flag(help: "Generate a one-time password instead of reading one") var oneTime = false

        func run() async throws {
            // Not an argument: it would show in the shell history and the process list.
            let typed: String? = oneTime ? nil : readLine(strippingNewline: true)
            if !oneTime && (typed ?? "").isEmpty {
                throw AppError(.invalid, code: .userPasswordMissing,
                               message: "give the password on standard input, e.g. `echo \"$PASS\" | xaso user passwd …`",
                               vietnamese: "Chưa nhập mật khẩu.")
            }
            let result = try await AppRunner.with(database.config()) { app in
                if oneTime {
                    let password = try await AccountService.resetPassword(username: username, actor: consolePrincipal,
                                                                          app: app, store: app.store)
                    return try await UserCLI.status(username, store: app.store, oneTime: password)
                }
                let password = typed ?? ""
                try PasswordRules.check(password, username: username)
                try await app.store.setPassword(username: username, passwordHash: try await app.password.async.hash(password),
                                                mustChange: false, ownChange: false, actor: consolePrincipal)
                return try await UserCLI.status(username, store: app.store)
            }
            try printJSON(result)
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user: no sign-in, every token and session ends.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Username") var username: String

        func run() async throws {
            try printJSON(try await AppRunner.with(database.config()) { app in
                try await app.store.setDisabled(username: username, disabled: true, actor: consolePrincipal)
                return try await UserCLI.status(username, store: app.store)
            })
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled user.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Username") var username: String

        func run() async throws {
            try printJSON(try await AppRunner.with(database.config()) { app in
                try await app.store.setDisabled(username: username, disabled: false, actor: consolePrincipal)
                return try await UserCLI.status(username, store: app.store)
            })
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a user's tokens and sessions (all, or one by --id).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Username") var username: String
        @Option(help: "Only this token or session (an id from `xaso user sessions`)") var id: String?

        func run() async throws {
            struct Revoked: Encodable { var username: String; var revoked: Int }
            let one = try id.map { text -> UUID in
                guard let uuid = UUID(uuidString: text) else {
                    throw AppError.notFound(.sessionNotFound, text, vietnamese: "Không tìm thấy phiên đăng nhập này.")
                }
                return uuid
            }
            try printJSON(try await AppRunner.with(database.config()) { app in
                Revoked(username: username,
                        revoked: try await app.store.revokeSessions(username: username, id: one, actor: consolePrincipal))
            })
        }
    }

    struct Sessions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A user's active tokens and sessions (ids and times, no secrets).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Username") var username: String

        func run() async throws {
            try printJSON(try await AppRunner.with(database.config()) { app in
                try await app.store.sessions(username: username, actor: consolePrincipal)
            })
        }
    }
}
