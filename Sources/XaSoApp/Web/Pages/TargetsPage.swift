import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Targets as written ("> 50%", "Top 50 của thành phố"): national ones by an admin, a commune's own by
/// its admin, a province's own by its officers. `store.setTarget` parses the text and checks who may set what.
enum TargetsPage {
    // MARK: national (admin)

    static func national(_ req: Request) async throws -> Response {
        let p = try req.webPrincipal
        guard AccessPolicy.canEditFrameworks(p) else { throw AppError.forbidden("only an admin edits national targets") }
        let model = try await nationalQuery(indicator: try req.parameter("indicator"), store: req.store)
        let saved = req.query[Int.self, at: "saved"]
        return WebResponse.page(nationalView(model, ctx: PageContext(req, active: .frameworks, notice: saved.map(L.targetsSaved))))
    }

    static func nationalQuery(indicator code: String, store: some FrameworkStorage) async throws -> NationalTargetsModel {
        let ind = try await store.indicator(code)
        return NationalTargetsModel(indicator: ind, years: try await years(of: ind, store: store))
    }

    static func saveNational(_ req: Request) async throws -> Response {
        let p = try req.webPrincipal
        let ind = try await req.store.indicator(try req.parameter("indicator"))
        let form = try req.content.decode([String: String].self)
        var saved = 0
        for y in try await years(of: ind, store: req.store) {
            let text = VietnameseText.normalized(form["target-\(y)"] ?? "")
            guard !text.isEmpty, text != ind.targets[y]?.text else { continue }
            _ = try await req.store.setTarget(indicator: ind.code, year: y, text: text, unitCode: nil, actor: p)
            saved += 1
        }
        return WebResponse.seeOther(WebPath.nationalTargets(ind.code, extra: ["saved": String(saved)]))
    }

    static func years(of ind: Indicator, store: some FrameworkStorage) async throws -> [Int] {
        let milestones = try await store.frameworks().first { $0.code == ind.frameworkCode }?.milestones ?? []
        return Set(milestones).union(ind.targets.keys).sorted()
    }

    static func nationalView(_ m: NationalTargetsModel, ctx: PageContext) -> Node {
        let ind = m.indicator
        return Layout.document(title: L.editTargetsTitle(ind.code), ctx: ctx) {
            H.p(.class("muted")) { H.a(.href(WebPath.framework(ind.frameworkCode))) { ind.frameworkCode } }
            H.h1 { L.editTargetsTitle(ind.code) }
            H.p { "\(ind.number). \(ind.name)" }
            H.p(.class("muted"), .id("targets-hint")) { L.targetsHint }
            H.form(.method("post"), .action(WebPath.nationalTargets(ind.code)), .class("card")) {
                ctx.csrfField
                for y in m.years {
                    H.div(.class("field")) {
                        H.label(.for("target-\(y)")) { "\(L.milestone) \(y)" }
                        H.input(.type("text"), .id("target-\(y)"), .name("target-\(y)"), .value(ind.targets[y]?.text ?? ""),
                                .aria("describedby", "targets-hint"))
                    }
                }
                H.button(.type("submit")) { L.save }
            }
        }
    }

    // MARK: a unit's own (a commune's admin, a province's officers)

    /// A unit's own targets: a commune's by its admin, a province's (applied to all its communes) by
    /// the province's officers — the rule the API and the CLI apply (`AccessPolicy.canSetTargets`).
    static func communeContext(_ req: Request) async throws -> (Principal, AdministrativeUnit) {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        let unit = try await req.store.requireUnit(code)
        guard AccessPolicy.canSetTargets(p, unitCode: code, isProvince: unit.level == .province) else {
            throw AppError.forbidden(unit.level == .province ? "only the province's officers set its targets"
                                                            : "only the commune's admin sets its targets")
        }
        return (p, unit)
    }

    static func commune(_ req: Request) async throws -> Response {
        let (_, unit) = try await communeContext(req)
        let model = try await communeQuery(unit: unit, framework: req.query[String.self, at: "framework"], store: req.store)
        let notice = req.query[Int.self, at: "saved"].map(L.targetsSaved)
        return WebResponse.page(communeView(model, ctx: PageContext(req, active: .targets, notice: notice)))
    }

