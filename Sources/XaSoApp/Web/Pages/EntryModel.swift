import Foundation
import XaSoCore

/// The entry form's rows: the indicators this user may write for the commune, with what is stored,
/// what was typed and what is wrong with it. Built and checked without HTTP.
struct EntryModel: Sendable {
    struct Row: Sendable {
        var indicator: Indicator
        var stored: IndicatorValue?
        var valueText: String
        var noteText: String
        var error: String?
        var reviewComment: String?
    }

    struct Group: Sendable {
        var framework: IndicatorFramework
        var rows: [Row]
    }

    var unit: AdministrativeUnit
    var period: ReportingPeriod
    var frameworks: [IndicatorFramework]
    var framework: String?
    var groups: [Group]
    var onlyOwnDepartment: Bool
    /// The period's data-quality flags of the commune, shown under the form once figures are saved.
    var quality: QualityModel? = nil
    /// The period picker offers periods up to this day.
    var today = LocalDay(date: Date())

    var errorCount: Int { groups.reduce(0) { $0 + $1.rows.filter { $0.error != nil }.count } }
    var rows: [Row] { groups.flatMap(\.rows) }

    static func valueField(_ code: String) -> String { "value-" + code }
    static func noteField(_ code: String) -> String { "note-" + code }

    /// `indicators` are those of the chosen framework(s); only the ones `principal` may write are kept.
    static func build(unit: AdministrativeUnit, period: ReportingPeriod, principal: Principal,
                      frameworks: [IndicatorFramework], framework: String?, indicators: [Indicator],
                      stored: [IndicatorValue], comments: [String: String],
                      typed: [String: String] = [:], errors: [String: String] = [:]) -> EntryModel {
        let byCode = Dictionary(stored.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        var groups: [Group] = []
        for f in frameworks where framework == nil || framework == f.code {
            let rows = indicators.filter {
                $0.frameworkCode == f.code
                    && AccessPolicy.canWriteValue(principal, unitCode: unit.code, indicatorOwners: $0.owners)
            }.map { ind -> Row in
                let v = byCode[ind.code]
                return Row(indicator: ind, stored: v,
                           valueText: typed[valueField(ind.code)] ?? v?.value.formatted(unitKind: ind.unitKind) ?? "",
                           noteText: typed[noteField(ind.code)] ?? v?.note ?? "",
                           error: errors[ind.code], reviewComment: comments[ind.code])
            }
            if !rows.isEmpty { groups.append(Group(framework: f, rows: rows)) }
        }
        return EntryModel(unit: unit, period: period, frameworks: frameworks, framework: framework, groups: groups,
                          onlyOwnDepartment: principal.role == .departmentOfficer)
    }

    struct Outcome: Sendable {
        /// Figures to store (new or changed), as the store takes them.
        var changed: [IndicatorValue]
        /// Indicator code → Vietnamese message, for the fields that cannot be read.
        var errors: [String: String]
    }

    /// Reads the typed figures: empty fields are left alone, unchanged ones are not stored again
    /// (storing would send an approved figure back to draft).
    static func read(form: [String: String], rows: [Row], period: ReportingPeriod, unitCode: String,
                     actor: String, now: Date) -> Outcome {
        var changed: [IndicatorValue] = []
        var errors: [String: String] = [:]
        for row in rows {
            let code = row.indicator.code
            guard let raw = form[valueField(code)] else { continue }
            let text = VietnameseText.normalized(raw)
            let note = VietnameseText.normalized(form[noteField(code)] ?? "")
            if text.isEmpty { continue }
            guard let measured = MeasuredValue.parse(text, unitKind: row.indicator.unitKind) else {
                errors[code] = L.invalidValue(text)
                continue
            }
            if let s = row.stored, s.value == measured, (s.note ?? "") == note { continue }
            var v = row.stored ?? IndicatorValue(unitCode: unitCode, indicatorCode: code, period: period, value: measured)
            v.value = measured
            v.note = note.isEmpty ? nil : note
            if let problem = FigureRules.problems(of: v, unitKind: row.indicator.unitKind).first {
                errors[code] = L.figureProblem(text, problem.vietnamese)
                continue
            }
            v.state = .draft
            v.enteredBy = actor
            v.enteredAt = now
            v.source = nil
            changed.append(v)
        }
        return Outcome(changed: changed, errors: errors)
    }
}
