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

/// Headers on every response, the API's included, errors too (it sits outside the error
/// middleware): `nosniff`; HSTS when the request came over HTTPS, directly or through a proxy
/// trusted to say so (`AppConfig.trustForwardedProto`); and for /api a policy that lets a
/// response load nothing, since JSON is never a page and the HTML report needs only its styles.
struct TransportSecurityHeaders: AsyncMiddleware {
    let trustForwardedProto: Bool

    static let strictTransportSecurity = "max-age=31536000; includeSubDomains"
    static let apiPolicy = ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]
        .joined(separator: "; ")
    /// The HTML report (`format=html`): its one inline `<style>` and column widths, nothing else.
    static let apiHTMLPolicy = ["default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", "base-uri 'none'",
                                "form-action 'none'", "frame-ancestors 'none'"].joined(separator: "; ")

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let res = try await next.respond(to: req)
        res.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        if isHTTPS(req) {
            res.headers.replaceOrAdd(name: "Strict-Transport-Security", value: Self.strictTransportSecurity)
        }
        if req.url.path.hasPrefix("/api/"), !res.headers.contains(name: "Content-Security-Policy") {
            let html = res.headers.contentType?.subType == "html"
            res.headers.replaceOrAdd(name: "Content-Security-Policy", value: html ? Self.apiHTMLPolicy : Self.apiPolicy)
            if !res.headers.contains(name: "X-Frame-Options") { res.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY") }
        }
        return res
    }

    /// TLS on our own listener, or `X-Forwarded-Proto: https` from a proxy we were told to trust
    /// (anyone can send the header, so it counts only then).
    func isHTTPS(_ req: Request) -> Bool {
        if req.application.http.server.configuration.tlsConfiguration != nil { return true }
        guard trustForwardedProto, let proto = req.headers.first(name: "X-Forwarded-Proto") else { return false }
        // A chain of proxies appends: the first entry is what the browser used.
        return proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }
}
