import Foundation

/// Page parts rendered once and served again while what they were built from is unchanged. Keys are
/// the inputs themselves (content-addressed), so a change of figures or targets is simply a key not
/// seen before: there is nothing to invalidate, and several stateless servers cannot disagree. The
/// least recently used entries go first.
final class RenderedPageCache<Key: Hashable & Sendable>: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: (fragment: RenderedFragment, lastUse: UInt64)] = [:]
    private var clock: UInt64 = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    func fragment(_ key: Key) -> RenderedFragment? {
        lock.withLock {
            guard let entry = entries[key] else { return nil }
            clock += 1
            entries[key] = (entry.fragment, clock)
            return entry.fragment
        }
    }

    func store(_ fragment: RenderedFragment, for key: Key) {
        lock.withLock {
            clock += 1
            entries[key] = (fragment, clock)
            guard entries.count > capacity else { return }
            // Evict the oldest eighth at once, so eviction's scan is paid rarely.
            let oldest = entries.sorted { $0.value.lastUse < $1.value.lastUse }.prefix(max(1, capacity / 8))
            for (k, _) in oldest { entries[k] = nil }
        }
    }
}
