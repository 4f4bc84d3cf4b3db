import Foundation

/// Schemas of the national route (`NationalRoutes`).
enum NationalSchemas {
    static let routes: [String: RouteSchema] = [
        // JSON by default; ?format=csv or xlsx answers the same table as a spreadsheet.
        "GET national": RouteSchema(200, .files { reader in
            ["application/json": try reader.schema(NationalDTO.self), "text/csv": ["type": "string"],
             RankingSchemas.xlsx: RequestBodies.office]
        }, requiredQuery: ["period"], parameters: ["format": SchemaCatalog.enumeration(["json", "csv", "xlsx"])]),
    ]
}
