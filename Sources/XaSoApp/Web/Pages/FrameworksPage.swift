import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The national frameworks and their indicators with owners and milestone targets; an admin edits
/// national targets from here.
enum FrameworksPage {
    static func list(_ req: Request) async throws -> Response {
        _ = try req.webPrincipal
        let model = try await listQuery(store: req.store)
        return WebResponse.page(listView(model, ctx: PageContext(req, active: .frameworks)))
    }

    /// The frameworks, each with its number of indicators.
    struct ListModel: Sendable {
        var frameworks: [IndicatorFramework]
        var indicatorCounts: [String: Int]
    }

    static func listQuery(store: some FrameworkStorage) async throws -> ListModel {
        let frameworks = try await store.frameworks()
        let indicators = try await store.indicators()
        return ListModel(frameworks: frameworks,
                         indicatorCounts: indicators.reduce(into: [:]) { $0[$1.frameworkCode, default: 0] += 1 })
    }

    static func listView(_ m: ListModel, ctx: PageContext) -> Node {
        Layout.document(title: L.frameworksTitle, ctx: ctx) {
            H.h1 { L.frameworksTitle }
            DataTable(rows: m.frameworks, columns: [
                .init(L.code, rowHeader: true) { f in H.a(.href(WebPath.framework(f.code))) { f.code } },
                .init(L.framework) { $0.name },
                .init(L.legalBasis) { $0.legalBasis },
                .init(L.indicators, .numeric) { String(m.indicatorCounts[$0.code] ?? 0) },
            ], label: L.frameworksTitle).node
        }
    }

    static func show(_ req: Request) async throws -> Response {
        let p = try req.webPrincipal
        var model = try await query(framework: try req.parameter("code"), store: req.store)
        model.canEdit = AccessPolicy.canEditFrameworks(p)
        return WebResponse.page(view(model, ctx: PageContext(req, active: .frameworks)))
    }

    /// One framework's indicators with owners and milestone targets; whether the reader edits targets.
    struct Model: Sendable {
        var framework: IndicatorFramework
        var indicators: [Indicator]
        var canEdit = false
    }

    static func query(framework code: String, store: some FrameworkStorage) async throws -> Model {
        guard let framework = try await store.frameworks().first(where: { $0.code == code }) else {
            throw AppError.notFound(.frameworkNotFound, code, vietnamese: "Không tìm thấy bộ chỉ tiêu \(code).")
        }
        return Model(framework: framework, indicators: try await store.indicators(framework: code))
    }

    static func view(_ m: Model, ctx: PageContext) -> Node {
        let framework = m.framework
        typealias Column = DataTable<Indicator>.Column
        let columns: [Column] = [
            .init(L.numberColumn) { $0.number },
            .init(L.indicatorColumn) { $0.name },
            .init(L.unit) { $0.unit },
            .init(L.leadBody) { $0.owners.joined(separator: "; ") },
        ] + framework.milestones.map { y in
            Column("\(L.targetColumn) \(y)") { $0.targets[y]?.text ?? L.noValue }
        } + (m.canEdit ? [Column(L.editTargets, class: "no-print") { ind in
            H.a(.href(WebPath.nationalTargets(ind.code)), .aria("label", "\(L.editTargets) \(ind.code)")) { L.editTargets }
        }] : [])
        return Layout.document(title: "\(framework.code) – \(L.frameworksTitle)", ctx: ctx) {
            H.p(.class("muted")) { H.a(.href(WebPath.frameworks)) { L.frameworksTitle } }
            H.h1 { "\(framework.code) – \(framework.name)" }
            H.p { "\(L.legalBasis): \(framework.legalBasis)" }
            DataTable(rows: m.indicators, columns: columns, label: framework.code,
                      rowAttributes: { [.id("ind-\($0.code)")] }).node
        }
    }
}
