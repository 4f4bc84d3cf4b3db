import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Find a unit by name without diacritics and open it. Unit names are public; what a link opens
/// is checked by the page it leads to.
enum UnitsPage {
    static func handle(_ req: Request) async throws -> Response {
        _ = try req.webPrincipal
        let model = try await query(req.query[String.self, at: "q"] ?? "", store: req.store)
        return WebResponse.page(view(model, ctx: PageContext(req, active: .units)))
    }

    /// The search as typed and the units it found (none before anything is typed).
    struct Model: Sendable {
        var query: String
        var units: [AdministrativeUnit]
    }

    static func query(_ q: String, store: some UnitStorage) async throws -> Model {
        Model(query: q, units: q.isEmpty ? [] : try await store.findUnits(q, limit: 50))
    }

    static func view(_ m: Model, ctx: PageContext) -> Node {
        Layout.document(title: L.unitsTitle, ctx: ctx) {
            H.h1 { L.unitsTitle }
            H.form(.method("get"), .action(WebPath.units()), .class("picker"), .role("search")) {
                H.label(.for("unit-q")) { L.unitSearch }
                H.input(.type("search"), .id("unit-q"), .name("q"), .value(m.query), .autofocus)
                H.button(.type("submit")) { L.search }
            }
            if !m.query.isEmpty && m.units.isEmpty { H.p(.class("muted")) { L.noUnitsFound } }
            if !m.units.isEmpty {
                H.ul(.id("units")) {
                    for u in m.units {
                        H.li {
                            H.a(.href(u.level == .province ? WebPath.province(u.code) : WebPath.dashboard(u.code))) { u.fullName }
                            H.small(.class("muted")) { " · \(u.code)" }
                        }
                    }
                }
            }
        }
    }
}
