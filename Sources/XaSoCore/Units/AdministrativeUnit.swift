import Foundation

public enum UnitLevel: String, Sendable, Codable, CaseIterable {
    case province
    case commune
    case village
}

/// A province or city, a commune, ward or special zone, or a village (thôn) a commune adds.
public struct AdministrativeUnit: Sendable, Codable, Equatable, Identifiable {
    /// Official code (2 digits for a province, 5 for a commune; villages get "<commune>-<n>").
    public var code: String
    public var name: String
    public var fullName: String
    /// tinh, thanh_pho, xa, phuong, dac_khu, thon.
    public var kind: String
    public var parentCode: String?
    public var id: String { code }

    public init(code: String, name: String, fullName: String, kind: String, parentCode: String?) {
        self.code = code
        self.name = name
        self.fullName = fullName
        self.kind = kind
        self.parentCode = parentCode
    }

    public var level: UnitLevel {
        switch kind {
        case "tinh", "thanh_pho": return .province
        case "thon": return .village
        default: return .commune
        }
    }

    /// "ỦY BAN NHÂN DÂN" is issued by a commune as "XÃ NGHI DƯƠNG" / "PHƯỜNG …".
    public var upperCasedFullName: String { fullName.uppercased() }
}

/// The official list shipped with XaSo (scripts/units/regenerate.py makes it).
public enum UnitCatalog {
    private struct Row: Decodable {
        let code: String
        let name: String
        let full_name: String
        let kind: String
        let parent_code: String?
    }

    public static func official() throws -> [AdministrativeUnit] {
        guard let url = Bundle.module.url(forResource: "units", withExtension: "json") else {
            throw CatalogError.missingResource("units.json")
        }
        let rows = try JSONDecoder().decode([Row].self, from: Data(contentsOf: url))
        return rows.map {
            AdministrativeUnit(code: $0.code, name: VietnameseText.normalized($0.name),
                               fullName: VietnameseText.normalized($0.full_name), kind: $0.kind,
                               parentCode: $0.parent_code)
        }
    }
}

public enum CatalogError: Error, Equatable, Sendable {
    case missingResource(String)
}

/// Finds units by name without diacritics: every word typed must begin a word of the name
/// ("nghi duong" → "Nghi Dương"; "hai phong" → "Hải Phòng").
public struct UnitSearch: Sendable {
    private let entries: [(key: String, unit: AdministrativeUnit)]

    public init(units: [AdministrativeUnit]) {
        entries = units.map { (VietnameseText.folded($0.fullName), $0) }
    }

    public func find(_ query: String, limit: Int = 50) -> [AdministrativeUnit] {
        let words = VietnameseText.folded(query).split(separator: " ")
        guard !words.isEmpty else { return [] }
        var scored: [(score: Int, unit: AdministrativeUnit)] = []
        for entry in entries {
            let nameWords = entry.key.split(separator: " ")
            guard words.allSatisfy({ w in nameWords.contains(where: { $0.hasPrefix(w) }) }) else { continue }
            // Exact name first, then provinces, then shorter names.
            let folded = VietnameseText.folded(entry.unit.name)
            var score = 0
            if folded == words.joined(separator: " ") { score -= 100 }
            if entry.unit.level == .province { score -= 10 }
            score += nameWords.count
            scored.append((score, entry.unit))
        }
        return scored.sorted { ($0.score, $0.unit.code) < ($1.score, $1.unit.code) }.prefix(max(limit, 0)).map(\.unit)
    }
}
