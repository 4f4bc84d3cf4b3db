import Foundation
import Vapor
import XaSoCore

/// The OpenAPI 3.1 description of /api/v1, built from `APIRoutes.all` (paths, methods, which need a
/// token, request body names) and `RouteSchema.all` (what each answers, parameter schemas); the
/// DTO schemas are read from the DTO declarations by `SchemaReader`. Built once per process.
enum OpenAPIDocument {
    static func make() throws -> JSONValue { try built.get() }

    private static let built = Result<JSONValue, any Error> { try build(routes: APIRoutes.all, strict: false) }

    /// The error envelope every 4xx (and 5xx) answer carries.
    static let errorSchema: JSONValue = [
        "type": "object", "required": ["error"], "additionalProperties": false,
        "properties": ["error": [
            "type": "object", "required": ["code", "message"], "additionalProperties": false,
            "properties": [
                "code": ["type": "string", "pattern": "^[a-z0-9_.]+$"],
                "message": ["type": "string"],
                "issues": ["type": "array", "items": ["$ref": "#/components/schemas/ImportIssue"]],
            ],
        ]],
    ]

    /// `strict` (the tests) throws at the first route without a schema or whose types cannot be
    /// read; the served document describes such a route loosely (any JSON) rather than failing whole.
    static func build(routes: [APIRoute], strict: Bool = true) throws -> JSONValue {
        let reader = SchemaReader()
        let schemas = RouteSchema.all
        var paths: [String: [String: JSONValue]] = [:]
        for route in routes {
            let key = RouteSchema.key(route)
            let op: JSONValue
            do {
                guard let spec = schemas[key] else {
                    throw SchemaReader.Unreadable(description: "route '\(key)' has no RouteSchema: add it to its feature's schema file")
                }
                op = try operation(route, spec, reader: reader)
            } catch where !strict {
                op = try operation(route, RouteSchema(200, .custom { _ in [:] }), reader: reader, loose: true)
            }
            paths["/api/v1" + route.openAPIPath, default: [:]][route.method.rawValue.lowercased()] = op
        }
        var components = reader.components
        components["ImportIssue"] = try importIssueSchema(reader)
        components["Error"] = errorSchema
        return [
            "openapi": "3.1.0",
            "info": ["title": "XaSo API", "version": "1.0.0",
                     "description": "Chuyển đổi số cấp xã: chỉ tiêu, số liệu, đánh giá, hồ sơ, kế hoạch, báo cáo."],
            "servers": [["url": "/"]],
            "paths": .object(paths.mapValues { .object($0) }),
            "components": [
                "schemas": .object(components),
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer",
                                               "description": "A token from POST /api/v1/auth/token"]],
            ],
        ]
    }

    /// Issues as `ImportIssue` writes them (row, field, value, code, message).
    static func importIssueSchema(_ reader: SchemaReader) throws -> JSONValue {
        _ = try reader.schema(ImportIssue.self)
        return reader.components[SchemaReader.name(of: ImportIssue.self)] ?? ["type": "object"]
    }

    static func operation(_ route: APIRoute, _ spec: RouteSchema, reader: SchemaReader, loose: Bool = false) throws -> JSONValue {
        var parameters: [JSONValue] = []
        for name in route.path.split(separator: "/").filter({ $0.hasPrefix(":") }).map({ String($0.dropFirst()) }) {
            parameters.append(["name": .string(name), "in": "path", "required": true,
                               "schema": RouteParameters.schema(name, in: "path", route: route, override: spec.parameters)])
        }
        for name in route.query {
            parameters.append(["name": .string(name), "in": "query", "required": .bool(spec.requiredQuery.contains(name)),
                               "schema": RouteParameters.schema(name, in: "query", route: route, override: spec.parameters)])
        }
        var responses: [String: JSONValue] = [:]
        let success = try response(spec.response, reader: reader)
        for status in [spec.status] + spec.alsoStatus { responses[String(status)] = success }
        let error: JSONValue = ["description": "Error: {\"error\": {\"code\", \"message\", \"issues\"?}}",
                                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        responses["4XX"] = error
        for status in spec.serverErrors { responses[String(status)] = error }
        var op: [String: JSONValue] = [
            "summary": .string(route.summary),
            "operationId": .string(operationID(route)),
            "tags": [.string(route.tag)],
            "parameters": .array(parameters),
            "responses": .object(responses),
        ]
        if let body = route.body {
            if loose {
                op["requestBody"] = ["content": ["application/json": ["schema": [:]], "application/octet-stream": ["schema": [:]]]]
            } else {
                let (content, required) = try RequestBodies.content(body, reader: reader)
                op["requestBody"] = ["required": .bool(required), "content": .object(content)]
            }
        }
        if route.requiresAuth { op["security"] = [["bearer": []]] }
        return .object(op)
    }

    static func response(_ payload: RouteSchema.Payload, reader: SchemaReader) throws -> JSONValue {
        switch payload {
        case .json(let type):
            return ["description": "Success", "content": ["application/json": ["schema": try reader.schema(opening: type)]]]
        case .custom(let make):
            return ["description": "Success", "content": ["application/json": ["schema": try make(reader)]]]
        case .files(let media):
            return ["description": "The file", "content": .object(try media(reader).mapValues { ["schema": $0] })]
        case .empty:
            return ["description": "Done, no content"]
        }
    }

    static func operationID(_ route: APIRoute) -> String {
        route.method.rawValue.lowercased() + route.openAPIPath.replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
    }
}
