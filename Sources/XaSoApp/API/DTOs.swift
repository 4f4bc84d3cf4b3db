import Foundation
import Vapor
import XaSoCore

/// What the API and CLI speak: snake_case JSON kept apart from the domain and storage types.
struct UnitDTO: Content, Equatable {
    var code: String
    var name: String
    var full_name: String
    var level: String
    var kind: String
    var parent_code: String?

    init(_ u: AdministrativeUnit) {
        code = u.code
        name = u.name
        full_name = u.fullName
        level = u.level.rawValue
        kind = u.kind
        parent_code = u.parentCode
    }
}

struct FrameworkDTO: Content, Equatable {
    var code: String
    var name: String
    var legal_basis: String
    var milestones: [Int]

    init(_ f: IndicatorFramework) {
        code = f.code
        name = f.name
        legal_basis = f.legalBasis
        milestones = f.milestones
    }
}

struct IndicatorDTO: Content, Equatable {
    var code: String
    var framework: String
    var number: String
    var group: String?
    var name: String
    var unit: String
    var unit_kind: String
    var direction: String
    var owner: String?
    var owners: [String]
    var targets: [String: String]
    /// The sentence(s) a report states the figure in.
    var sentences: [String]
    /// The province or commune whose own figure this is; absent for national and XaSo sets.
    var scope_unit_code: String?

    init(_ i: Indicator) {
        code = i.code
        framework = i.frameworkCode
        number = i.number
        group = i.group
        name = i.name
        unit = i.unit
        unit_kind = i.unitKind.rawValue
        direction = i.direction.rawValue
        owner = i.leadOwner
        owners = i.owners
        targets = Dictionary(uniqueKeysWithValues: i.targets.map { (String($0.key), $0.value.text) })
        sentences = i.sentences
        scope_unit_code = i.scopeUnitCode
    }
}

struct EvaluationDTO: Content, Equatable {
    var indicator_code: String
    var indicator_name: String
    var unit: String
    var value: Double?
    var approximate: Bool
    var value_text: String?
    var target: String?
    var target_year: Int?
    /// Whose target applied: national, province or commune.
    var target_level: String?
    /// As officials write it: "Đạt, vượt mục tiêu", "Đạt mục tiêu", "Tiệm cận mục tiêu", "Chưa đạt", …
    var verdict: String
    /// Stable: exceeded, met, approaching, not_met, no_target, no_data.
    var verdict_code: String
    var gap: Double?
    var previous_value: Double?
    var change: Double?
    var trend: String?
    var note: String?

    init(_ e: Evaluation) {
        indicator_code = e.indicator.code
        indicator_name = e.indicator.name
        unit = e.indicator.unit
        value = e.value?.number
        approximate = e.value?.approximate ?? false
        value_text = e.value?.formatted(unitKind: e.indicator.unitKind)
        target = e.target?.text
        target_year = e.targetYear
        target_level = e.targetLevel?.rawValue
        verdict = e.verdict.vietnamese
        verdict_code = e.verdict.rawValue
        gap = e.gap.map { ($0 * 1000).rounded() / 1000 }
        previous_value = e.previousValue?.number
        change = e.change.map { ($0 * 1000).rounded() / 1000 }
        trend = e.trend?.rawValue
        note = e.note
    }
}

struct ValueDTO: Content, Equatable {
    var unit_code: String
    var indicator_code: String
    var period: String
    var value: Double
    var approximate: Bool
    /// A text figure's text (its `value` is 0); absent for numbers.
    var text: String?
    var numerator: Double?
    var denominator: Double?
    var reporting_body: String?
    var note: String?
    var state: String
    var entered_by: String?
    var entered_at: Date?
    var source: String?

    init(_ v: IndicatorValue) {
        unit_code = v.unitCode
        indicator_code = v.indicatorCode
        period = v.period.description
        value = v.value.number
        approximate = v.value.approximate
        text = v.value.text
        numerator = v.numerator
        denominator = v.denominator
        reporting_body = v.reportingBody
        note = v.note
        state = v.state.rawValue
        entered_by = v.enteredBy
        entered_at = v.enteredAt
        source = v.source
    }
}

/// One figure sent through the API: `value` as a number or as officials write it ("~15%", "36,7%").
struct ValueInput: Content {
    var indicator_code: String
    var period: String
    var value: String
    var numerator: Double?
    var denominator: Double?
    var reporting_body: String?
    var note: String?
}

struct UserDTO: Content, Equatable {
    var username: String
    var role: String
    var unit_code: String?
    var department: String?
}

struct DepartmentDTO: Content, Equatable {
    var name: String
    var kind: String
}

extension ValueInput {
    enum CodingKeys: String, CodingKey {
        case indicator_code, period, value, numerator, denominator, reporting_body, note
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indicator_code = try c.decode(String.self, forKey: .indicator_code)
        period = try c.decode(String.self, forKey: .period)
        if let number = try? c.decode(Double.self, forKey: .value) {
            value = String(number)
        } else {
            value = try c.decode(String.self, forKey: .value)
        }
        numerator = try c.decodeIfPresent(Double.self, forKey: .numerator)
        denominator = try c.decodeIfPresent(Double.self, forKey: .denominator)
        reporting_body = try c.decodeIfPresent(String.self, forKey: .reporting_body)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}

/// A target as written and the comparison XaSo read from it.
struct TargetDTO: Content, Equatable {
    var text: String
    /// none, reach, at_least, above, at_most, below, range, approximately, top, qualitative.
    var comparison: String
    var bound: Double?

    init(_ t: Target) {
        text = t.text
        bound = t.comparison.bound
        switch t.comparison {
        case .none: comparison = "none"
        case .reach: comparison = "reach"
        case .atLeast: comparison = "at_least"
        case .above: comparison = "above"
        case .atMost: comparison = "at_most"
        case .below: comparison = "below"
        case .range: comparison = "range"
        case .approximately: comparison = "approximately"
        case .top: comparison = "top"
        case .qualitative: comparison = "qualitative"
        }
    }
}
