import Foundation
import XaSoCore
import XaSoPersistence

/// Schemas of the ranking routes (`RankingRoutes`).
enum RankingSchemas {
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static let routes: [String: RouteSchema] = [
        "GET units/:code/index-weights": .json(XaSoStore.IndexWeights.self),
        "PUT units/:code/index-weights": .json(XaSoStore.IndexWeights.self),
        // JSON rows, or the same table as CSV or XLSX (?format=csv|xlsx).
        "GET units/:code/rankings": RouteSchema(200, .files { reader in
            ["application/json": try reader.schema([RankingRow].self), "text/csv": ["type": "string"],
             xlsx: RequestBodies.office]
        }, requiredQuery: ["period"], parameters: ["format": SchemaCatalog.enumeration(["json", "csv", "xlsx"])]),
    ]

    static let bodies: [String: RequestBodies.Body] = [
        "IndexWeightsInput": RequestBodies.type(RankingController.WeightsInput.self),
    ]
}

extension RankingRow: SchemaByEncoding {}
extension PillarScores: SchemaByEncoding {}
