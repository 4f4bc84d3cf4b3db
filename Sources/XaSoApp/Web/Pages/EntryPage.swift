import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// One form for a period's figures: approximate values ("~15%"), causes, inline messages in
/// Vietnamese, save as draft or submit. A department officer sees only their department's indicators;
/// the store checks every figure again when it is saved.
enum EntryPage {
    static func handle(_ req: Request) async throws -> Response {
        let (p, unit) = try await context(req)
        let period = try req.webPeriod() ?? PeriodChoices.current()
        let framework = try await chosenFramework(req.query[String.self, at: "framework"], principal: p, unit: unit,
                                                  store: req.store)
        let model = try await query(principal: p, unit: unit, period: period, framework: framework, store: req.store)
        var notice: [String] = []
        if let n = req.query[Int.self, at: "saved"] { notice.append(n == 0 ? L.nothingChanged : L.saved(n)) }
        if let n = req.query[Int.self, at: "submitted"], n > 0 { notice.append(L.submitted(n)) }
        if req.query[String.self, at: "checked"] == "1" { notice.append(L.qualityChecked) }
        let ctx = PageContext(req, active: .entry, notice: notice.isEmpty ? nil : notice.joined(separator: " "))
        return WebResponse.page(view(model, ctx: ctx))
    }

    static func save(_ req: Request) async throws -> Response {
        let (p, unit) = try await context(req)
        let form = try req.content.decode([String: String].self)
        let period = try ReportingPeriod.required(form["period"])
        let framework = form["framework"].flatMap { $0.isEmpty ? nil : $0 }
        let model = try await query(principal: p, unit: unit, period: period, framework: framework, store: req.store)
        let outcome = EntryModel.read(form: form, rows: model.rows, period: period, unitCode: unit.code,
                                      actor: p.username, now: Date())
        if !outcome.errors.isEmpty {
            let again = try await query(principal: p, unit: unit, period: period, framework: framework,
                                        typed: form, errors: outcome.errors, store: req.store)
            return WebResponse.page(view(again, ctx: PageContext(req, active: .entry)), status: .unprocessableEntity)
        }
        // Figures the form did not offer (a forged field) are refused by the store with a 403.
        let offered = Set(model.rows.map(\.indicator.code))
        let foreign = form.keys.filter { $0.hasPrefix("value-") && !offered.contains(String($0.dropFirst(6))) }
        if !foreign.isEmpty {
            throw AppError.forbidden("field(s) \(foreign.sorted().joined(separator: ", ")) are not on this form")
        }
        try await req.store.saveValues(outcome.changed, actor: p)
        var submitted = 0
        if form["action"] == "submit" {
            let now = try await req.store.values(unitCode: unit.code, period: period)
            for v in now where offered.contains(v.indicatorCode) && (v.state == .draft || v.state == .returned) {
                _ = try await req.store.transition(unitCode: unit.code, indicator: v.indicatorCode, period: period,
                                                   to: .submitted, actor: p)
                submitted += 1
            }
        }
        return WebResponse.seeOther(WebPath.entry(unit.code, period: period, framework: framework ?? "",
                                                  extra: ["saved": String(outcome.changed.count),
                                                          "submitted": String(submitted)]))
    }

    /// Readers who may write nothing here (viewers, province officers, another commune) get 403.
    static func context(_ req: Request) async throws -> (Principal, AdministrativeUnit) {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        guard AccessPolicy.canEnterValues(p, unitCode: code), unit.level != .province else { throw AppError.forbidden("you may not enter figures for \(code)") }
        return (p, unit)
    }

    /// No `framework` in the address: the first framework with something this user may write;
    /// `framework=` (empty): all of them.
    static func chosenFramework(_ asked: String?, principal: Principal, unit: AdministrativeUnit,
                                store: some FrameworkStorage) async throws -> String? {
        if let f = asked { return f.isEmpty ? nil : f }
        let indicators = try await store.indicators(unitCode: unit.code)
        return indicators.first {
            AccessPolicy.canWriteValue(principal, unitCode: unit.code, indicatorOwners: $0.owners)
        }?.frameworkCode
    }

