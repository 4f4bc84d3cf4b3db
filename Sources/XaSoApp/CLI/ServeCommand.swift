import ArgumentParser
import class Vapor.Application
import struct Vapor.Environment

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the XaSo server.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on") var port = 8080
    @Flag(help: "Load the sample commune (Gia Phúc, Hải Phòng: the 2025-Q3 figures of the reference report)")
    var sample = false

    func run() async throws {
        var config = database.config(sample: sample)
        config.hostname = hostname
        config.port = port
        let env = Environment(name: "production", arguments: ["xaso", "serve"])
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
