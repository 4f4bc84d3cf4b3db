import Foundation
import Vapor

enum WebResponse {
    static func page(_ document: Node, status: HTTPStatus = .ok) -> Response {
        var body = "<!DOCTYPE html>"
        document.render(into: &body)
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: body))
    }

    /// After a successful POST: 303 so a reload does not send the form again.
    static func seeOther(_ path: String) -> Response {
        let res = Response(status: .seeOther)
        res.headers.replaceOrAdd(name: .location, value: path)
        return res
    }
}
