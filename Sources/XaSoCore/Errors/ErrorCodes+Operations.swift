import Foundation

// Error codes, each declared once (docs/errors.md lists them all). A code is never renamed or removed:
// clients switch on it. A constant is named mechanically from its code: split on "." and "_", the first
// part lower-case, the others capitalised ("period.invalid" → periodInvalid, "report_kind.not_found" →
// reportKindNotFound). A new code gets its constant here, a line in `ErrorCode.all` and one in
// docs/errors.md (ErrorCodeTests fails until the three agree); errorcodes.py does all three from a literal.

/// Error codes of operations.
extension ErrorCode {
    public static let backupExists = ErrorCode("backup.exists")
    public static let backupNoDatabase = ErrorCode("backup.no_database")
    public static let backupNotAFile = ErrorCode("backup.not_a_file")
    public static let backupPostgres = ErrorCode("backup.postgres")
    public static let backupUnwritable = ErrorCode("backup.unwritable")
    public static let benchCount = ErrorCode("bench.count")
    public static let benchSqlite3 = ErrorCode("bench.sqlite3")
    public static let configBackup = ErrorCode("config.backup")
    public static let configDatabaseUrl = ErrorCode("config.database_url")
    public static let configEnvInvalid = ErrorCode("config.env_invalid")
    public static let configTrustedProxiesInvalid = ErrorCode("config.trusted_proxies_invalid")
    public static let restoreDamaged = ErrorCode("restore.damaged")
    public static let restoreNotABackup = ErrorCode("restore.not_a_backup")
    public static let restoreNotEmpty = ErrorCode("restore.not_empty")
    public static let restorePostgres = ErrorCode("restore.postgres")
    public static let settingsEvaluationRulesInvalid = ErrorCode("settings.evaluation_rules_invalid")
    public static let storageNotInMemory = ErrorCode("storage.not_in_memory")
    public static let storageNotSql = ErrorCode("storage.not_sql")
}
