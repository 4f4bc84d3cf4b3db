import Vapor

/// The reporting calendar and submissions under /api/v1 (served and documented through `APIRoutes.all`).
/// `:code` is the province for deadlines and the table, the commune for a submission.
enum SubmissionRoutes {
    static let all: [APIRoute] = [
        APIRoute(method: .PUT, path: "units/:code/deadlines/:period_kind",
                 summary: "Set the province's report deadline for a kind of period (days after the cut-off) or one period (a date)",
                 tag: "submissions", body: "DeadlineInput", writes: .reviewSubmissions, handler: SubmissionsController.setDeadline),
        APIRoute(method: .GET, path: "units/:code/deadlines", summary: "The deadlines the unit's province set",
                 tag: "submissions", handler: SubmissionsController.deadlines),
        APIRoute(method: .POST, path: "units/:code/submissions/:period",
                 summary: "Submit the commune's period (figures and report) as a whole (commune admin)",
                 tag: "submissions", writes: .submitPeriod, handler: SubmissionsController.submit),
        APIRoute(method: .POST, path: "units/:code/submissions/:period/return",
                 summary: "Return a commune's submission with a reason (province officer)", tag: "submissions",
                 body: "ReturnInput", writes: .reviewSubmissions, handler: SubmissionsController.review(to: .returned)),
        APIRoute(method: .POST, path: "units/:code/submissions/:period/approve",
                 summary: "Approve a commune's submission (province officer)", tag: "submissions",
                 writes: .reviewSubmissions, handler: SubmissionsController.review(to: .approved)),
        APIRoute(method: .GET, path: "units/:code/submissions",
                 summary: "Per commune of a province (or one commune): state, submission time, on time, completeness",
                 tag: "submissions", query: ["period", "framework", "format"], handler: SubmissionsController.list()),
        APIRoute(method: .GET, path: "units/:code/submissions.csv", summary: "The submissions table as CSV",
                 tag: "submissions", query: ["period", "framework"], handler: SubmissionsController.list(format: .csv)),
        APIRoute(method: .GET, path: "units/:code/submissions.xlsx", summary: "The submissions table as XLSX",
                 tag: "submissions", query: ["period", "framework"], handler: SubmissionsController.list(format: .xlsx)),
        APIRoute(method: .GET, path: "units/:code/submission-reminders",
                 summary: "What each commune that has not submitted still owes, by lead department", tag: "submissions",
                 query: ["period", "framework"], handler: SubmissionsController.reminders),
    ]
}
