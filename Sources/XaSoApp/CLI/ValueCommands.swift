import ArgumentParser
import Foundation
import class Vapor.Application
import struct Vapor.Environment
import XaSoCore
import XaSoPersistence

struct ValuesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "values", abstract: "A unit's figures.",
                                                    subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import figures from CSV or XLSX (unit_code,indicator_code,period,value,note); all-or-nothing.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "CSV or XLSX file") var file: String

        func run() async throws { try printJSON(try await result()) }

        func result() async throws -> XaSoStore.ImportSummary {
            let data = try readFile(file)
            return try await AppRunner.with(database.config()) { app in
                let values = try await ValueImporter.parse(data, store: app.store, enteredBy: consolePrincipal.username)
                return try await app.store.saveValues(values, actor: consolePrincipal)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A unit's figures for a period.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Unit code") var unit: String
        @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String

        func run() async throws {
            let p = try ReportingPeriod.required(period)
            let list = try await AppRunner.with(database.config()) { app in
                _ = try await app.store.requireUnit(unit)
                return try await app.store.values(unitCode: unit, period: p).map(ValueDTO.init)
            }
            try printJSON(list)
        }
    }
}

struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluate",
                                                    abstract: "Judge a unit's figures for a period against their targets.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Unit code") var unit: String
    @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String
    @Option(help: "Only this framework") var framework: String?

    func run() async throws { try printJSON(try await result()) }

    func result() async throws -> [EvaluationDTO] {
        let p = try ReportingPeriod.required(period)
        return try await AppRunner.with(database.config()) { app in
            _ = try await app.store.requireUnit(unit)
            return try await app.store.evaluate(unitCode: unit, period: p, framework: framework).map(EvaluationDTO.init)
        }
    }
}

struct WarningsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warnings",
        abstract: "Early warnings: each indicator projected to its milestone from the last two years' figures.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "Unit code (a commune)") var unit: String
    @Option(help: "Period: 2025-Q3, 2026-H1, 2025-9M, 2025") var period: String
    @Option(help: "Only this framework") var framework: String?

    func run() async throws { try printJSON(try await result()) }

    func result() async throws -> [EarlyWarningDTO] {
        let p = try ReportingPeriod.required(period)
        return try await AppRunner.with(database.config()) { app in
            try await app.store.earlyWarnings(unitCode: unit, period: p, framework: framework).map(EarlyWarningDTO.init)
        }
    }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Users.",
                                                    subcommands: [Add.self] + UserCLI.commands)

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user; the password is read from standard input (first line).")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Username") var username: String
        @Option(help: "admin, province_officer, commune_admin, department_officer, viewer") var role: String
        @Option(help: "Unit code (province for province_officer, commune otherwise)") var unit: String?
        @Option(help: "Department, for department_officer") var department: String?

        func run() async throws {
            // Not an argument: it would show in the shell history and the process list.
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw AppError(.invalid, code: .userPasswordMissing,
                               message: "give the password on standard input, e.g. `echo \"$PASS\" | xaso user add …`",
                               vietnamese: "Chưa nhập mật khẩu.")
            }
            let user = try await AppRunner.with(database.config()) { app in
                try await UserService.create(username: username, password: line, role: role, unitCode: unit,
                                             department: department, actor: nil, app: app, store: app.store)
            }
            try printJSON(UserDTO(username: user.username, role: user.role.rawValue, unit_code: user.unitCode,
                                  department: user.department))
        }
    }
}

/// A file named on the command line, read whole: refused above the upload limit
/// (`XASO_MAX_UPLOAD_MB`), as the same file sent to the server would be.
func readFile(_ path: String) throws -> Data {
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int {
        try ResourceLimits.checkFile(path, bytes: size, limit: ResourceLimits.commandLine.uploadBodyBytes,
                                     setting: "XASO_MAX_UPLOAD_MB")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw AppError(.notFound, code: .fileNotFound, message: "cannot read file '\(path)'",
                       vietnamese: "Không đọc được tệp \(path).")
    }
    return data
}
