import Vapor
import XaSoCore
import XaSoPersistence

/// The door of every API route, in this order: the token (401), the right on the unit the path
/// names (404/403), then the body, capped by the kind of route (413), and only then the handler.
/// So a request nobody may make costs a token lookup, never the reading or parsing of its body.
enum RouteGuard {
    /// Rejects a missing or unknown token with 401 before anything else runs.
    struct Authentication: AsyncMiddleware {
        func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            _ = try await req.principal()
            return try await next.respond(to: req)
        }
    }

    /// Checks the principal's `right` on the unit in `:code` before the body is read.
    struct UnitCheck: AsyncMiddleware {
        let right: UnitRight

        func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            try await right.require(try await req.principal(), req: req)
            return try await next.respond(to: req)
        }
    }

    /// Collects the body up to the route kind's cap: a declared length past it is refused before
    /// a byte is read, a stream that grows past it as soon as it does.
    static func collectBody(_ req: Request, kind: APIRoute.BodyKind) async throws {
        let max = req.application.resourceLimits.bodyBytes(kind)
        if let declared = req.headers.first(name: .contentLength).flatMap({ Int($0) }), declared > max {
            throw BodyTooLarge(limit: max)
        }
        let body: ByteBuffer?
        do {
            body = try await req.body.collect(max: max).get()
        } catch let e as any AbortError where e.status == .payloadTooLarge {
            throw BodyTooLarge(limit: max)
        }
        // A small request arrives whole with its head, already collected: measured here.
        if let body, body.readableBytes > max { throw BodyTooLarge(limit: max) }
    }
}

/// What a route that writes needs on the unit its path names as `:code`, checked by
/// `RouteGuard.UnitCheck` with the same rule (and error code) the store applies afterwards.
enum UnitRight: Sendable {
    /// Entering figures, task progress and comments: the commune's admin or its departments.
    case enterValues
    /// The commune's admin (villages, departments, own targets, approving figures).
    case manageCommune
    /// Plans and their tasks' assignment (the commune's admin).
    case managePlans
    /// A commune's reports and Word templates (its admin).
    case editReports
    /// The procedure catalogue, dossier ledger and the dossier-based figures (a commune's admin or
    /// its public service centre).
    case importDossiers
    /// A province's own report kinds (`:code` is the province).
    case editReportKinds
    /// A unit's own targets: a province's officers for the province, a commune's admin for the commune.
    case setTargets
    /// A province's index weights (`:code` is the province).
    case editIndexWeights
    /// Submitting a commune's period as a whole (its admin).
    case submitPeriod
    /// Deadlines, returning and approving submissions: an officer of the province of `:code`.
    case reviewSubmissions
    /// Marking a commune's data-quality flag checked: its admin or an officer of its province.
    case checkQuality
    /// National frameworks, targets and settings: the system admin; `:code` is not a unit.
    case admin

    func require(_ p: Principal, req: Request) async throws {
        if self == .admin {
            guard p.role == .admin else { throw AppError.forbidden("only an admin may do this") }
            return
        }
        let code = try req.parameter("code")
        let store = req.store
        switch self {
        case .importDossiers:
            try await store.requireDossierWrite(p, unitCode: code)
        case .editReportKinds:
            try await store.requireKindEdit(p, provinceCode: code)
        case .editIndexWeights:
            try await store.requireIndexWeightsEdit(p, provinceCode: code)
        case .editReports:
            try await store.requireReportEdit(p, unitCode: code)
        case .managePlans:
            _ = try await store.requireUnit(code)
            try XaSoStore.requireManagePlans(p, unitCode: code)
        case .enterValues:
            _ = try await store.requireUnit(code)
            guard AccessPolicy.canEnterValues(p, unitCode: code) else {
                throw AppError.forbidden("you may not write data of unit \(code)")
            }
        case .setTargets:
            try await store.requireTargetWrite(p, unitCode: code)
        case .manageCommune:
            _ = try await store.requireUnit(code)
            guard AccessPolicy.canManageCommune(p, unitCode: code) else {
                throw AppError.forbidden("only the admin of unit \(code) may do this")
            }
        case .submitPeriod:
            _ = try await store.requireSubmitPeriod(p, unitCode: code)
        case .reviewSubmissions:
            try await store.requireSubmissionReview(p, unitCode: code)
        case .checkQuality:
            _ = try await store.requireQualityCheck(p, unitCode: code)
        case .admin:
            break
        }
    }
}

/// 413 with a stable code, for the API's JSON error and the pages alike.
struct BodyTooLarge: AbortError {
    let limit: Int
    var status: HTTPResponseStatus { .payloadTooLarge }
    var reason: String { "the request body is larger than \(Self.describe(limit))" }
    var code: ErrorCode { .requestTooLarge }
    var vietnamese: String { "Dữ liệu gửi lên lớn hơn mức cho phép (\(Self.describe(limit)))." }

    static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes >> 10) KB"
    }
}
