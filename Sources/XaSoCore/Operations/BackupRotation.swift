import Foundation

/// The server's daily backups: one file a day named by its date (`xaso-2026-12-03.sqlite`), the
/// newest N kept. Pure rules, so the scheduler only lists, writes and deletes.
public enum BackupRotation {
    public static let prefix = "xaso-"
    public static let suffix = ".sqlite"

    /// `xaso-2026-12-03.sqlite`.
    public static func fileName(for day: LocalDay) -> String {
        prefix + day.description + suffix
    }

    /// The day a backup file is named by; nil for any other file (never ours to delete).
    public static func day(ofFileName name: String) -> LocalDay? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        let middle = name.dropFirst(prefix.count).dropLast(suffix.count)
        let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
        guard middle.count == 10, parts.count == 3, parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return LocalDay(year, month, day)
    }

    /// The backup files to delete so that only the newest `keep` remain (at least one is always
    /// kept). Names that are not backups are left alone, whatever they are.
    public static func toDelete(_ names: [String], keep: Int) -> [String] {
        let backups = names.compactMap { name in day(ofFileName: name).map { (name, $0) } }
            .sorted { $0.1 > $1.1 }
        return backups.dropFirst(max(keep, 1)).map(\.0).sorted()
    }

    /// Whether today's backup is due: the configured hour has come and today's file is not there.
    /// A server started after the hour takes the day's backup at once.
    public static func isDue(today: LocalDay, currentHour: Int, backupHour: Int, existing names: [String]) -> Bool {
        currentHour >= backupHour && !names.contains(fileName(for: today))
    }
}
