import Fluent
import FluentSQLiteDriver
import Vapor
import XaSoCore
import XaSoPersistence

/// Builds the application around a config: database, migrations, seed, routes. Tests call it too.
public func configure(_ app: Application, _ config: AppConfig) async throws {
    try DatabaseSetup.configure(app, url: config.databaseURL)
    app.migrations.add(XaSoMigrations.all)
    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.http.server.configuration.responseCompression = .enabled
    app.routes.defaultMaxBodySize = "64mb"
    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 10))
    app.trustedProxies = try ClientAddress.parseTrusted(config.trustedProxies)

    try await DatabaseSetup.prepareSQLite(app, config)
    if config.resetDatabase { try await app.autoRevert() }
    try await app.autoMigrate()
    try await Seeder.seed(app, sample: config.sample, announce: config.announceAdminPassword)

    app.install(config.limits)
    app.backupSettings = config.backups
    app.middleware = .init()
    app.middleware.use(TransportSecurityHeaders(trustForwardedProto: config.trustForwardedProto))
    app.middleware.use(MethodGuard())
    app.middleware.use(APIErrorMiddleware())
    app.middleware.use(WebNotFoundMiddleware())
    try routes(app)
}

func routes(_ app: Application) throws {
    let api = app.grouped("api", "v1")
    for route in APIRoutes.all {
        route.register(on: api)
    }
    app.uploadProgress = UploadProgressBoard()
    try WebRoutes.register(app)
}
