import Foundation
import XaSoCore

/// Provinces and communes come from the official list and their rows are never changed once
/// stored (seeding only adds), so a unit found once is the same unit for the life of the process:
/// every page asks for its unit and the unit's province several times. Villages are left out: a
/// commune adds, names and numbers them itself.
final class OfficialUnitCache: @unchecked Sendable {
    static let shared = OfficialUnitCache()

    private let lock = NSLock()
    private var units: [String: AdministrativeUnit] = [:]

    func unit(_ code: String) -> AdministrativeUnit? {
        lock.withLock { units[code] }
    }

    func remember(_ unit: AdministrativeUnit) {
        guard unit.level != .village, !unit.code.contains("-") else { return }
        lock.withLock { units[unit.code] = unit }
    }
}
