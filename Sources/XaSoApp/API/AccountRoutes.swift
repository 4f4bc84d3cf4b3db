import Vapor

/// Account management and undoing imports (docs/accounts.md).
enum AccountRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .DELETE, path: "auth/token", summary: "Revoke the calling bearer token", tag: "auth",
                 handler: AuthController.revokeOwnToken),
        APIRoute(method: .POST, path: "me/password", summary: "Change one's own password (current and new)", tag: "auth",
                 body: "PasswordChange", handler: AccountsController.changeOwnPassword),
        APIRoute(method: .POST, path: "users/:username/password-reset",
                 summary: "Give a user a one-time password they must change at next sign-in", tag: "users",
                 handler: AccountsController.resetPassword),
        APIRoute(method: .POST, path: "users/:username/disable", summary: "Disable a user; their tokens and sessions end",
                 tag: "users", handler: AccountsController.setDisabled(true)),
        APIRoute(method: .POST, path: "users/:username/enable", summary: "Enable a disabled user", tag: "users",
                 handler: AccountsController.setDisabled(false)),
        APIRoute(method: .GET, path: "users/:username/sessions", summary: "A user's active tokens and sessions (no secrets)",
                 tag: "users", handler: AccountsController.sessions),
        APIRoute(method: .DELETE, path: "users/:username/sessions", summary: "Revoke all of a user's tokens and sessions",
                 tag: "users", handler: AccountsController.revokeAll),
        APIRoute(method: .DELETE, path: "users/:username/sessions/:id", summary: "Revoke one token or session",
                 tag: "users", handler: AccountsController.revokeOne),

        APIRoute(method: .DELETE, path: "units/:code/values", summary: "Delete a unit's figures of a period (undo an import)",
                 tag: "values", query: ["period", "indicator"], writes: .manageCommune, handler: ImportUndoController.deleteValues),
        APIRoute(method: .DELETE, path: "units/:code/dossiers",
                 summary: "Delete a commune's dossiers received in a period's cut-off range, from–to, or all=true",
                 tag: "dossiers", query: ["period", "from", "to", "all"], writes: .importDossiers,
                 handler: ImportUndoController.deleteDossiers),
        APIRoute(method: .DELETE, path: "units/:code/plans/:plan", summary: "Delete a plan with its tasks, progress and comments",
                 tag: "plans", writes: .managePlans, handler: ImportUndoController.deletePlan),
    ]
}
