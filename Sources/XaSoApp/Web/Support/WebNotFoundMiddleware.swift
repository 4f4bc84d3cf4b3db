import Vapor

/// An address that matches no route answers a browser with a page in Vietnamese, while API clients
/// (anything under /api, or not asking for HTML) keep the JSON error with its stable code.
struct WebNotFoundMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: req)
        } catch let e as any AbortError where e.status == .notFound && Self.wantsPage(req) {
            return WebSecurityHeaders.apply(to: ErrorPage.render(req, status: .notFound, title: L.notFoundTitle,
                                                                 message: L.pageNotFound))
        }
    }

    static func wantsPage(_ req: Request) -> Bool {
        !req.url.path.hasPrefix("/api/") && req.method == .GET
            && (req.headers.first(name: .accept)?.contains("text/html") ?? false)
    }
}
