import Foundation
import XaSoCore

/// Schemas of the data-quality routes (`QualityRoutes`) and of the early warnings' sheets.
enum QualitySchemas {
    static let routes: [String: RouteSchema] = [
        // JSON by default; ?format=csv or xlsx answers the spreadsheet.
        "GET units/:code/quality-flags": RouteSchema(200, .files { reader in
            var media = SubmissionSchemas.spreadsheets
            media["application/json"] = try reader.schema(QualityFlagsDTO.self)
            return media
        }, requiredQuery: ["period"], parameters: ["format": SchemaCatalog.enumeration(TableFormat.allCases.map(\.rawValue))]),
        "GET units/:code/quality-flags.csv": RouteSchema(200, .files { _ in ["text/csv": ["type": "string"]] }, requiredQuery: ["period"]),
        "GET units/:code/quality-flags.xlsx": RouteSchema(200, .files { _ in
            ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": RequestBodies.office]
        }, requiredQuery: ["period"]),
        "POST units/:code/quality-flags/check": .json(QualityFlagDTO.self),
        "GET units/:code/early-warnings.csv": RouteSchema(200, .files { _ in ["text/csv": ["type": "string"]] }, requiredQuery: ["period"]),
        "GET units/:code/early-warnings.xlsx": RouteSchema(200, .files { _ in
            ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": RequestBodies.office]
        }, requiredQuery: ["period"]),
    ]

    static let bodies: [String: RequestBodies.Body] = [
        "QualityCheckInput": RequestBodies.type(QualityCheckInput.self),
    ]
}
