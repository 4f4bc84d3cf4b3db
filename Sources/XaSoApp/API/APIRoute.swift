import Vapor
import XaSoCore

/// One API endpoint: registered on the router and described in the OpenAPI document from the same
/// value, so the two cannot drift apart.
struct APIRoute: Sendable {
    var method: HTTPMethod
    /// Path below /api/v1, parameters as ":name".
    var path: String
    var summary: String
    var tag: String
    var requiresAuth: Bool = true
    var query: [String] = []
    /// Name of the request body schema in the OpenAPI document, if any.
    var body: String? = nil
    /// The right on the unit in `:code` checked before the body is read (`RouteGuard`); nil when
    /// the handler alone decides (reads, or a unit named in the body).
    var writes: UnitRight? = nil
    var handler: @Sendable (Request) async throws -> Response

    var components: [PathComponent] { path.split(separator: "/").map { PathComponent(stringLiteral: String($0)) } }

    /// Which body cap applies (`ResourceLimits`): files get the upload cap, everything else the JSON one.
    enum BodyKind: Sendable { case json, upload }

    var bodyKind: BodyKind { body == "File" ? .upload : .json }

    /// Registered behind its guards: the token check for protected routes, then the unit right,
    /// both before the body is collected (`body: .stream` leaves that to us), then the handler.
    func register(on routes: any RoutesBuilder) {
        var group = routes
        if requiresAuth { group = group.grouped(RouteGuard.Authentication()) }
        if let writes { group = group.grouped(RouteGuard.UnitCheck(right: writes)) }
        let handler = self.handler
        let kind = bodyKind
        group.on(method, components, body: .stream) { req in
            try await RouteGuard.collectBody(req, kind: kind)
            return try await handler(req)
        }
    }

    /// "/units/{code}" for OpenAPI.
    var openAPIPath: String {
        "/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
    }
}

extension Request {
    func parameter(_ name: String) throws -> String {
        guard let value = parameters.get(name) else { throw Abort(.badRequest, reason: "missing path parameter \(name)") }
        return value
    }
}

extension Request {
    /// The uploaded file sent as the request body; `file.empty` when there is none.
    func uploadedFile(_ what: String = "the CSV or XLSX file", vietnamese: String = "Chưa có tệp.") throws -> Data {
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw AppError(.invalid, code: .fileEmpty, message: "send \(what) as the request body", vietnamese: vietnamese)
        }
        return Data(buffer: buffer)
    }
}

func json<T: Encodable>(_ value: T, status: HTTPStatus = .ok) throws -> Response {
    let response = Response(status: status)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    try response.content.encode(value, using: encoder)
    return response
}
