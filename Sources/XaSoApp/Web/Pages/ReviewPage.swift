import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The commune admin's review: approve submitted figures, or send one back with a comment.
/// `store.transition` decides who may do what; this page only offers it.
enum ReviewPage {
    /// The period's stored figures of the commune with their verdicts, split by state.
    struct Model: Sendable {
        struct Row: Sendable {
            var evaluation: Evaluation
            var value: IndicatorValue
        }

        var unit: AdministrativeUnit
        var period: ReportingPeriod
        var rows: [Row]
        /// The indicator whose send-back came without a comment.
        var errorFor: String? = nil
        /// The period picker offers periods up to this day.
        var today = LocalDay(date: Date())

        var waiting: [Row] { rows.filter { $0.value.state == .submitted } }
        var approved: [Row] { rows.filter { $0.value.state == .approved } }
    }

    static func handle(_ req: Request) async throws -> Response {
        let (p, unit) = try await context(req)
        let period = try await req.webPeriodOrLatest(unit: unit.code)
        var notice: String?
        if let n = req.query[Int.self, at: "approved"] { notice = L.approved(n) }
        if req.query[String.self, at: "returned"] != nil { notice = L.returnedDone }
        return try await page(req, principal: p, unit: unit, period: period, errorFor: nil, notice: notice, status: .ok)
    }

    struct Decision: Content {
        var decision: String
        var period: String
        var indicator: String?
        var comment: String?
    }

    static func decide(_ req: Request) async throws -> Response {
        let (p, unit) = try await context(req)
        let d = try req.content.decode(Decision.self)
        let period = try ReportingPeriod.required(d.period)
        let store = req.store
        switch d.decision {
        case "approve-all":
            let waiting = try await store.values(unitCode: unit.code, period: period).filter { $0.state == .submitted }
            for v in waiting {
                _ = try await store.transition(unitCode: unit.code, indicator: v.indicatorCode, period: period,
                                               to: .approved, actor: p)
            }
            return WebResponse.seeOther(WebPath.review(unit.code, period: period, extra: ["approved": String(waiting.count)]))
        case "approve":
            _ = try await store.transition(unitCode: unit.code, indicator: d.indicator ?? "", period: period,
                                           to: .approved, actor: p)
            return WebResponse.seeOther(WebPath.review(unit.code, period: period, extra: ["approved": "1"]))
        case "return":
            let comment = VietnameseText.normalized(d.comment ?? "")
            if comment.isEmpty {
                return try await page(req, principal: p, unit: unit, period: period, errorFor: d.indicator, notice: nil,
                                      status: .unprocessableEntity)
            }
            _ = try await store.transition(unitCode: unit.code, indicator: d.indicator ?? "", period: period,
                                           to: .returned, comment: comment, actor: p)
            return WebResponse.seeOther(WebPath.review(unit.code, period: period, extra: ["returned": "1"]))
        default:
            throw AppError(.invalid, code: .reviewDecisionInvalid, message: "unknown decision '\(d.decision)'",
                           vietnamese: L.invalidTitle)
        }
    }

    static func context(_ req: Request) async throws -> (Principal, AdministrativeUnit) {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        guard AccessPolicy.canManageCommune(p, unitCode: code) else {
            throw AppError.forbidden("only the commune's admin reviews figures of \(code)")
        }
        return (p, try await req.store.requireUnit(code))
    }

    static func page(_ req: Request, principal: Principal, unit: AdministrativeUnit, period: ReportingPeriod,
                     errorFor: String?, notice: String?, status: HTTPStatus) async throws -> Response {
        var model = try await query(unit: unit, period: period, store: req.store)
        model.errorFor = errorFor
        return WebResponse.page(view(model, ctx: PageContext(req, active: .review, notice: notice)), status: status)
    }

    static func query(unit: AdministrativeUnit, period: ReportingPeriod, store: some EvaluationStorage) async throws -> Model {
        let (evaluations, stored) = try await store.evaluateWithValues(unitCode: unit.code, period: period)
        let values = Dictionary(stored.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = evaluations.compactMap { e in values[e.indicator.code].map { Model.Row(evaluation: e, value: $0) } }
        return Model(unit: unit, period: period, rows: rows)
    }

    static func view(_ m: Model, ctx: PageContext) -> Node {
        let unit = m.unit, period = m.period
        let waiting = m.waiting, approved = m.approved
        return Layout.document(title: L.reviewTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.reviewTitle(unit.fullName) }
            Components.periodPicker(action: WebPath.review(unit.code), selected: period, frameworks: nil, framework: nil,
                                    today: m.today)
            H.p { L.reviewIntro }
            if m.errorFor != nil { H.p(.class("error"), .role("alert")) { L.commentRequired } }
            H.h2 { "\(L.waitingSection) (\(waiting.count))" }
            if waiting.isEmpty {
                H.p(.class("muted"), .id("nothing-waiting")) { L.nothingToReview }
            } else {
                H.form(.method("post"), .action(WebPath.review(unit.code)), .class("actions")) {
                    ctx.csrfField
                    H.input(.type("hidden"), .name("period"), .value(period.description))
                    H.button(.type("submit"), .name("decision"), .value("approve-all"), .id("approve-all")) { L.approveAll }
                }
                table(waiting, m: m, ctx: ctx, approve: true)
            }
            if !approved.isEmpty {
                H.h2 { "\(L.approvedSection) (\(approved.count))" }
                table(approved, m: m, ctx: ctx, approve: false)
            }
        }
    }

    static func table(_ rows: [Model.Row], m: Model, ctx: PageContext, approve: Bool) -> Node {
        let unit = m.unit, period = m.period
        return DataTable(rows: rows, columns: [
            .init(L.indicatorColumn, cellClass: "lead") { row in
                let e = row.evaluation
                H.a(.href(WebPath.indicator(unit.code, e.indicator.code, period: period))) { "\(e.indicator.number). \(e.indicator.name)" }
                if let note = row.value.note { H.small(.class("muted")) { H.br(); note } }
            },
            .init(L.resultColumn, .numeric, label: true) { $0.value.value.formatted(unitKind: $0.evaluation.indicator.unitKind) },
            .init(L.verdictColumn, label: true) { Components.verdictBadge($0.evaluation.verdict) },
            .init(L.enteredBy, label: true) { $0.value.enteredBy ?? L.noValue },
            .init(L.whatHappened, class: "no-print") { row in
                let code = row.evaluation.indicator.code
                H.div(.class("review-actions")) {
                    if approve {
                        H.form(.method("post"), .action(WebPath.review(unit.code))) {
                            ctx.csrfField
                            H.input(.type("hidden"), .name("period"), .value(period.description))
                            H.input(.type("hidden"), .name("indicator"), .value(code))
                            H.button(.type("submit"), .name("decision"), .value("approve")) { L.approve }
                        }
                    }
                    H.form(.method("post"), .action(WebPath.review(unit.code))) {
                        ctx.csrfField
                        H.input(.type("hidden"), .name("period"), .value(period.description))
                        H.input(.type("hidden"), .name("indicator"), .value(code))
                        H.label(.for("comment-" + code), .class("muted")) { L.sendBackComment }
                        H.textarea(.id("comment-" + code), .name("comment"), .rows(1), .required,
                                   m.errorFor == code ? .aria("invalid", "true") : nil) {}
                        H.button(.type("submit"), .name("decision"), .value("return"), .class("danger")) { L.sendBack }
                    }
                }
            },
        ], class: "stack", label: approve ? L.waitingSection : L.approvedSection,
        rowAttributes: { [.id("review-" + $0.evaluation.indicator.code)] }).node
    }
}
