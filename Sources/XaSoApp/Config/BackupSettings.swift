import Foundation
import Vapor
import XaSoCore

/// Daily backups taken by `xaso serve` (docs/operations.md): off unless `XASO_BACKUP_DIR` names a
/// folder; `XASO_BACKUP_KEEP` backups kept (default 7), taken at `XASO_BACKUP_HOUR` (0–23, the
/// server's local time, default 2).
public struct BackupSettings: Sendable, Equatable {
    public var directory: String?
    public var keep: Int
    public var hour: Int
    /// What was wrong in the environment; `serve` refuses to start rather than back up wrongly.
    public var problems: [String] = []

    public init(directory: String? = nil, keep: Int = 7, hour: Int = 2) {
        self.directory = directory
        self.keep = keep
        self.hour = hour
    }

    public static func from(environment env: [String: String]) -> BackupSettings {
        var settings = BackupSettings()
        if let dir = env["XASO_BACKUP_DIR"]?.trimmingCharacters(in: .whitespaces), !dir.isEmpty {
            settings.directory = dir
        }
        if let text = env["XASO_BACKUP_KEEP"], !text.isEmpty {
            if let n = wholeNumber(text), n >= 1 { settings.keep = n } else {
                settings.problems.append("XASO_BACKUP_KEEP must be a whole number ≥ 1, not '\(text)'")
            }
        }
        if let text = env["XASO_BACKUP_HOUR"], !text.isEmpty {
            if let n = wholeNumber(text), (0...23).contains(n) { settings.hour = n } else {
                settings.problems.append("XASO_BACKUP_HOUR must be an hour 0–23, not '\(text)'")
            }
        }
        return settings
    }

    /// A non-negative whole number, or nil.
    static func wholeNumber(_ text: String?) -> Int? {
        guard let text, let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= 0 else { return nil }
        return n
    }

    /// The named error `serve` stops with when a setting is wrong.
    func validated() throws -> BackupSettings {
        guard problems.isEmpty else {
            throw AppError(.invalid, code: .configBackup, message: problems.joined(separator: "; "),
                           vietnamese: "Cấu hình sao lưu tự động không hợp lệ.")
        }
        return self
    }
}

extension Application {
    private struct BackupSettingsKey: StorageKey { typealias Value = BackupSettings }

    /// What `configure` installed; `GET /api/v1/backups` lists `directory`.
    var backupSettings: BackupSettings {
        get { storage[BackupSettingsKey.self] ?? BackupSettings() }
        set { storage[BackupSettingsKey.self] = newValue }
    }
}