    /// `framework`: as asked for; none (or empty): the first framework.
    static func communeQuery(unit: AdministrativeUnit, framework asked: String?,
                             store: some FrameworkStorage & TargetStorage) async throws -> UnitTargetsModel {
        let frameworks = try await store.frameworks()
        let framework = asked.flatMap { $0.isEmpty ? nil : $0 } ?? frameworks.first?.code ?? ""
        return UnitTargetsModel(unit: unit, frameworks: frameworks, framework: framework,
                                national: try await store.indicators(framework: framework),
                                own: try await store.communeTargets(unitCode: unit.code))
    }

    static func communeView(_ m: UnitTargetsModel, ctx: PageContext) -> Node {
        let unit = m.unit
        let isProvince = unit.level == .province
        let title = isProvince ? L.provinceTargetsTitle(unit.fullName) : L.communeTargetsTitle(unit.fullName)
        return Layout.document(title: title, ctx: ctx) {
            H.h1 { title }
            H.form(.method("get"), .action(WebPath.communeTargets(unit.code)), .class("picker")) {
                H.label(.for("framework")) { L.framework }
                H.select(.id("framework"), .name("framework"), .data("autosubmit", "1")) {
                    for f in m.frameworks {
                        H.option(.value(f.code), .when(f.code == m.framework, .selected)) { "\(f.code) – \(Components.short(f.name))" }
                    }
                }
                H.button(.type("submit")) { L.show }
            }
            H.p(.class("muted"), .id("targets-hint")) { (isProvince ? L.provinceTargetsHint : L.communeTargetsHint) + " " + L.targetsHint }
            H.form(.method("post"), .action(WebPath.communeTargets(unit.code))) {
                ctx.csrfField
                H.input(.type("hidden"), .name("framework"), .value(m.framework))
                DataTable(rows: m.national, columns: columns(m), label: title).node
                H.div(.class("actions")) { H.button(.type("submit")) { L.save } }
            }
        }
    }

    /// The indicator, then a box per milestone year: the national target above, the unit's own inside.
    static func columns(_ m: UnitTargetsModel) -> [DataTable<Indicator>.Column] {
        typealias Column = DataTable<Indicator>.Column
        return [Column(L.indicatorColumn, rowHeader: true) { n in "\(n.number). \(Components.short(n.name, 90))" }]
            + m.years.map { y in
                Column("\(L.milestone) \(y)") { n in
                    let id = "t-\(n.code)-\(y)"
                    H.label(.for(id), .class("muted")) { "\(L.nationalTarget): \(n.targets[y]?.text ?? L.noValue)" }
                    H.input(.type("text"), .id(id), .name(id), .value(m.own[n.code]?[y]?.text ?? ""),
                            .aria("describedby", "targets-hint"))
                }
            }
    }

    static func saveCommune(_ req: Request) async throws -> Response {
        let (p, unit) = try await communeContext(req)
        let form = try req.content.decode([String: String].self)
        let framework = form["framework"] ?? ""
        let national = try await req.store.indicators(framework: framework)
        let years = try await req.store.frameworks().first { $0.code == framework }?.milestones ?? []
        // The commune's own targets as stored, not as they show through over the national ones.
        let own = try await req.store.communeTargets(unitCode: unit.code)
        var saved = 0
        for n in national {
            for y in years {
                guard let submitted = form["t-\(n.code)-\(y)"] else { continue }
                let text = VietnameseText.normalized(submitted)
                if text.isEmpty {
                    // An emptied box takes the commune's own target away: the national one applies again.
                    guard own[n.code]?[y] != nil else { continue }
                    try await req.store.removeTarget(indicator: n.code, year: y, unitCode: unit.code, actor: p)
                } else {
                    guard text != own[n.code]?[y]?.text else { continue }
                    _ = try await req.store.setTarget(indicator: n.code, year: y, text: text, unitCode: unit.code, actor: p)
                }
                saved += 1
            }
        }
        return WebResponse.seeOther(WebPath.communeTargets(unit.code, framework: framework, extra: ["saved": String(saved)]))
    }
}
