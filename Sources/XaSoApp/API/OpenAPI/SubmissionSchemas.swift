import Foundation
import XaSoCore

/// Schemas of the submission routes (`SubmissionRoutes`).
enum SubmissionSchemas {
    static let periodKind: JSONValue = [
        "type": "string", "example": "quarter",
        "pattern": "^(month|quarter|half_year|nine_months|year|[0-9]{4}(-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]|9M))?)$",
    ]
    static let spreadsheets: [String: JSONValue] = [
        "text/csv": ["type": "string"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": RequestBodies.office,
    ]

    static let routes: [String: RouteSchema] = [
        "PUT units/:code/deadlines/:period_kind": .json(DeadlineDTO.self, parameters: ["period_kind": periodKind]),
        "GET units/:code/deadlines": .json([DeadlineDTO].self),
        "POST units/:code/submissions/:period": .json(SubmissionDTO.self),
        "POST units/:code/submissions/:period/return": .json(SubmissionDTO.self),
        "POST units/:code/submissions/:period/approve": .json(SubmissionDTO.self),
        // JSON by default; ?format=csv or xlsx answers the spreadsheet.
        "GET units/:code/submissions": RouteSchema(200, .files { reader in
            var media = spreadsheets
            media["application/json"] = try reader.schema(SubmissionsDTO.self)
            return media
        }, requiredQuery: ["period"], parameters: ["format": SchemaCatalog.enumeration(SubmissionFormat.allCases.map(\.rawValue))]),
        "GET units/:code/submissions.csv": RouteSchema(200, .files { _ in ["text/csv": ["type": "string"]] }, requiredQuery: ["period"]),
        "GET units/:code/submissions.xlsx": RouteSchema(200, .files { _ in
            ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": RequestBodies.office]
        }, requiredQuery: ["period"]),
        "GET units/:code/submission-reminders": .json(SubmissionRemindersDTO.self, requiredQuery: ["period"]),
    ]

    static let bodies: [String: RequestBodies.Body] = [
        "DeadlineInput": RequestBodies.type(DeadlineInput.self),
        "ReturnInput": RequestBodies.type(ReturnInput.self),
    ]
}
