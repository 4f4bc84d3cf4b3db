import FluentKit
import Foundation
import XaSoCore

extension XaSoStore {
    static func model(_ u: AdministrativeUnit) -> UnitModel {
        let m = UnitModel()
        m.id = u.code
        m.name = u.name
        m.fullName = u.fullName
        m.kind = u.kind
        m.parentCode = u.parentCode
        m.foldedName = VietnameseText.folded(u.fullName)
        return m
    }

    static func unit(_ m: UnitModel) -> AdministrativeUnit {
        AdministrativeUnit(code: m.id ?? "", name: m.name, fullName: m.fullName, kind: m.kind, parentCode: m.parentCode)
    }

    /// Inserts the units not stored yet; returns how many were added. Idempotent.
    @discardableResult
    public func seedUnits(_ units: [AdministrativeUnit]) async throws -> Int {
        let existing = Set(try await UnitModel.query(on: db).all(\.$id).compactMap { $0 })
        let missing = units.filter { !existing.contains($0.code) }
        try await db.writeTransaction { tx in
            for chunk in missing.chunked(500) {
                try await chunk.map(Self.model).create(on: tx)
            }
        }
        return missing.count
    }

    public func unit(_ code: String) async throws -> AdministrativeUnit? {
        if let known = OfficialUnitCache.shared.unit(code) { return known }
        let found = try await UnitModel.find(code, on: db).map(Self.unit)
        if let found { OfficialUnitCache.shared.remember(found) }
        return found
    }

    public func requireUnit(_ code: String) async throws -> AdministrativeUnit {
        guard let unit = try await unit(code) else {
            throw AppError.notFound(.unitNotFound, code, vietnamese: "Không tìm thấy đơn vị hành chính có mã \(code).")
        }
        return unit
    }

    /// The province a unit belongs to (itself for a province), walking up at most two levels.
    public func provinceCode(of code: String) async throws -> String? {
        var current = try await unit(code)
        for _ in 0..<3 {
            guard let u = current else { return nil }
            if u.level == .province { return u.code }
            guard let parent = u.parentCode else { return nil }
            current = try await unit(parent)
        }
        return nil
    }

    /// Search without diacritics: the database narrows by every word, `UnitSearch` ranks.
    public func findUnits(_ query: String, limit: Int = 50) async throws -> [AdministrativeUnit] {
        let words = VietnameseText.folded(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        var q = UnitModel.query(on: db)
        for w in words { q = q.filter(\.$foldedName ~~ w) }
        let candidates = try await q.limit(5000).all().map(Self.unit)
        return UnitSearch(units: candidates).find(query, limit: limit)
    }

    public func children(of code: String) async throws -> [AdministrativeUnit] {
        try await UnitModel.query(on: db).filter(\.$parentCode == code).sort(\.$id).all().map(Self.unit)
    }

    /// Villages (thôn) are added by the commune; their code is "<commune>-<n>".
    public func addVillage(commune code: String, name: String, actor: Principal) async throws -> AdministrativeUnit {
        let commune = try await requireUnit(code)
        guard commune.level == .commune else {
            throw AppError(.invalid, code: .unitNotCommune, message: "villages belong to a commune, '\(code)' is not one",
                           vietnamese: "Chỉ thêm thôn vào một xã, phường hoặc đặc khu.")
        }
        guard AccessPolicy.canManageCommune(actor, unitCode: code) else {
            throw AppError.forbidden("only the commune's admin adds villages")
        }
        let clean = VietnameseText.normalized(name)
        guard !clean.isEmpty else {
            throw AppError(.invalid, code: .unitNameEmpty, message: "the village name is empty",
                           vietnamese: "Tên thôn không được để trống.")
        }
        let siblings = try await children(of: code)
        if siblings.contains(where: { VietnameseText.folded($0.name) == VietnameseText.folded(clean) }) {
            throw AppError(.conflict, code: .unitDuplicate, message: "'\(clean)' already exists in \(code)",
                           vietnamese: "Thôn \"\(clean)\" đã có trong \(commune.fullName).")
        }
        let next = (siblings.compactMap { Int($0.code.split(separator: "-").last ?? "") }.max() ?? 0) + 1
        let village = AdministrativeUnit(code: "\(code)-\(next)", name: clean, fullName: "Thôn \(clean)", kind: "thon",
                                         parentCode: code)
        try await db.writeTransaction { tx in
            try await Self.model(village).create(on: tx)
            try await audit(on: tx, actor: actor.username, action: "create", entity: "unit", key: village.code,
                            before: nil, after: Self.json(village))
        }
        return village
    }

    /// The standard departments every commune has, plus those the commune added.
    public func departments(of unitCode: String) async throws -> [Department] {
        let added = try await DepartmentModel.query(on: db).filter(\.$unitCode == unitCode).sort(\.$name).all()
        var result = Department.standard
        for d in added where Department.match(d.name, in: result.map(\.name)) == nil {
            result.append(Department(name: d.name, kind: Department.Kind(rawValue: d.kind) ?? .department))
        }
        return result
    }

    public func addDepartment(unitCode: String, name: String, kind: Department.Kind, actor: Principal) async throws -> Department {
        _ = try await requireUnit(unitCode)
        guard AccessPolicy.canManageCommune(actor, unitCode: unitCode) else {
            throw AppError.forbidden("only the commune's admin adds departments")
        }
        let clean = VietnameseText.normalized(name)
        guard !clean.isEmpty else {
            throw AppError(.invalid, code: .departmentNameEmpty, message: "the department name is empty",
                           vietnamese: "Tên phòng, ban không được để trống.")
        }
        if Department.match(clean, in: try await departments(of: unitCode).map(\.name)) != nil {
            throw AppError(.conflict, code: .departmentDuplicate, message: "'\(clean)' already exists",
                           vietnamese: "\"\(clean)\" đã có trong danh sách.")
        }
        let m = DepartmentModel()
        m.unitCode = unitCode
        m.name = clean
        m.kind = kind.rawValue
        let department = Department(name: clean, kind: kind)
        try await db.writeTransaction { tx in
            try await m.create(on: tx)
            try await audit(on: tx, actor: actor.username, action: "create", entity: "department",
                            key: "\(unitCode)/\(clean)", before: nil, after: Self.json(department))
        }
        return department
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
