import Foundation
import XaSoCore

/// Frameworks, indicators and their parsed targets change a few times a year but every page and
/// evaluation reads them. Each server process keeps them in memory under the `catalogue_version`
/// setting; every catalogue write stores a new random version in its own transaction, so each of
/// several stateless servers sharing one database sees the change on its next read (one primary-key
/// lookup) without any messaging between servers. A random version also keeps two databases served
/// by one process (tests) from ever sharing an entry.
// A lock rather than `Mutex`: the package still builds for macOS 13, where `Synchronization` is missing.
final class CatalogueCache: @unchecked Sendable {
    static let shared = CatalogueCache()

    /// The national catalogue as stored at one version.
    struct Snapshot: Sendable {
        var frameworks: [IndicatorFramework]
        /// Document order, national targets only.
        var indicators: [Indicator]
    }

    private struct Entry {
        var snapshot: Snapshot?
        /// A commune's own targets: unit code → indicator code → year → target.
        var overrides: [String: [String: [Int: Target]]] = [:]
        var lastUse: UInt64 = 0
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var clock: UInt64 = 0
    }

    /// One database per process in production; a few in tests. Older versions are dropped.
    private let capacity = 4
    private let lock = NSLock()
    private var state = State()

    func snapshot(_ version: String) -> Snapshot? {
        lock.withLock {
            touch(version)
            return state.entries[version]?.snapshot
        }
    }

    func store(_ snapshot: Snapshot, version: String) {
        lock.withLock {
            state.entries[version, default: Entry()].snapshot = snapshot
            touch(version)
            evict()
        }
    }

    func overrides(_ version: String, unitCode: String) -> [String: [Int: Target]]? {
        lock.withLock { state.entries[version]?.overrides[unitCode] }
    }

    func store(overrides: [String: [Int: Target]], version: String, unitCode: String) {
        lock.withLock {
            state.entries[version, default: Entry()].overrides[unitCode] = overrides
            touch(version)
            evict()
        }
    }

    // Callers hold the lock.
    private func touch(_ version: String) {
        state.clock += 1
        // Read before the optional-chained write: its right side is evaluated inside the write's access.
        let now = state.clock
        state.entries[version]?.lastUse = now
    }

    private func evict() {
        while state.entries.count > capacity,
              let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            state.entries[oldest] = nil
        }
    }
}
