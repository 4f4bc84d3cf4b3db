import Foundation

/// Every setting XaSo reads from its environment, read here and nowhere else.
public struct AppConfig: Sendable {
    /// `sqlite://xaso.sqlite` (a file), `sqlite::memory:`, or `postgres://user:pass@host:5432/db`.
    public var databaseURL: String
    public var hostname: String
    public var port: Int
    /// Load the Gia Phúc quarterly report's figures on seeding.
    public var sample: Bool
    /// Print the generated admin password on first start (the CLI turns it off in tests).
    public var announceAdminPassword: Bool
    /// Revert every migration before migrating: tests on a shared PostgreSQL start from nothing.
    public var resetDatabase = false
    /// Caps on request bodies and uploaded documents (docs/limits.md): `XASO_MAX_JSON_KB`,
    /// `XASO_MAX_UPLOAD_MB`, `XASO_MAX_PART_MB`, `XASO_MAX_TEXT_KB`.
    public var limits = ResourceLimits.from(environment: ProcessInfo.processInfo.environment)
    /// Believe `X-Forwarded-Proto` (HSTS behind an HTTPS proxy): `XASO_TRUST_FORWARDED_PROTO=1`.
    /// Only behind a proxy that sets the header itself; anyone can send it.
    public var trustForwardedProto = ["1", "true", "yes"].contains(
        (ProcessInfo.processInfo.environment["XASO_TRUST_FORWARDED_PROTO"] ?? "").lowercased())
    /// `XASO_TRUSTED_PROXIES`: comma-separated addresses or CIDR networks of the reverse proxies whose
    /// `X-Forwarded-For` names the client for the login throttle; empty, the socket address counts.
    public var trustedProxies = ProcessInfo.processInfo.environment["XASO_TRUSTED_PROXIES"] ?? ""

    /// `XASO_SQLITE_BUSY_TIMEOUT_MS`: how long an SQLite writer waits for another's lock before it
    /// fails (default 30 s; docs/operations.md).
    public var sqliteBusyTimeoutMilliseconds = BackupSettings.wholeNumber(
        ProcessInfo.processInfo.environment["XASO_SQLITE_BUSY_TIMEOUT_MS"]) ?? 30_000
    /// Scheduled backups: `XASO_BACKUP_DIR`, `XASO_BACKUP_KEEP`, `XASO_BACKUP_HOUR` (docs/operations.md).
    public var backups = BackupSettings.from(environment: ProcessInfo.processInfo.environment)

    public static let defaultDatabaseURL = "sqlite://xaso.sqlite"

    public init(databaseURL: String? = nil, hostname: String = "127.0.0.1", port: Int = 8080, sample: Bool = false,
                announceAdminPassword: Bool = true) {
        self.databaseURL = databaseURL ?? AppConfig.environmentDatabaseURL ?? AppConfig.defaultDatabaseURL
        self.hostname = hostname
        self.port = port
        self.sample = sample
        self.announceAdminPassword = announceAdminPassword
    }

    /// `XASO_DATABASE_URL`; the other `XASO_` variables are read by the settings above.
    public static var environmentDatabaseURL: String? {
        guard let v = ProcessInfo.processInfo.environment["XASO_DATABASE_URL"], !v.isEmpty else { return nil }
        return v
    }
}
