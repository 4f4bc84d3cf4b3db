import Vapor
import XaSoCore

/// Every API failure as JSON with a stable code: `{"error": {"code", "message", "issues"?}}`.
struct APIErrorMiddleware: AsyncMiddleware {
    struct Body: Content {
        struct Detail: Content {
            var code: ErrorCode
            var message: String
            var issues: [ImportIssue]?
        }
        var error: Detail
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, detail) = Self.describe(error)
            request.logger.report(error: error)
            let response = Response(status: status)
            try response.content.encode(Body(error: detail), as: .json)
            return response
        }
    }

    static func describe(_ error: any Error) -> (HTTPStatus, Body.Detail) {
        switch error {
        case let e as AppError:
            return (status(e.kind), .init(code: e.code, message: e.message, issues: e.issues.isEmpty ? nil : e.issues))
        case let e as ImportFailure:
            let app = AppError.importFailed(e)
            return (.unprocessableEntity, .init(code: app.code, message: app.message, issues: e.issues))
        case let e as BodyTooLarge:
            return (e.status, .init(code: e.code, message: e.reason, issues: nil))
        case let e as DecodingError:
            return (.badRequest, .init(code: .requestInvalid, message: "the request body is not valid: \(e)", issues: nil))
        case let e as any AbortError:
            return (e.status, .init(code: .http(status: Int(e.status.code)), message: e.reason, issues: nil))
        default:
            return (.internalServerError, .init(code: .internal, message: "internal error", issues: nil))
        }
    }

    static func status(_ kind: AppError.Kind) -> HTTPStatus {
        switch kind {
        case .invalid: return .unprocessableEntity
        case .notFound: return .notFound
        case .forbidden: return .forbidden
        case .unauthorized: return .unauthorized
        case .conflict: return .conflict
        case .unavailable: return .serviceUnavailable
        }
    }
}
