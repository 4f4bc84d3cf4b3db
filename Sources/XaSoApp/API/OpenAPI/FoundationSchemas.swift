import Foundation
import XaSoCore
import XaSoPersistence

/// Schemas of the foundation routes (`APIRoutes.foundation`): units, frameworks, figures, users, settings.
enum FoundationSchemas {
    static func limit(_ l: QueryLimit) -> JSONValue {
        ["type": "integer", "minimum": 1, "maximum": .integer(l.maximum), "default": .integer(l.defaultValue)]
    }

    static let routes: [String: RouteSchema] = [
        "POST auth/token": .json(AuthController.TokenResponse.self),
        "GET me": .json(UserDTO.self),
        "GET units": .json([UnitDTO].self, parameters: ["q": ["type": "string", "maxLength": 200], "limit": limit(.units)]),
        "GET units/:code": .json(UnitDTO.self),
        "GET units/:code/children": .json([UnitDTO].self),
        "POST units/:code/villages": .json(UnitDTO.self, 201),
        "GET units/:code/departments": .json([DepartmentDTO].self),
        "POST units/:code/departments": .json(DepartmentDTO.self, 201),
        "GET frameworks": .json([FrameworkDTO].self),
        "GET frameworks/:code/indicators": .json([IndicatorDTO].self),
        "GET indicators": .json([IndicatorDTO].self),
        "GET indicators/:code": .json(IndicatorDTO.self),
        "POST indicators": .json(IndicatorDTO.self, 201),
        "PATCH indicators/:code": .json(IndicatorDTO.self),
        "PUT indicators/:code/targets/:year": .json(TargetDTO.self),
        "PUT units/:code/targets/:indicator/:year": .json(TargetDTO.self),
        "GET units/:code/values": .json([ValueDTO].self, requiredQuery: ["period"]),
        "PUT units/:code/values": .json(XaSoStore.ImportSummary.self),
        "POST units/:code/values/import": .json(XaSoStore.ImportSummary.self),
        "POST units/:code/values/:indicator/:period/submit": .json(ValueDTO.self),
        "POST units/:code/values/:indicator/:period/approve": .json(ValueDTO.self),
        "POST units/:code/values/:indicator/:period/return": .json(ValueDTO.self),
        "GET units/:code/values/:indicator/:period/history": .json([XaSoStore.HistoryEntry].self),
        "GET units/:code/evaluations": .json([EvaluationDTO].self, requiredQuery: ["period"]),
        "GET units/:code/early-warnings": RouteSchema(200, .files { reader in
            var media = SubmissionSchemas.spreadsheets
            media["application/json"] = try reader.schema([EarlyWarningDTO].self)
            return media
        }, requiredQuery: ["period"], parameters: ["format": SchemaCatalog.enumeration(TableFormat.allCases.map(\.rawValue))]),
        "GET users": .json([UserDTO].self),
        "POST users": .json(UserDTO.self, 201),
        "GET audit": .json([XaSoStore.AuditEntry].self, parameters: ["limit": limit(.audit)]),
        "GET settings/evaluation-rules": .json(SettingsController.EvaluationRulesDTO.self),
        "PUT settings/evaluation-rules": .json(SettingsController.EvaluationRulesDTO.self),
        "GET openapi.json": RouteSchema(200, .custom { _ in
            ["type": "object", "required": ["openapi", "paths", "components"]] }),
        "GET backups": .json(BackupRoutes.Listing.self),
    ]

    static let bodies: [String: RequestBodies.Body] = [
        "Credentials": RequestBodies.type(AuthController.Credentials.self),
        "NameInput": RequestBodies.type(UnitsController.NameInput.self),
        "IndicatorPatch": RequestBodies.type(FrameworksController.IndicatorPatch.self),
        "TargetInput": RequestBodies.type(FrameworksController.TargetInput.self),
        "NewFigureInput": RequestBodies.type(FrameworksController.NewFigureInput.self),
        "ValueInputList": RequestBodies.type([ValueInput].self),
        // The comment is optional, and so is the body.
        "TransitionInput": RequestBodies.type(ValuesController.TransitionInput.self, required: false),
        "NewUser": RequestBodies.type(UsersController.NewUser.self),
        "EvaluationRulesDTO": RequestBodies.type(SettingsController.EvaluationRulesDTO.self),
    ]
}

/// Schemas of the account routes (`AccountRoutes`): passwords, sessions, undoing imports.
enum AccountSchemas {
    static let routes: [String: RouteSchema] = [
        "DELETE auth/token": .noContent,
        "POST me/password": .json(AccountsController.AccountStatus.self),
        "POST users/:username/password-reset": .json(AccountsController.PasswordReset.self),
        "POST users/:username/disable": .json(AccountsController.AccountStatus.self),
        "POST users/:username/enable": .json(AccountsController.AccountStatus.self),
        "GET users/:username/sessions": .json([XaSoStore.SessionInfo].self),
        "DELETE users/:username/sessions": .json(AccountsController.Revoked.self),
        "DELETE users/:username/sessions/:id": .json(AccountsController.Revoked.self),
        "DELETE units/:code/values": .json(ImportUndoController.Deleted.self, requiredQuery: ["period"]),
        "DELETE units/:code/dossiers": .json(ImportUndoController.Deleted.self),
        "DELETE units/:code/plans/:plan": .noContent,
    ]

    static let bodies: [String: RequestBodies.Body] = [
        "PasswordChange": RequestBodies.type(AccountsController.PasswordChange.self),
    ]
}
