import ArgumentParser
import Foundation
import XaSoCore
import class Vapor.Application
import struct Vapor.Environment

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the XaSo server.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on") var port = 8080
    @Flag(help: "Load the sample commune (Gia Phúc, Hải Phòng: the 2025-Q3 figures of the reference report)")
    var sample = false
    @Option(name: .customLong("env"),
            help: "Vapor environment: production (default), development or testing (default: $XASO_ENV)")
    var environment: String?

    func run() async throws {
        var config = database.config(sample: sample)
        config.hostname = hostname
        config.port = port
        let env = try Self.environment(environment ?? ProcessInfo.processInfo.environment["XASO_ENV"])
        let app = try await Application.make(env)
        do {
            try await configure(app, config)
            app.lifecycle.use(BackupScheduler(settings: try config.backups.validated()))
            app.logger.notice("XaSo: http://\(hostname):\(port)/ (\(config.databaseURL.hasPrefix("postgres") ? "PostgreSQL" : config.databaseURL))")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

extension ServeCommand {
    /// Production unless asked otherwise: outside production Vapor puts an unexpected error's details
    /// in the answer, which a developer wants on a test machine and never on a commune's server.
    static func environment(_ name: String?) throws -> Environment {
        let name = (name ?? "").isEmpty ? "production" : name!.lowercased()
        guard ["production", "development", "testing"].contains(name) else {
            throw AppError(.invalid, code: .configEnvInvalid,
                           message: "--env (or XASO_ENV) must be production, development or testing, not '\(name)'",
                           vietnamese: "Môi trường chạy phải là production, development hoặc testing (không phải \"\(name)\").")
        }
        return Environment(name: name, arguments: ["xaso", "serve"])
    }
}

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed", abstract: "Migrate and seed the database (units, frameworks, first admin); idempotent.")

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Also load the sample commune's figures") var sample = false

    func run() async throws {
        let result = try await AppRunner.with(database.config()) { app in
            try await Seeder.seed(app, sample: sample, announce: true)
        }
        try printJSON(result)
    }
}