    static func query(principal: Principal, unit: AdministrativeUnit, period: ReportingPeriod, framework: String?,
                      typed: [String: String] = [:], errors: [String: String] = [:],
                      store: some FrameworkStorage & FigureStorage & QualityStorage & UnitStorage) async throws -> EntryModel {
        let frameworks = try await store.frameworks()
        let indicators = try await store.indicators(framework: framework, unitCode: unit.code)
        let stored = try await store.values(unitCode: unit.code, period: period)
        let comments = try await store.reviewComments(unit: unit.code, period: period)
        var model = EntryModel.build(unit: unit, period: period, principal: principal, frameworks: frameworks,
                                     framework: framework, indicators: indicators, stored: stored, comments: comments,
                                     typed: typed, errors: errors)
        // Flags judge what is stored: none before the first figure is saved.
        if !stored.isEmpty { model.quality = try await QualityPage.query(unit: unit, period: period, principal: principal, store: store) }
        return model
    }

    static func view(_ m: EntryModel, ctx: PageContext) -> Node {
        Layout.document(title: L.entryTitle(m.unit.fullName), ctx: ctx) {
            H.h1 { L.entryTitle(m.unit.fullName) }
            Components.periodPicker(action: WebPath.entry(m.unit.code), selected: m.period, frameworks: m.frameworks,
                                    framework: m.framework, today: m.today)
            H.p { L.entryIntro }
            if m.onlyOwnDepartment { H.p(.class("muted")) { L.entryOnlyYours } }
            if m.errorCount > 0 {
                H.p(.class("error"), .role("alert"), .id("form-errors")) { L.formHasErrors(m.errorCount) }
            }
            if m.groups.isEmpty {
                H.p(.class("muted")) { L.nothingToEnter }
            } else {
                H.form(.method("post"), .action(WebPath.entry(m.unit.code)), .id("entry-form"), .attr("novalidate", nil)) {
                    ctx.csrfField
                    H.input(.type("hidden"), .name("period"), .value(m.period.description))
                    H.input(.type("hidden"), .name("framework"), .value(m.framework ?? ""))
                    for g in m.groups {
                        H.section(.class("card entry"), .aria("labelledby", "eg-\(g.framework.code)")) {
                            H.h2(.id("eg-\(g.framework.code)")) { "\(g.framework.code) – \(g.framework.name)" }
                            H.div(.class("entry-row entry-head"), .attr("aria-hidden", "true")) {
                                H.span { L.indicatorColumn }
                                H.span { L.valueLabel }
                                H.span { L.noteLabel }
                                H.span { L.stateColumn }
                            }
                            for row in g.rows { entryRow(row, period: m.period) }
                        }
                    }
                    H.div(.class("actions")) {
                        H.button(.type("submit"), .name("action"), .value("draft"), .class("secondary")) { L.saveDraft }
                        H.button(.type("submit"), .name("action"), .value("submit")) { L.submit }
                    }
                }
            }
            if let q = m.quality { QualityPage.section(q, ctx: ctx, back: .entry) }
        }
    }

    static func entryRow(_ row: EntryModel.Row, period: ReportingPeriod) -> Node {
        let code = row.indicator.code
        let valueID = EntryModel.valueField(code), noteID = EntryModel.noteField(code), errorID = "err-" + code
        let target = row.indicator.target(forYear: period.year)
        return H.div(.class("entry-row"), .id("entry-" + code)) {
            H.div(.class("what")) {
                H.label(.for(valueID)) { "\(row.indicator.number). \(row.indicator.name)" }
                H.small {
                    "\(L.targetColumn): \(target?.text ?? L.noValue) · \(L.unit): \(row.indicator.unit) · \(L.leadBody): \(row.indicator.leadOwner ?? L.noValue)"
                }
                if let c = row.reviewComment, row.stored?.state == .returned {
                    H.small(.class("s-returned")) { L.returnedBecause(c) }
                }
            }
            H.div(.class("field")) {
                H.input(.type("text"), .id(valueID), .name(valueID), .value(row.valueText), .inputmode("decimal"),
                        .placeholder(L.valueHint), .autocomplete("off"), .aria("describedby", errorID),
                        .data("figure", L.invalidValue("%@")),
                        row.error == nil ? nil : .aria("invalid", "true"))
                H.p(.class("field-error"), .id(errorID), .attr("aria-live", "polite")) { row.error ?? "" }
            }
            H.div(.class("field")) {
                H.label(.for(noteID), .class("muted")) { L.noteLabel }
                H.textarea(.id(noteID), .name(noteID), .rows(2), .maxlength(2000)) { row.noteText }
            }
            H.div { row.stored.map { Components.stateBadge($0.state) } ?? Node.text(L.noValue) }
        }
    }
}
