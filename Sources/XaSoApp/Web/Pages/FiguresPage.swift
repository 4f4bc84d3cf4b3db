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

    /// The page: the commune's figures, whether the reader may add one, and a refused form as typed.
    struct FiguresModel: Sendable {
        var unit: AdministrativeUnit
        var figures: [Indicator]
        var canAdd = false
        var error: String? = nil
        var typed: NewFigureForm? = nil
    }

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
        var model = try await query(unitCode: code, store: req.store)
        model.canAdd = AccessPolicy.canAddFigure(p, scopeUnitCode: code)
        model.error = error
        model.typed = typed
        return WebResponse.page(view(model, ctx: PageContext(req, active: .figures, notice: notice)), status: status)
    }

    static func query(unitCode code: String, store: some UnitStorage & FrameworkStorage) async throws -> FiguresModel {
        let unit = try await store.requireUnit(code)
        var figures: [Indicator] = []
        for framework in frameworks { figures += try await store.indicators(framework: framework, unitCode: code) }
        return FiguresModel(unit: unit, figures: figures)
    }

    static func view(_ m: FiguresModel, ctx: PageContext) -> Node {
        Layout.document(title: L.figuresTitle(m.unit.fullName), ctx: ctx) {
            H.h1 { L.figuresTitle(m.unit.fullName) }
            H.p { L.figuresIntro }
            DataTable(rows: m.figures, columns: [
                .init(L.figureCode) { $0.code },
                .init(L.figureName) { f in f.name + (f.scopeUnitCode == nil ? "" : " " + L.figureOwn) },
                .init(L.figureKind) { L.unitKindText($0.unitKind) },
                .init(L.figureOwner) { $0.leadOwner ?? "" },
                .init(L.figureSentence) { $0.sentences.joined(separator: " / ") },
            ], id: "figures", label: L.figuresTitle(m.unit.fullName)).node
            if m.canAdd {
                H.form(.method("post"), .action(WebPath.figures(m.unit.code)), .class("card")) {
                    ctx.csrfField
                    H.h2 { L.addFigure }
                    if let error = m.error { H.p(.class("error"), .role("alert"), .id("figure-error")) { error } }
                    field("figure-code", "code", L.figureCode, m.typed?.code, hint: L.figureCodeHint)
                    H.div(.class("field")) {
                        H.label(.for("figure-framework")) { L.figureFramework }
                        H.select(.id("figure-framework"), .name("framework")) {
                            for f in frameworks {
                                H.option(.value(f), .when(m.typed?.framework == f, .selected)) { L.figureFrameworkText(f) }
                            }
                        }
                    }
                    field("figure-name", "name", L.figureName, m.typed?.name)
                    field("figure-unit", "unit", L.figureUnit, m.typed?.unit, required: false)
                    H.div(.class("field")) {
                        H.label(.for("figure-kind")) { L.figureKind }
                        H.select(.id("figure-kind"), .name("unit_kind")) {
                            for k in NewFigure.kinds {
                                H.option(.value(k.rawValue), .when(m.typed?.unit_kind == k.rawValue, .selected)) { L.unitKindText(k) }
                            }
                        }
                    }
                    field("figure-owner", "owner", L.figureOwner, m.typed?.owner, required: false)
                    field("figure-sentence", "sentence", L.figureSentence, m.typed?.sentence, required: false, hint: L.figureSentenceHint)
                    field("figure-sentence-no", "sentence_no", L.figureSentenceNo, m.typed?.sentence_no, required: false)
                    H.button(.type("submit")) { L.addFigure }
                }
            }
        }
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
