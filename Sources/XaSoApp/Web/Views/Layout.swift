import Foundation
import XaSoCore

/// The frame of every page: skip link, header with the menu for the user's role, main, footer.
enum Layout {
    static func document(title: String, ctx: PageContext, @NodeBuilder content: () -> [Node]) -> Node {
        H.html(.lang(L.lang)) {
            H.head {
                H.meta(.attr("charset", "utf-8"))
                H.meta(.name("viewport"), .attr("content", "width=device-width, initial-scale=1"))
                H.title("\(title) – XaSo")
                H.link(.rel("stylesheet"), .href(WebPath.css))
                H.script(.src(WebPath.js), .defer_)
            }
            H.body {
                H.a(.class("skip"), .href("#main")) { L.skipToContent }
                header(ctx)
                H.main(.id("main"), .tabindex(-1)) {
                    if let notice = ctx.notice {
                        H.p(.class("notice"), .role("status")) { notice }
                    }
                    content()
                }
                H.footer(.class("foot")) { L.footer }
            }
        }
    }

    static func header(_ ctx: PageContext) -> Node {
        H.header(.class("top")) {
            H.a(.class("brand"), .href(WebPath.home)) { L.appName }
            if let p = ctx.principal {
                H.nav(.aria("label", L.mainNav)) {
                    H.ul {
                        for item in items(for: p) {
                            H.li {
                                H.a(.href(item.path), item.nav == ctx.active ? .aria("current", "page") : nil) { item.label }
                            }
                        }
                    }
                }
                H.div(.class("user")) {
                    H.span { L.signedInAs(p.username, p.role) }
                    H.a(.href(WebPath.password)) { L.changePassword }
                    H.form(.method("post"), .action(WebPath.logout), .class("inline")) {
                        ctx.csrfField
                        H.button(.type("submit"), .class("link")) { L.logout }
                    }
                }
            }
        }
    }

    struct Item {
        var nav: NavItem
        var label: String
        var path: String
    }

    /// The menu shows what the role may do; the server checks every request again regardless.
    static func items(for p: Principal) -> [Item] {
        var items: [Item] = []
        switch p.role {
        case .communeAdmin, .departmentOfficer, .viewer:
            guard let unit = p.unitCode else { break }
            items.append(Item(nav: .dashboard, label: L.navDashboard, path: WebPath.dashboard(unit)))
            items.append(Item(nav: .dossiers, label: L.navDossiers, path: WebPath.dossiers(unit)))
            items.append(Item(nav: .tasks, label: L.navTasks, path: WebPath.tasks(unit)))
            items.append(Item(nav: .reports, label: L.navReports, path: WebPath.reports(unit)))
            if AccessPolicy.canEnterValues(p, unitCode: unit) {
                items.append(Item(nav: .entry, label: L.navEntry, path: WebPath.entry(unit)))
                items.append(Item(nav: .importFile, label: L.navImport, path: WebPath.importFile(unit)))
            }
            if AccessPolicy.canManageCommune(p, unitCode: unit) {
                items.append(Item(nav: .review, label: L.navReview, path: WebPath.review(unit)))
                items.append(Item(nav: .targets, label: L.navTargets, path: WebPath.communeTargets(unit)))
                items.append(Item(nav: .departments, label: L.navDepartments, path: WebPath.departments(unit)))
                items.append(Item(nav: .figures, label: L.navFigures, path: WebPath.figures(unit)))
                items.append(Item(nav: .reportIngest, label: L.navIngest, path: WebPath.reportIngest(unit)))
                items.append(Item(nav: .users, label: L.navUsers, path: WebPath.users))
            }
        case .provinceOfficer:
            if let unit = p.unitCode {
                items.append(Item(nav: .province, label: L.navProvince, path: WebPath.province(unit)))
                items.append(Item(nav: .dossiers, label: L.navDossiers, path: WebPath.dossiers(unit)))
            }
            items.append(Item(nav: .units, label: L.navUnits, path: WebPath.units()))
        case .nationalOfficer:
            items.append(Item(nav: .national, label: L.navNational, path: WebPath.national()))
            items.append(Item(nav: .units, label: L.navUnits, path: WebPath.units()))
        case .admin:
            items.append(Item(nav: .national, label: L.navNational, path: WebPath.national()))
            items.append(Item(nav: .units, label: L.navUnits, path: WebPath.units()))
            items.append(Item(nav: .users, label: L.navUsers, path: WebPath.users))
        }
        items.append(Item(nav: .frameworks, label: L.navFrameworks, path: WebPath.frameworks))
        return items
    }
}
