import Foundation
import Vapor
import XaSoCore

/// Failures on web pages become pages, in Vietnamese, with the same status the API would give:
/// 403 for another commune's data, 404 for an unknown unit or indicator, 422 for invalid input.
struct WebErrorMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: req)
        } catch let e as AppError {
            if e.kind == .unauthorized {
                return req.redirect(to: WebPath.login(next: req.method == .GET ? req.url.string : nil))
            }
            if e.kind == .forbidden && e.code != .csrfInvalid { req.logger.notice("web 403: \(e.message)") }
            let title: String
            switch e.kind {
            case .forbidden: title = L.forbiddenTitle
            case .notFound: title = L.notFoundTitle
            case .invalid: title = L.invalidTitle
            case .conflict, .unavailable, .unauthorized: title = L.conflictTitle
            }
            let text = e.kind == .forbidden && e.code == .forbidden && e.issues.isEmpty ? L.forbiddenText : e.vietnamese
            return ErrorPage.render(req, status: APIErrorMiddleware.status(e.kind), title: title, message: text,
                                    issues: e.issues)
        } catch let e as any AbortError {
            let title = e.status == .notFound ? L.notFoundTitle : L.errorTitle
            return ErrorPage.render(req, status: e.status, title: title, message: e.status == .notFound ? "" : L.errorText)
        } catch {
            req.logger.report(error: error)
            return ErrorPage.render(req, status: .internalServerError, title: L.errorTitle, message: L.errorText)
        }
    }
}
