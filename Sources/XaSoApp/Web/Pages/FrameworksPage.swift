import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The national frameworks and their indicators with owners and milestone targets; an admin edits
/// national targets from here.
enum FrameworksPage {
    static func list(_ req: Request) async throws -> Response {
        _ = try req.webPrincipal
        let frameworks = try await req.store.frameworks()
        let indicators = try await req.store.indicators()
        let doc = Layout.document(title: L.frameworksTitle, ctx: PageContext(req, active: .frameworks)) {
            H.h1 { L.frameworksTitle }
            Components.tableWrap(label: L.frameworksTitle) {
                H.table {
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { L.code }
                            H.th(.scope("col")) { L.framework }
                            H.th(.scope("col")) { L.legalBasis }
                            H.th(.scope("col"), .class("num")) { L.indicators }
                        }
                    }
                    H.tbody {
                        for f in frameworks {
                            H.tr {
                                H.th(.scope("row")) { H.a(.href(WebPath.framework(f.code))) { f.code } }
                                H.td { f.name }
                                H.td { f.legalBasis }
                                H.td(.class("num")) { String(indicators.filter { $0.frameworkCode == f.code }.count) }
                            }
                        }
                    }
                }
            }
        }
        return WebResponse.page(doc)
    }

    static func show(_ req: Request) async throws -> Response {
        let p = try req.webPrincipal
        let code = try req.parameter("code")
        guard let framework = try await req.store.frameworks().first(where: { $0.code == code }) else {
            throw AppError.notFound(.frameworkNotFound, code, vietnamese: "Không tìm thấy bộ chỉ tiêu \(code).")
        }
        let indicators = try await req.store.indicators(framework: code)
        let years = framework.milestones
        let canEdit = AccessPolicy.canEditFrameworks(p)
        let doc = Layout.document(title: "\(framework.code) – \(L.frameworksTitle)", ctx: PageContext(req, active: .frameworks)) {
            H.p(.class("muted")) { H.a(.href(WebPath.frameworks)) { L.frameworksTitle } }
            H.h1 { "\(framework.code) – \(framework.name)" }
            H.p { "\(L.legalBasis): \(framework.legalBasis)" }
            Components.tableWrap(label: framework.code) {
                H.table {
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { L.numberColumn }
                            H.th(.scope("col")) { L.indicatorColumn }
                            H.th(.scope("col")) { L.unit }
                            H.th(.scope("col")) { L.leadBody }
                            for y in years { H.th(.scope("col")) { "\(L.targetColumn) \(y)" } }
                            if canEdit { H.th(.scope("col"), .class("no-print")) { L.editTargets } }
                        }
                    }
                    H.tbody {
                        for ind in indicators {
                            H.tr(.id("ind-\(ind.code)")) {
                                H.td { ind.number }
                                H.td { ind.name }
                                H.td { ind.unit }
                                H.td { ind.owners.joined(separator: "; ") }
                                for y in years { H.td { ind.targets[y]?.text ?? L.noValue } }
                                if canEdit {
                                    H.td(.class("no-print")) {
                                        H.a(.href(WebPath.nationalTargets(ind.code)), .aria("label", "\(L.editTargets) \(ind.code)")) { L.editTargets }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return WebResponse.page(doc)
    }
}
