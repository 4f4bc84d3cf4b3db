import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The commune admin's review: approve submitted figures, or send one back with a comment.
/// `store.transition` decides who may do what; this page only offers it.
enum ReviewPage {
    struct Row {
        var evaluation: Evaluation
        var value: IndicatorValue
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
        let (evaluations, stored) = try await req.store.evaluateWithValues(unitCode: unit.code, period: period)
        let values = Dictionary(stored.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = evaluations.compactMap { e in values[e.indicator.code].map { Row(evaluation: e, value: $0) } }
        let ctx = PageContext(req, active: .review, notice: notice)
        return WebResponse.page(render(unit: unit, period: period, rows: rows, errorFor: errorFor, ctx: ctx), status: status)
    }

    static func render(unit: AdministrativeUnit, period: ReportingPeriod, rows: [Row], errorFor: String?,
                       ctx: PageContext) -> Node {
        let waiting = rows.filter { $0.value.state == .submitted }
        let approved = rows.filter { $0.value.state == .approved }
        return Layout.document(title: L.reviewTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.reviewTitle(unit.fullName) }
            Components.periodPicker(action: WebPath.review(unit.code), selected: period, frameworks: nil, framework: nil)
            H.p { L.reviewIntro }
            if errorFor != nil { H.p(.class("error"), .role("alert")) { L.commentRequired } }
            H.h2 { "\(L.waitingSection) (\(waiting.count))" }
            if waiting.isEmpty {
                H.p(.class("muted"), .id("nothing-waiting")) { L.nothingToReview }
            } else {
                H.form(.method("post"), .action(WebPath.review(unit.code)), .class("actions")) {
                    ctx.csrfField
                    H.input(.type("hidden"), .name("period"), .value(period.description))
                    H.button(.type("submit"), .name("decision"), .value("approve-all"), .id("approve-all")) { L.approveAll }
                }
                table(rows: waiting, unit: unit, period: period, errorFor: errorFor, ctx: ctx, approve: true)
            }
            if !approved.isEmpty {
                H.h2 { "\(L.approvedSection) (\(approved.count))" }
                table(rows: approved, unit: unit, period: period, errorFor: errorFor, ctx: ctx, approve: false)
            }
        }
    }

    static func table(rows: [Row], unit: AdministrativeUnit, period: ReportingPeriod, errorFor: String?,
                      ctx: PageContext, approve: Bool) -> Node {
        Components.tableWrap(label: approve ? L.waitingSection : L.approvedSection) {
            H.table(.class("stack")) {
                H.thead {
                    H.tr {
                        H.th(.scope("col")) { L.indicatorColumn }
                        H.th(.scope("col"), .class("num")) { L.resultColumn }
                        H.th(.scope("col")) { L.verdictColumn }
                        H.th(.scope("col")) { L.enteredBy }
                        H.th(.scope("col"), .class("no-print")) { L.whatHappened }
                    }
                }
                H.tbody {
                    for row in rows {
                        let e = row.evaluation, code = e.indicator.code
                        H.tr(.id("review-" + code)) {
                            H.td(.class("lead")) {
                                H.a(.href(WebPath.indicator(unit.code, code, period: period))) { "\(e.indicator.number). \(e.indicator.name)" }
                                if let note = row.value.note { H.small(.class("muted")) { H.br(); note } }
                            }
                            H.td(.class("num"), .data("label", L.resultColumn)) { row.value.value.formatted(unitKind: e.indicator.unitKind) }
                            H.td(.data("label", L.verdictColumn)) { Components.verdictBadge(e.verdict) }
                            H.td(.data("label", L.enteredBy)) { row.value.enteredBy ?? L.noValue }
                            H.td(.class("no-print")) {
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
                                                   errorFor == code ? .aria("invalid", "true") : nil) {}
                                        H.button(.type("submit"), .name("decision"), .value("return"), .class("danger")) { L.sendBack }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
