import Foundation
import Vapor

/// The OpenAPI 3.1 description of /api/v1, built from `APIRoutes.all`.
enum OpenAPIDocument {
    struct Document: Content {
        var openapi = "3.1.0"
        var info: [String: String]
        var servers: [[String: String]]
        var paths: [String: [String: Operation]]
        var components: Components
    }

    struct Operation: Content {
        var summary: String
        var operationId: String
        var tags: [String]
        var parameters: [Parameter]
        var requestBody: RequestBody?
        var responses: [String: ResponseSpec]
        var security: [[String: [String]]]?
    }

    struct Parameter: Content {
        var name: String
        var `in`: String
        var required: Bool
        var schema: [String: String]
    }

    struct RequestBody: Content {
        var required = true
        var content: [String: [String: [String: String]]]
    }

    struct ResponseSpec: Content {
        var description: String
    }

    struct Components: Content {
        var securitySchemes: [String: [String: String]]
    }

    static func make() -> Document {
        var paths: [String: [String: Operation]] = [:]
        for r in APIRoutes.all {
            let pathParams = r.path.split(separator: "/").filter { $0.hasPrefix(":") }.map {
                Parameter(name: String($0.dropFirst()), in: "path", required: true, schema: ["type": "string"])
            }
            let queryParams = r.query.map { Parameter(name: $0, in: "query", required: false, schema: ["type": "string"]) }
            let body = r.body.map { name -> RequestBody in
                let media = name == "File"
                    ? "application/octet-stream" : "application/json"
                return RequestBody(content: [media: ["schema": ["description": name]]])
            }
            let op = Operation(
                summary: r.summary,
                operationId: r.method.rawValue.lowercased() + r.openAPIPath.replacingOccurrences(of: "/", with: "_")
                    .replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: ""),
                tags: [r.tag], parameters: pathParams + queryParams, requestBody: body,
                responses: [
                    "200": ResponseSpec(description: "Success"),
                    "4XX": ResponseSpec(description: "Error: {\"error\": {\"code\", \"message\", \"issues\"}}"),
                ],
                security: r.requiresAuth ? [["bearer": []]] : nil)
            paths["/api/v1" + r.openAPIPath, default: [:]][r.method.rawValue.lowercased()] = op
        }
        return Document(info: ["title": "XaSo API", "version": "1.0.0",
                               "description": "Chuyển đổi số cấp xã: chỉ tiêu, số liệu, đánh giá."],
                        servers: [["url": "/"]], paths: paths,
                        components: Components(securitySchemes: ["bearer": ["type": "http", "scheme": "bearer"]]))
    }
}
