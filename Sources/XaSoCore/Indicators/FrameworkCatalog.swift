import Foundation

/// The national indicator sets shipped with XaSo, transcribed from the reference documents
/// (docs/frameworks.md says where each row comes from).
public struct FrameworkCatalog: Sendable {
    public var frameworks: [IndicatorFramework]
    public var indicators: [Indicator]
    /// Framework code → the province whose plan sets its targets ("NQ71" → "31", Hải Phòng): its
    /// targets are that province's, not national (`TargetLevel`).
    public var targetScopes: [String: String] = [:]

    private struct File: Decodable {
        struct Framework: Decodable {
            let code: String
            let name: String
            let legal_basis: String
            let milestones: [Int]
            let indicators: [Row]
            let target_scope: String?
        }
        struct Row: Decodable {
            let code: String
            let number: String
            let group: String?
            let name: String
            let unit: String
            let unit_kind: String
            let direction: String
            let owners: [String]
            let output: String?
            let targets: [String: String]
            let note: String?
            let sentences: [String]?
        }
        let frameworks: [Framework]
    }

    /// The national sets, then the figures other national rules need entered (Decision 766's parts
    /// the dossier ledger cannot count), then XaSo's own sets of the figures reports state in
    /// sentences (XS-CCHC, XS-CDS), each in its own resource file.
    public static func official() throws -> FrameworkCatalog {
        var catalog = FrameworkCatalog(frameworks: [], indicators: [])
        for name in ["frameworks", "framework-dvc766", "framework-xaso"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "json") else {
                throw CatalogError.missingResource(name + ".json")
            }
            let part = try decode(Data(contentsOf: url))
            catalog.frameworks += part.frameworks
            catalog.indicators += part.indicators
            catalog.targetScopes.merge(part.targetScopes) { a, _ in a }
        }
        return catalog
    }

    public static func decode(_ data: Data) throws -> FrameworkCatalog {
        let file = try JSONDecoder().decode(File.self, from: data)
        var frameworks: [IndicatorFramework] = []
        var indicators: [Indicator] = []
        var scopes: [String: String] = [:]
        for f in file.frameworks {
            if let scope = f.target_scope { scopes[f.code] = scope }
            frameworks.append(IndicatorFramework(code: f.code, name: VietnameseText.normalized(f.name),
                                                 legalBasis: VietnameseText.normalized(f.legal_basis),
                                                 milestones: f.milestones))
            for r in f.indicators {
                var targets: [Int: Target] = [:]
                for (year, text) in r.targets {
                    if let y = Int(year) { targets[y] = Target(parsing: text) }
                }
                indicators.append(Indicator(
                    code: r.code, frameworkCode: f.code, number: r.number, group: r.group,
                    name: VietnameseText.normalized(r.name), unit: r.unit,
                    unitKind: UnitKind(rawValue: r.unit_kind) ?? .text,
                    direction: Direction(rawValue: r.direction) ?? .higher,
                    owners: r.owners, output: r.output, note: r.note, targets: targets,
                    sentences: (r.sentences ?? []).map(VietnameseText.normalized)))
                if f.target_scope != nil {
                    for year in targets.keys { indicators[indicators.count - 1].targetLevels[year] = .province }
                }
            }
        }
        var catalog = FrameworkCatalog(frameworks: frameworks, indicators: indicators)
        catalog.targetScopes = scopes
        return catalog
    }
}
