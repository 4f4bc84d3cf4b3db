import Fluent
import Vapor
import XaSoCore
import XaSoPersistence
import XaSoStorage

/// Storage as handlers, pages and services see it: the feature protocols (`AppStorage`), on the
/// database unless a test gave the application another one (`app.useStorage(InMemoryStorage(…))`).
extension Application {
    struct StorageOverrideKey: StorageKey {
        typealias Value = any AppStorage
    }

    var store: any AppStorage { storage[StorageOverrideKey.self] ?? XaSoStore(db: db) }

    /// The database store itself, for what only the database does: seeding, migrations, backups,
    /// benchmarks and the few admin commands that refresh every stored roll-up.
    public var sqlStore: XaSoStore { XaSoStore(db: db) }

    /// Serves every request from `storage` instead of the database (tests of handlers and pages).
    public func useStorage(_ storage: any AppStorage) {
        self.storage[StorageOverrideKey.self] = storage
    }
}

extension Request {
    var store: any AppStorage { application.storage[Application.StorageOverrideKey.self] ?? XaSoStore(db: db) }

    /// The database store of this request (its logger and event loop): see `Application.sqlStore`.
    var sqlStore: XaSoStore { XaSoStore(db: db) }
}
