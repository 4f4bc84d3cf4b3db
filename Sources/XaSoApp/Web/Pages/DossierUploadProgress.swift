import Foundation
import Vapor
import XaSoCore

/// `GET units/:code/dossiers/progress?token=…`: how far the server has come with the caller's own
/// upload, as a line the page's script shows while it waits. Only the uploader's entries are found.
enum DossierUploadProgress {
    struct Answer: Content {
        var rows: Int
        var rowsPerSecond: Int
        var secondsLeft: Int?
        var done: Bool
        /// The line the page shows, worded and grouped here so the script needs no Vietnamese.
        var text: String

        enum CodingKeys: String, CodingKey {
            case rows, done, text
            case rowsPerSecond = "rows_per_second"
            case secondsLeft = "seconds_left"
        }
    }

    static func handle(_ req: Request) async throws -> Response {
        let code = try req.parameter("code")
        _ = try await req.requireRead(unitCode: code)
        let token = req.query[String.self, at: "token"] ?? ""
        guard UploadProgressBoard.isToken(token),
              let entry = req.application.uploadProgress.entry(user: try req.webPrincipal.username, token: token) else {
            return Response(status: .notFound, headers: ["Cache-Control": "no-store"])
        }
        let answer = Answer(rows: entry.rows, rowsPerSecond: Int(entry.rowsPerSecond.rounded()),
                            secondsLeft: entry.secondsLeft.map { Int($0.rounded(.up)) }, done: entry.done,
                            text: L.uploadRowsChecked(entry.rows, perSecond: Int(entry.rowsPerSecond.rounded()),
                                                      secondsLeft: entry.secondsLeft.map { Int($0.rounded(.up)) },
                                                      done: entry.done))
        let response = Response(status: .ok, headers: ["Cache-Control": "no-store"])
        try response.content.encode(answer)
        return response
    }

    /// What the upload handler hands to the import: each batch's count goes on the board under the
    /// uploader's token. Nil when the form sent no usable token (no script, or an old page).
    static func reporter(_ req: Request, token: String?) throws -> (@Sendable (ImportProgress) -> Void)? {
        guard let token, UploadProgressBoard.isToken(token) else { return nil }
        let board = req.application.uploadProgress, user = try req.webPrincipal.username
        board.update(user: user, token: token, progress: ImportProgress(rows: 0, bytesRead: 0, totalBytes: 0, seconds: 0))
        return { board.update(user: user, token: token, progress: $0) }
    }

    static func finish(_ req: Request, token: String?) {
        guard let token, UploadProgressBoard.isToken(token), let user = try? req.webPrincipal.username else { return }
        req.application.uploadProgress.finish(user: user, token: token)
    }
}
