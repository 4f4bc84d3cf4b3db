import Foundation
import Vapor
import XaSoCore

/// Loads the session's principal when there is one; pages that work signed out (login) see nil.
struct WebSessionMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try await WebSession.resolve(req)
        return try await next.respond(to: req)
    }
}

/// Pages behind login: no session → the login page (coming back here afterwards); a one-time password
/// → the change-password page, whatever was asked for; every state-changing request must carry the
/// session's CSRF token.
struct WebRequireLogin: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard req.storage[PrincipalKey.self] != nil else {
            let next = req.method == .GET ? req.url.string : nil
            return req.redirect(to: WebPath.login(next: next), redirectType: .normal)
        }
        if req.storage[MustChangePasswordKey.self] == true, !PasswordPage.isReachableWithOneTimePassword(req) {
            return req.redirect(to: WebPath.password, redirectType: .normal)
        }
        if req.method != .GET && req.method != .HEAD {
            let submitted = try await CSRF.submitted(in: req)
            guard CSRF.isValid(submitted, secret: req.storage[WebSession.TokenKey.self]) else {
                throw AppError(.forbidden, code: .csrfInvalid, message: "missing or wrong CSRF token",
                               vietnamese: L.csrfFailed)
            }
        }
        return try await next.respond(to: req)
    }
}
