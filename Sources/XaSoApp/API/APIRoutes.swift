import Vapor
import XaSoCore

/// Every endpoint under /api/v1. Add a route here and it is both served and documented.
enum APIRoutes {
    static let all: [APIRoute] = {
        foundation + DossierRoutes.all + PlanRoutes.all + ReportRoutes.all + AccountRoutes.all + BackupRoutes.all + RankingRoutes.all + SubmissionRoutes.all + NationalRoutes.all + QualityRoutes.all
    }()

    static let foundation: [APIRoute] = [
        APIRoute(method: .POST, path: "auth/token", summary: "Exchange username and password for a bearer token",
                 tag: "auth", requiresAuth: false, body: "Credentials", handler: AuthController.token),
        APIRoute(method: .GET, path: "me", summary: "The signed-in user", tag: "auth", handler: AuthController.me),

        APIRoute(method: .GET, path: "units", summary: "Find administrative units by name, without diacritics",
                 tag: "units", query: ["q", "limit"], handler: UnitsController.search),
        APIRoute(method: .GET, path: "units/:code", summary: "One unit", tag: "units", handler: UnitsController.show),
        APIRoute(method: .GET, path: "units/:code/children", summary: "Communes of a province, villages of a commune",
                 tag: "units", handler: UnitsController.children),
        APIRoute(method: .POST, path: "units/:code/villages", summary: "Add a village (thôn) to a commune",
                 tag: "units", body: "NameInput", writes: .manageCommune, handler: UnitsController.addVillage),
        APIRoute(method: .GET, path: "units/:code/departments", summary: "A commune's departments and partner bodies",
                 tag: "units", handler: UnitsController.departments),
        APIRoute(method: .POST, path: "units/:code/departments", summary: "Add a department or partner body",
                 tag: "units", body: "NameInput", writes: .manageCommune, handler: UnitsController.addDepartment),

        APIRoute(method: .GET, path: "frameworks", summary: "Indicator frameworks", tag: "frameworks",
                 handler: FrameworksController.list),
        APIRoute(method: .GET, path: "frameworks/:code/indicators", summary: "Indicators of a framework",
                 tag: "frameworks", handler: FrameworksController.indicators),
        APIRoute(method: .GET, path: "indicators", summary: "All indicators, optionally of one framework",
                 tag: "frameworks", query: ["framework"], handler: FrameworksController.indicators),
        APIRoute(method: .POST, path: "indicators",
                 summary: "Add a figure of one's own (province officer: the province; commune admin: the commune; admin: anyone)",
                 tag: "frameworks", body: "NewFigureInput", handler: FrameworksController.addIndicator),
        APIRoute(method: .GET, path: "indicators/:code", summary: "One indicator with its milestone targets",
                 tag: "frameworks", handler: FrameworksController.indicator),
        APIRoute(method: .PATCH, path: "indicators/:code", summary: "Edit an indicator's name, unit, direction, owners (admin)",
                 tag: "frameworks", body: "IndicatorPatch", writes: .admin, handler: FrameworksController.updateIndicator),
        APIRoute(method: .PUT, path: "indicators/:code/targets/:year", summary: "Set a national milestone target (admin)",
                 tag: "frameworks", body: "TargetInput", writes: .admin, handler: FrameworksController.setNationalTarget),
        APIRoute(method: .PUT, path: "units/:code/targets/:indicator/:year",
                 summary: "Set a province's target (its officers) or a commune's own (its admin), over the level above",
                 tag: "frameworks", body: "TargetInput", writes: .setTargets, handler: FrameworksController.setCommuneTarget),

        APIRoute(method: .GET, path: "units/:code/values", summary: "A unit's figures for a period", tag: "values",
                 query: ["period"], handler: ValuesController.list),
        APIRoute(method: .PUT, path: "units/:code/values", summary: "Enter figures (all-or-nothing)", tag: "values",
                 body: "ValueInputList", writes: .enterValues, handler: ValuesController.put),
        APIRoute(method: .POST, path: "units/:code/values/import",
                 summary: "Import a CSV or XLSX file (unit_code,indicator_code,period,value,note), all-or-nothing",
                 tag: "values", body: "File", writes: .enterValues, handler: ValuesController.importFile),
        APIRoute(method: .POST, path: "units/:code/values/:indicator/:period/submit", summary: "Submit a figure for review",
                 tag: "values", writes: .enterValues, handler: ValuesController.transition(to: .submitted)),
        APIRoute(method: .POST, path: "units/:code/values/:indicator/:period/approve", summary: "Approve a figure",
                 tag: "values", writes: .manageCommune, handler: ValuesController.transition(to: .approved)),
        APIRoute(method: .POST, path: "units/:code/values/:indicator/:period/return",
                 summary: "Send a figure back with a comment", tag: "values", body: "TransitionInput",
                 writes: .manageCommune, handler: ValuesController.transition(to: .returned)),
        APIRoute(method: .GET, path: "units/:code/values/:indicator/:period/history",
                 summary: "Every change of a figure", tag: "values", handler: ValuesController.history),
        APIRoute(method: .GET, path: "units/:code/evaluations", summary: "Figures judged against their targets",
                 tag: "values", query: ["period", "framework"], handler: ValuesController.evaluations),
        APIRoute(method: .GET, path: "units/:code/early-warnings",
                 summary: "Each indicator projected to its milestone from its history: on track or at risk, and why",
                 tag: "values", query: ["period", "framework", "format"], handler: EarlyWarningsController.list),
        APIRoute(method: .GET, path: "units/:code/early-warnings.csv", summary: "The early warnings as CSV",
                 tag: "values", query: ["period", "framework"], handler: EarlyWarningsController.sheet(.csv)),
        APIRoute(method: .GET, path: "units/:code/early-warnings.xlsx", summary: "The early warnings as XLSX",
                 tag: "values", query: ["period", "framework"], handler: EarlyWarningsController.sheet(.xlsx)),

        APIRoute(method: .GET, path: "users", summary: "Users the caller may see", tag: "users",
                 handler: UsersController.list),
        APIRoute(method: .POST, path: "users", summary: "Create a user", tag: "users", body: "NewUser",
                 handler: UsersController.create),
        APIRoute(method: .GET, path: "audit", summary: "The audit log (admin)", tag: "users",
                 query: ["entity", "key", "limit"], handler: UsersController.audit),

        APIRoute(method: .GET, path: "settings/evaluation-rules", summary: "Thresholds behind every verdict",
                 tag: "settings", handler: SettingsController.rules),
        APIRoute(method: .PUT, path: "settings/evaluation-rules", summary: "Change the thresholds (admin)",
                 tag: "settings", body: "EvaluationRulesDTO", writes: .admin, handler: SettingsController.setRules),

        APIRoute(method: .GET, path: "openapi.json", summary: "This document", tag: "meta", requiresAuth: false,
                 handler: { _ in try json(OpenAPIDocument.make()) }),
    ]
}
