import Foundation
import Vapor
import XaSoCore
import XaSoDocuments

/// The report as files for a signed-in browser: downloads (the API's handler, reached with the
/// session instead of a bearer token) and the printable preview the reports page frames.
enum ReportDocumentRoutes {
    /// Kind and period from the query string: the page's forms post to its own address too.
    static func target(_ req: Request) throws -> ReportController.Target {
        ReportController.Target(unitCode: try req.parameter("code"), kindCode: req.query[String.self, at: "kind"] ?? "",
                                period: try ReportingPeriod.required(req.query[String.self, at: "period"] ?? ""))
    }

    static func document(_ req: Request) async throws -> Response {
        try await ReportController.document(req, target(req))
    }

    /// The policy of the preview: the renderer's one inline `<style>` (and its column widths) but no
    /// script at all, no other source, and framing only by our own reports page.
    static let previewPolicy = [
        "default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", "base-uri 'none'", "form-action 'none'",
        "frame-ancestors 'self'",
    ].joined(separator: "; ")

    static func preview(_ req: Request) async throws -> Response {
        let t = try target(req)
        let actor = try await req.requireRead(unitCode: t.unitCode)
        let prepared = try await req.reportService.prepare(unitCode: t.unitCode, kindCode: t.kindCode, period: t.period,
                                                           actor: actor)
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: "Content-Security-Policy", value: previewPolicy)
        headers.replaceOrAdd(name: "X-Frame-Options", value: "SAMEORIGIN")
        return Response(status: .ok, headers: headers, body: .init(string: HTMLReportRenderer.render(prepared.report)))
    }
}
