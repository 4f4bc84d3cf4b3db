import Vapor

/// The plan endpoints under /api/v1 (served and documented through `APIRoutes.all`).
enum PlanRoutes {
    static let all: [APIRoute] = []
}
