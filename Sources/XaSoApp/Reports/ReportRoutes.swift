import Vapor

/// The report endpoints under /api/v1 (served and documented through `APIRoutes.all`).
enum ReportRoutes {
    static let all: [APIRoute] = []
}
