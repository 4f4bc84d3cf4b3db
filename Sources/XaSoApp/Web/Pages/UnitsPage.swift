import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// Find a unit by name without diacritics and open it. Unit names are public; what a link opens
/// is checked by the page it leads to.
enum UnitsPage {
    static func handle(_ req: Request) async throws -> Response {
        _ = try req.webPrincipal
        let q = req.query[String.self, at: "q"] ?? ""
        let units = q.isEmpty ? [] : try await req.store.findUnits(q, limit: 50)
        let doc = Layout.document(title: L.unitsTitle, ctx: PageContext(req, active: .units)) {
            H.h1 { L.unitsTitle }
            H.form(.method("get"), .action(WebPath.units()), .class("picker"), .role("search")) {
                H.label(.for("unit-q")) { L.unitSearch }
                H.input(.type("search"), .id("unit-q"), .name("q"), .value(q), .autofocus)
                H.button(.type("submit")) { L.search }
            }
            if !q.isEmpty && units.isEmpty { H.p(.class("muted")) { L.noUnitsFound } }
            if !units.isEmpty {
                H.ul(.id("units")) {
                    for u in units {
                        H.li {
                            H.a(.href(u.level == .province ? WebPath.province(u.code) : WebPath.dashboard(u.code))) { u.fullName }
                            H.small(.class("muted")) { " · \(u.code)" }
                        }
                    }
                }
            }
        }
        return WebResponse.page(doc)
    }
}
