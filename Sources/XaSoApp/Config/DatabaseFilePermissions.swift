import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The SQLite file holds every commune's figures and the password hashes: readable by the
/// server's own account only (0600), whatever the umask. SQLite gives the -wal and -shm files it
/// creates the main file's permissions, so creating the main file owner-only covers them; files
/// left by an older version are narrowed at start-up.
enum DatabaseFilePermissions {
    static let ownerOnly: mode_t = 0o600

    static func restrict(path: String) throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            // O_EXCL: if another process creates it first, the chmod below still narrows it.
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, ownerOnly)
            if fd >= 0 { close(fd) }
        }
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] where fm.fileExists(atPath: file) {
            guard chmod(file, ownerOnly) == 0 else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file])
            }
        }
    }
}
