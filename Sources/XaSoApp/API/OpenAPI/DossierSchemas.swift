import Foundation
import XaSoCore
import XaSoPersistence

/// Schemas of the dossier routes (`DossierRoutes`).
enum DossierSchemas {
    static let routes: [String: RouteSchema] = [
        "POST units/:code/procedures/import": .json(XaSoStore.DossierImportSummary.self),
        "GET units/:code/procedures": .json([Procedure].self),
        "POST units/:code/dossiers/import": .json(XaSoStore.DossierImportSummary.self),
        // A commune's statistics, or for a province every commune's and the total.
        "GET units/:code/dossiers/stats": RouteSchema(200, .custom { reader in
            ["oneOf": [try reader.schema(DossierStatistics.self), try reader.schema(DossierRollUp.self)]]
        }),
        // The country: units are the 34 provinces, each with its communes' total.
        "GET national/dossiers/stats": .json(DossierRollUp.self),
        "GET units/:code/dossiers/late": .json([LateDossier].self),
        // A commune's index, or for a province its communes ranked.
        "GET units/:code/dossiers/service-index": RouteSchema(200, .custom { reader in
            ["oneOf": [try reader.schema(ServiceIndexService.CommuneIndex.self), try reader.schema([ServiceIndexService.Ranked].self)]]
        }, requiredQuery: ["period"]),
        "POST units/:code/dossiers/indicators": .json([ValueDTO].self, requiredQuery: ["period"]),
    ]
}

extension DossierStatistics: SchemaByEncoding {}
extension DossierRate: SchemaByEncoding {}
extension DossierRollUp: SchemaByEncoding {}
extension ServiceIndexScore: SchemaByEncoding {}
extension ServiceIndexScore.GroupScore: SchemaByEncoding {}
