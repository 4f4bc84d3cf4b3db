import Foundation
import Vapor
import XaSoCore
import XaSoPersistence

/// The figures a commune's reports state in sentences (XaSo's sets and its own), and the form by
/// which its admin adds one without code. The core checks the definition; the store, who may.
enum FiguresPage {
    struct NewFigureForm: Content {
        var code: String?
        var framework: String?
        var name: String?
        var unit: String?
        var unit_kind: String?
        var owner: String?
        var sentence: String?
        var sentence_no: String?
    }

    static let frameworks = ["XS-CDS", "XS-CCHC"]

    static func show(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let notice = req.query[String.self, at: "added"].map { L.figureAdded($0) }
        return try await page(req, code: code, error: nil, typed: nil, notice: notice, status: .ok)
    }

    static func add(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        let p = try await req.requireRead(unitCode: code)
        let input = try req.content.decode(NewFigureForm.self)
        let sentences = [input.sentence, input.sentence_no].compactMap { $0 }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let figure = NewFigure(code: input.code ?? "", frameworkCode: input.framework ?? "", name: input.name ?? "",
                               unit: input.unit ?? "", unitKind: input.unit_kind ?? "",
                               owners: [input.owner ?? ""].filter { !$0.isEmpty }, sentences: sentences, scopeUnitCode: code)
        do {
            _ = try await req.store.addFigure(figure, actor: p)
        } catch let e as AppError where e.kind == .invalid || e.kind == .conflict {
            return try await page(req, code: code, error: e.vietnamese, typed: input, notice: nil, status: .unprocessableEntity)
        }
        return WebResponse.seeOther(WebPath.figures(code, extra: ["added": figure.code]))
    }

    static func page(_ req: Request, code: String, error: String?, typed: NewFigureForm?, notice: String?,
                     status: HTTPStatus) async throws -> Response {
        let p = try req.webPrincipal
        let unit = try await req.store.requireUnit(code)
        var figures: [Indicator] = []
        for framework in frameworks { figures += try await req.store.indicators(framework: framework, unitCode: code) }
        let ctx = PageContext(req, active: .figures, notice: notice)
        let doc = Layout.document(title: L.figuresTitle(unit.fullName), ctx: ctx) {
            H.h1 { L.figuresTitle(unit.fullName) }
            H.p { L.figuresIntro }
            Components.tableWrap(label: L.figuresTitle(unit.fullName)) {
                H.table(.id("figures")) {
                    H.thead {
                        H.tr {
                            H.th(.scope("col")) { L.figureCode }
                            H.th(.scope("col")) { L.figureName }
                            H.th(.scope("col")) { L.figureKind }
                            H.th(.scope("col")) { L.figureOwner }
                            H.th(.scope("col")) { L.figureSentence }
                        }
                    }
                    H.tbody {
                        for f in figures {
                            H.tr {
                                H.td { f.code }
                                H.td { f.name + (f.scopeUnitCode == nil ? "" : " " + L.figureOwn) }
                                H.td { L.unitKindText(f.unitKind) }
                                H.td { f.leadOwner ?? "" }
                                H.td { f.sentences.joined(separator: " / ") }
                            }
                        }
                    }
                }
            }
            if AccessPolicy.canAddFigure(p, scopeUnitCode: code) {
                H.form(.method("post"), .action(WebPath.figures(code)), .class("card")) {
                    ctx.csrfField
                    H.h2 { L.addFigure }
                    if let error { H.p(.class("error"), .role("alert"), .id("figure-error")) { error } }
                    field("figure-code", "code", L.figureCode, typed?.code, hint: L.figureCodeHint)
                    H.div(.class("field")) {
                        H.label(.for("figure-framework")) { L.figureFramework }
                        H.select(.id("figure-framework"), .name("framework")) {
                            for f in frameworks {
                                H.option(.value(f), .when(typed?.framework == f, .selected)) { L.figureFrameworkText(f) }
                            }
                        }
                    }
                    field("figure-name", "name", L.figureName, typed?.name)
                    field("figure-unit", "unit", L.figureUnit, typed?.unit, required: false)
                    H.div(.class("field")) {
                        H.label(.for("figure-kind")) { L.figureKind }
                        H.select(.id("figure-kind"), .name("unit_kind")) {
                            for k in NewFigure.kinds {
                                H.option(.value(k.rawValue), .when(typed?.unit_kind == k.rawValue, .selected)) { L.unitKindText(k) }
                            }
                        }
                    }
                    field("figure-owner", "owner", L.figureOwner, typed?.owner, required: false)
                    field("figure-sentence", "sentence", L.figureSentence, typed?.sentence, required: false, hint: L.figureSentenceHint)
                    field("figure-sentence-no", "sentence_no", L.figureSentenceNo, typed?.sentence_no, required: false)
                    H.button(.type("submit")) { L.addFigure }
                }
            }
        }
        return WebResponse.page(doc, status: status)
    }

    private static func field(_ id: String, _ name: String, _ label: String, _ value: String?, required: Bool = true,
                              hint: String? = nil) -> Node {
        H.div(.class("field")) {
            H.label(.for(id)) { label }
            if let hint { H.p(.class("hint"), .id(id + "-hint")) { hint } }
            H.input(.type("text"), .id(id), .name(name), .when(required, .required), .value(value ?? ""),
                    hint == nil ? nil : .aria("describedby", id + "-hint"))
        }
    }
}
