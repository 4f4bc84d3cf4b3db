import Vapor
import XaSoCore

/// The scheduled backups, shown to the admin (docs/operations.md).
enum BackupRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .GET, path: "backups", summary: "The server's scheduled backups, newest first (admin)",
                 tag: "settings", handler: list),
    ]

    struct Listing: Content {
        /// Nil when scheduled backups are off (`XASO_BACKUP_DIR` unset).
        var directory: String?
        var keep: Int
        var hour: Int
        var backups: [BackupFolder.Entry]
    }

    static func list(_ req: Request) async throws -> Response {
        let p = try await req.principal()
        guard p.role == .admin else { throw AppError.forbidden("only an admin sees the backups") }
        let settings = req.application.backupSettings
        let backups = try settings.directory.map(BackupFolder.list) ?? []
        return try json(Listing(directory: settings.directory, keep: settings.keep, hour: settings.hour, backups: backups))
    }
}
