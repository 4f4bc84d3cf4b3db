import Foundation

/// Whether a bigger figure is better (most shares) or a smaller one (ranks: "Xếp hạng … < 70").
public enum Direction: String, Sendable, Codable, CaseIterable {
    case higher
    case lower
}

/// How a figure is measured; decides formatting and how targets read.
public enum UnitKind: String, Sendable, Codable, CaseIterable {
    case percent
    case rank
    case index
    case count
    /// Short text: document numbers, telecom providers ("VNPT, Viettel").
    case text
    /// Có / Không: "Bộ phận Một cửa có máy scan".
    case yesNo = "yes_no"

    /// Figures judged against a target; a yes/no or a text is stated, never judged.
    public var isNumeric: Bool { self != .text && self != .yesNo }
}

/// A national (or provincial) set of indicators: a strategy, a resolution's appendix, a plan's milestone table.
public struct IndicatorFramework: Sendable, Codable, Equatable, Identifiable {
    public var code: String
    public var name: String
    public var legalBasis: String
    public var milestones: [Int]
    public var id: String { code }

    public init(code: String, name: String, legalBasis: String, milestones: [Int]) {
        self.code = code
        self.name = name
        self.legalBasis = legalBasis
        self.milestones = milestones
    }
}

/// One indicator (chỉ tiêu) with its national targets by milestone year.
public struct Indicator: Sendable, Codable, Equatable, Identifiable {
    public var code: String
    public var frameworkCode: String
    /// Number as the source document writes it ("7.1", "14").
    public var number: String
    public var group: String?
    public var name: String
    /// Unit as written ("%", "Thứ bậc", "% GDP").
    public var unit: String
    public var unitKind: UnitKind
    public var direction: Direction
    /// Lead body first, partners after.
    public var owners: [String]
    public var output: String?
    public var note: String?
    /// Milestone year → target as written.
    public var targets: [Int: Target]
    /// How a report states the figure, variables in braces (`FigureSentence`). The first whose
    /// variables the figure has is used; for a yes/no figure the first is "yes", the second "no".
    public var sentences: [String]
    /// The unit (province or commune) whose own figure this is; nil for the national and XaSo sets.
    public var scopeUnitCode: String?
    /// Milestone year → the level its target comes from, where not national (`TargetLevel`).
    public var targetLevels: [Int: TargetLevel] = [:]
    public var id: String { code }

    public init(code: String, frameworkCode: String, number: String, group: String? = nil, name: String,
                unit: String, unitKind: UnitKind, direction: Direction, owners: [String],
                output: String? = nil, note: String? = nil, targets: [Int: Target] = [:],
                sentences: [String] = [], scopeUnitCode: String? = nil) {
        self.code = code
        self.frameworkCode = frameworkCode
        self.number = number
        self.group = group
        self.name = name
        self.unit = unit
        self.unitKind = unitKind
        self.direction = direction
        self.owners = owners
        self.output = output
        self.note = note
        self.targets = targets
        self.sentences = sentences
        self.scopeUnitCode = scopeUnitCode
    }

    public var leadOwner: String? { owners.first }

    /// The target that applies to a period of `year`: the first milestone at or after that year
    /// (a "-" there means no target that year); past the last milestone its target carries on.
    public func milestoneYear(for year: Int) -> Int? {
        let years = targets.keys.sorted()
        return years.first(where: { $0 >= year }) ?? years.last
    }

    public func target(forYear year: Int) -> Target? {
        milestoneYear(for: year).flatMap { targets[$0] }
    }
}
