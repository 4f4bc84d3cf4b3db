import Foundation
import XaSoCore
import XaSoStorage

/// The storage protocols held in memory, for tests of handlers and pages without a database.
///
/// Held: units and departments, users put in with `addUser` and their tokens, frameworks and indicators, targets (national, province, commune),
/// figures (saved all-or-nothing with the same permission and `FigureRules` checks, reviewed,
/// deleted, their history) and their evaluation and early warnings. Every other method throws
/// `AppError` `storage.not_in_memory` (`InMemoryStorage.notHeld`): a test that needs it runs on the
/// database. The contract tests (Tests/XaSoAppTests/Storage) hold this and `XaSoStore` to the same
/// answers, so the fake cannot drift.
///
/// Not kept: audit entries, and the national roll-ups a write refreshes on the database.
public final class InMemoryStorage: @unchecked Sendable {
    struct State {
        var units: [String: AdministrativeUnit] = [:]
        var departments: [String: [Department]] = [:]
        var frameworks: [IndicatorFramework] = []
        /// Indicators in catalogue order, with their national targets only.
        var indicators: [Indicator] = []
        /// Scope (a unit's code) → indicator → year → target: what a province or commune set.
        var ownTargets: [String: [String: [Int: Target]]] = [:]
        var rules: EvaluationRules = .standard
        /// Changes with every catalogue write, as the database's catalogue version does.
        var catalogueVersion = 0
        /// "unit|indicator|period" → figure.
        var values: [String: StoredFigure] = [:]
        /// Same key → every change, oldest first (kept after a delete, as on the database).
        var history: [String: [HistoryEntry]] = [:]
        var users: [UUID: StoredUser] = [:]
        /// Token hash → (user, kind, expiry).
        var tokens: [String: (user: UUID, kind: String, expires: Date)] = [:]
    }

    struct StoredFigure {
        var value: IndicatorValue
        var manualVerdict: Verdict?
        var reviewComment: String?
    }

    private let lock = NSLock()
    private var state = State()
    /// The clock writes stamp figures with; a test may fix it.
    public var now: @Sendable () -> Date = { Date() }

    /// Starts with the given units and catalogue, seeded as `XaSoStore.seedUnits` and
    /// `seedFrameworks` seed them (a framework's targets go to the province `targetScopes` names).
    public init(units: [AdministrativeUnit], catalog: FrameworkCatalog) {
        var s = State()
        for u in units { s.units[u.code] = u }
        s.frameworks = catalog.frameworks
        var seen = Set<String>()
        for ind in catalog.indicators where seen.insert(ind.code).inserted {
            // Rebuilt as the database reads it back: national targets only, no levels set by the file.
            var national = Indicator(code: ind.code, frameworkCode: ind.frameworkCode, number: ind.number, group: ind.group,
                                     name: ind.name, unit: ind.unit, unitKind: ind.unitKind, direction: ind.direction,
                                     owners: ind.owners, output: ind.output, note: ind.note, targets: [:],
                                     sentences: ind.sentences, scopeUnitCode: ind.scopeUnitCode)
            let scope = catalog.targetScopes[ind.frameworkCode]
            for (year, target) in ind.targets {
                // Stored as text and read back, as on the database.
                let stored = Target(parsing: target.text)
                if let scope { s.ownTargets[scope, default: [:]][ind.code, default: [:]][year] = stored }
                else { national.targets[year] = stored }
            }
            s.indicators.append(national)
        }
        state = s
    }

    /// The official units and catalogue XaSo ships (what a new database is seeded with).
    public static func official() throws -> InMemoryStorage {
        InMemoryStorage(units: try UnitCatalog.official(), catalog: try FrameworkCatalog.official())
    }

    func read<T>(_ body: (State) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(state)
    }

    func write<T>(_ body: (inout State) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }

    /// What a method this storage does not hold throws: the test needs the database.
    public static func notHeld(_ method: String) -> AppError {
        AppError(.unavailable, code: .storageNotInMemory,
                 message: "InMemoryStorage does not hold \(method); test this on the database (XaSoStore)",
                 vietnamese: "Bộ nhớ thử nghiệm không lưu \(method); cần chạy trên cơ sở dữ liệu.")
    }

    static func key(_ unitCode: String, _ indicator: String, _ period: ReportingPeriod) -> String {
        "\(unitCode)|\(indicator)|\(period)"
    }
}
