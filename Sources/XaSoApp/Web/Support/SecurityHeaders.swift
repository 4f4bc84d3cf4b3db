import Vapor

/// Headers on every web response. The policy allows scripts and styles only from our own /static
/// files: no inline script can run even if some text escaped its escaping. `style-src 'self'` also
/// forbids style attributes, so pages and SVG charts use classes and presentation attributes.
struct WebSecurityHeaders: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        Self.apply(to: try await next.respond(to: req))
    }

    @discardableResult
    static func apply(to res: Response) -> Response {
        // A handler may set a policy of its own (the report preview does).
        if !res.headers.contains(name: "Content-Security-Policy") {
            res.headers.replaceOrAdd(name: "Content-Security-Policy", value: contentSecurityPolicy)
        }
        if !res.headers.contains(name: "X-Frame-Options") {
            res.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        }
        res.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        res.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        if !res.headers.contains(name: .cacheControl) {
            // Pages carry one commune's figures: never kept by a shared cache or the browser's history.
            res.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return res
    }
}
