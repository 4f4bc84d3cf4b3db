import Foundation
import Logging
import Vapor

/// Boots the application for one CLI command (migrate, seed), runs `body`, and shuts it down.
enum AppRunner {
    static func with<T: Sendable>(_ config: AppConfig, _ body: @Sendable (Application) async throws -> T) async throws -> T {
        // Vapor must not parse our own command line.
        var env = Environment(name: "production", arguments: ["xaso"])
        env.commandInput.arguments = []
        let app = try await Application.make(env)
        app.logger.logLevel = .warning
        do {
            try await configure(app, config)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
