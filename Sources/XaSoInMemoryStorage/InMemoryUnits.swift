import Foundation
import XaSoCore
import XaSoStorage

extension InMemoryStorage: UnitStorage {
    public func unit(_ code: String) async throws -> AdministrativeUnit? {
        read { $0.units[code] }
    }

    public func requireUnit(_ code: String) async throws -> AdministrativeUnit {
        guard let unit = try await unit(code) else {
            throw AppError.notFound(.unitNotFound, code, vietnamese: "Không tìm thấy đơn vị hành chính có mã \(code).")
        }
        return unit
    }

    public func provinceCode(of code: String) async throws -> String? {
        read { s in
            var current = s.units[code]
            for _ in 0..<3 {
                guard let u = current else { return nil }
                if u.level == .province { return u.code }
                guard let parent = u.parentCode else { return nil }
                current = s.units[parent]
            }
            return nil
        }
    }

    public func findUnits(_ query: String, limit: Int) async throws -> [AdministrativeUnit] {
        let words = VietnameseText.folded(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        let candidates = read { s in
            s.units.values.filter { u in
                let folded = VietnameseText.folded(u.fullName)
                return words.allSatisfy { folded.contains($0) }
            }.sorted { $0.code < $1.code }
        }
        return UnitSearch(units: Array(candidates.prefix(5000))).find(query, limit: limit)
    }

    public func children(of code: String) async throws -> [AdministrativeUnit] {
        read { $0.units.values.filter { $0.parentCode == code }.sorted { $0.code < $1.code } }
    }

    public func addVillage(commune code: String, name: String, actor: Principal) async throws -> AdministrativeUnit {
        throw Self.notHeld("addVillage")
    }

    public func departments(of unitCode: String) async throws -> [Department] {
        let added = read { $0.departments[unitCode] ?? [] }.sorted { $0.name < $1.name }
        var result = Department.standard
        for d in added where Department.match(d.name, in: result.map(\.name)) == nil { result.append(d) }
        return result
    }

    public func addDepartment(unitCode: String, name: String, kind: Department.Kind,
                              actor: Principal) async throws -> Department {
        throw Self.notHeld("addDepartment")
    }

    public func requireRead(_ actor: Principal, unitCode: String) async throws {
        _ = try await requireUnit(unitCode)
        let province = try await provinceCode(of: unitCode)
        guard AccessPolicy.canRead(actor, unitCode: unitCode, provinceCode: province) else {
            throw AppError.forbidden("you may not read unit \(unitCode)")
        }
    }

    public func knownUnitCodes() async throws -> Set<String> {
        read { Set($0.units.keys) }
    }
}
