import Foundation
import XaSoCore

/// Small pieces several pages share.
enum Components {
    /// A verdict as a coloured badge that also says it in words (colour is never the only signal).
    static func verdictBadge(_ v: Verdict) -> Node {
        H.span(.class("badge v-\(v.rawValue)")) { v.vietnamese }
    }

    static func stateBadge(_ s: ValueState) -> Node {
        H.span(.class("state s-\(s.rawValue)")) { s.vietnamese }
    }

    /// A wide table scrolls sideways on a phone; focusable so the keyboard can scroll it too.
    static func tableWrap(label: String, @NodeBuilder _ content: () -> [Node]) -> Node {
        H.div(.class("table-wrap"), .role("region"), .aria("label", label), .tabindex(0)) { content() }
    }

    /// Every problem of a refused upload, by row and column, in the file's own words (both import pages).
    static func importIssues(_ issues: [ImportIssue]) -> Node {
        DataTable(rows: issues, columns: [
            .init(L.row, .numeric) { String($0.row) },
            .init(L.field) { $0.field },
            .init(L.valueColumn) { $0.value },
            .init(L.message) { $0.message },
        ], id: "import-issues", label: L.previewTitle).node
    }

    /// GET form choosing the period (and framework): works without JavaScript.
    /// `today`: the periods offered reach up to it (a model carries it, so a view is the same every day).
    static func periodPicker(action: String, selected: ReportingPeriod, frameworks: [IndicatorFramework]?,
                             framework: String?, today: LocalDay = LocalDay(date: Date())) -> Node {
        H.form(.method("get"), .action(action), .class("picker")) {
            H.label(.for("period")) { L.period }
            H.select(.id("period"), .name("period"), .data("autosubmit", "1")) {
                for p in PeriodChoices.around(selected, today: today) {
                    H.option(.value(p.description), .when(p == selected, .selected)) { L.periodTitle(p) }
                }
            }
            if let frameworks {
                H.label(.for("framework")) { L.framework }
                H.select(.id("framework"), .name("framework"), .data("autosubmit", "1")) {
                    H.option(.value(""), .when(framework == nil, .selected)) { L.allFrameworks }
                    for f in frameworks {
                        H.option(.value(f.code), .when(f.code == framework, .selected)) { "\(f.code) – \(short(f.name))" }
                    }
                }
            }
            H.button(.type("submit")) { L.show }
        }
    }

    static func short(_ s: String, _ n: Int = 48) -> String {
        s.count <= n ? s : String(s.prefix(n - 1)) + "…"
    }

    /// "+5" / "-3,5" with the unit's sign, for a change since the previous period.
    static func signed(_ v: Double, unitKind: UnitKind) -> String {
        let digits = unitKind == .index ? 2 : 1
        let text = VietnameseFormat.number(abs(v), maxFractionDigits: digits)
        if text == "0" { return "0" }
        let suffix = unitKind == .percent ? " điểm %" : ""
        return (v > 0 ? "+" : "−") + text + suffix
    }
}

/// The periods offered in the pickers: quarters, halves, nine months and years around the one shown.
enum PeriodChoices {
    static func around(_ selected: ReportingPeriod, today: LocalDay = LocalDay(date: Date())) -> [ReportingPeriod] {
        var result: [ReportingPeriod] = []
        let lastYear = max(today.year, selected.year)
        for year in stride(from: lastYear, through: min(selected.year, today.year) - 2, by: -1) {
            result += [.year(year), .quarter(4, year), .nineMonths(year), .quarter(3, year), .half(2, year),
                       .half(1, year), .quarter(2, year), .quarter(1, year)]
        }
        if !result.contains(selected) { result.insert(selected, at: 0) }
        return result
    }

    /// The quarter a date falls in: the period figures are being entered for.
    static func current(_ today: LocalDay = LocalDay(date: Date())) -> ReportingPeriod {
        .quarter((today.month - 1) / 3 + 1, today.year)
    }
}
