import Vapor
import XaSoCore

/// A method XaSo serves on no address (TRACE, CONNECT, OPTIONS, made-up verbs) is answered 405
/// with the methods it does serve, before routing, instead of the router's 404.
struct MethodGuard: AsyncMiddleware {
    static let served: [HTTPMethod] = [.GET, .HEAD, .POST, .PUT, .PATCH, .DELETE]

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard Self.served.contains(req.method) else {
            let res = Response(status: .methodNotAllowed)
            res.headers.replaceOrAdd(name: .allow, value: Self.served.map(\.rawValue).joined(separator: ", "))
            try res.content.encode(APIErrorMiddleware.Body(error: .init(
                code: .httpMethodNotAllowed, message: "method \(req.method.rawValue) is not served", issues: nil)),
                as: .json)
            return res
        }
        return try await next.respond(to: req)
    }
}
