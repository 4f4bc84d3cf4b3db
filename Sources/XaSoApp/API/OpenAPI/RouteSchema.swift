import Foundation
import XaSoCore

/// What a route answers and what its parameters look like, beside the route table: each feature's
/// schema file (`FoundationSchemas`, `DossierSchemas`, `PlanSchemas`, `ReportSchemas`) keys these
/// by "METHOD path" exactly as the route is declared, and `OpenAPIDocument` refuses a route without one.
struct RouteSchema: @unchecked Sendable {
    enum Payload {
        /// JSON read from a `Decodable` type by `SchemaReader`.
        case json(any Decodable.Type)
        /// JSON described by hand (the OpenAPI document itself, a union of types).
        case custom((SchemaReader) throws -> JSONValue)
        /// A file: media type → schema (binary for Office files and PDF, a string for HTML).
        case files((SchemaReader) throws -> [String: JSONValue])
        /// No body (204).
        case empty
    }

    var status: Int = 200
    var response: Payload
    /// Other success statuses with the same body (a plan import answers 200 on a dry run, 201 when stored).
    var alsoStatus: [Int] = []
    /// Query parameters the handler refuses to go without.
    var requiredQuery: Set<String> = []
    /// Schemas for this route's query or path parameters where the shared ones (`RouteParameters`) differ.
    var parameters: [String: JSONValue] = [:]
    /// Documented failures besides 4XX (503 when PDF rendering is not installed).
    var serverErrors: [Int] = []

    init(_ status: Int = 200, _ response: Payload, alsoStatus: [Int] = [], requiredQuery: Set<String> = [],
         parameters: [String: JSONValue] = [:], serverErrors: [Int] = []) {
        self.status = status
        self.response = response
        self.alsoStatus = alsoStatus
        self.requiredQuery = requiredQuery
        self.parameters = parameters
        self.serverErrors = serverErrors
    }

    static func json(_ type: any Decodable.Type, _ status: Int = 200, requiredQuery: Set<String> = [],
                     parameters: [String: JSONValue] = [:]) -> RouteSchema {
        RouteSchema(status, .json(type), requiredQuery: requiredQuery, parameters: parameters)
    }

    static let noContent = RouteSchema(204, .empty)

    /// Every route's schema, from each feature's file.
    static var all: [String: RouteSchema] {
        var all: [String: RouteSchema] = [:]
        for part in [FoundationSchemas.routes, AccountSchemas.routes, DossierSchemas.routes, PlanSchemas.routes,
                     ReportSchemas.routes, RankingSchemas.routes,
                     SubmissionSchemas.routes, NationalSchemas.routes, QualitySchemas.routes] {
            all.merge(part) { a, _ in a }
        }
        return all
    }

    static func key(_ route: APIRoute) -> String { "\(route.method.rawValue) \(route.path)" }
}

/// Request bodies by the name the route table gives them.
enum RequestBodies {
    static let office: JSONValue = ["type": "string", "format": "binary"]

    /// Media type → schema, and whether the body may be left out.
    static func content(_ name: String, reader: SchemaReader) throws -> (content: [String: JSONValue], required: Bool) {
        if name == "File" {
            // CSV, XLSX, DOCX or plain text as the raw body; the server reads the bytes, whatever the type.
            return (["application/octet-stream": ["schema": office]], true)
        }
        guard let body = bodies[name] else {
            throw SchemaReader.Unreadable(description: "no schema for request body '\(name)': add it to RequestBodies.bodies")
        }
        let schema = try body.schema(reader)
        return (["application/json": ["schema": schema]], body.required)
    }

    struct Body: @unchecked Sendable {
        var schema: (SchemaReader) throws -> JSONValue
        var required = true
    }

    static func type(_ t: any Decodable.Type, required: Bool = true) -> Body {
        Body(schema: { try $0.schema(t) }, required: required)
    }

    /// Filled by the feature files through `register`.
    static var bodies: [String: Body] {
        var all: [String: Body] = [:]
        for part in [FoundationSchemas.bodies, AccountSchemas.bodies, PlanSchemas.bodies, ReportSchemas.bodies, RankingSchemas.bodies,
                     SubmissionSchemas.bodies, QualitySchemas.bodies] {
            all.merge(part) { a, _ in a }
        }
        return all
    }
}

/// Shared schemas of path and query parameters, by name.
enum RouteParameters {
    static func schema(_ name: String, in location: String, route: APIRoute, override: [String: JSONValue]) -> JSONValue {
        if let own = override[name] { return own }
        switch name {
        case "code":
            if route.path.hasPrefix("provinces/") { return SchemaCatalog.provinceCode }
            if route.path.hasPrefix("indicators/") { return SchemaCatalog.indicatorCode }
            if route.path.hasPrefix("frameworks/") { return ["type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$", "example": "NQ71"] }
            return SchemaCatalog.unitCode
        case "unit": return SchemaCatalog.unitCode
        case "indicator":
            // A path names one indicator; the delete query takes a comma-separated list.
            return location == "path" ? SchemaCatalog.indicatorCode : ["type": "string", "pattern": "^[A-Za-z0-9._,\\s-]{1,2000}$"]
        case "period": return SchemaCatalog.period
        case "year": return ["type": "integer", "minimum": 1900, "maximum": 2200, "example": 2025]
        case "plan", "task", "id": return ["type": "string", "format": "uuid"]
        case "from", "to", "as_of": return SchemaCatalog.day
        case "dry_run", "all": return ["type": "boolean"]
        case "days", "within_days": return ["type": "integer", "minimum": 0, "maximum": 366]
        case "status": return SchemaCatalog.enumeration(TaskStatus.allCases.map(\.rawValue))
        case "format": return SchemaCatalog.enumeration(ReportFormat.allCases.map(\.rawValue))
        case "kind": return ["type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$", "example": "quarterly-cds"]
        case "username": return ["type": "string", "minLength": 1, "maxLength": 64, "example": "admin"]
        case "name", "template": return ["type": "string", "minLength": 1, "maxLength": 120]
        default: return ["type": "string", "maxLength": 200]
        }
    }
}
