import Vapor

/// The dossier endpoints under /api/v1 (served and documented through `APIRoutes.all`).
enum DossierRoutes {
    static let all: [APIRoute] = []
}
