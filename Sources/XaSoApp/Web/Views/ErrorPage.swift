import Foundation
import Vapor
import XaSoCore

enum ErrorPage {
    static func render(_ req: Request, status: HTTPStatus, title: String, message: String,
                       issues: [ImportIssue] = []) -> Response {
        let ctx = PageContext(req)
        let doc = Layout.document(title: title, ctx: ctx) {
            H.h1 { title }
            if !message.isEmpty { H.p(.class("error"), .role("alert")) { message } }
            if !issues.isEmpty {
                H.ul(.class("issues")) {
                    for issue in issues { H.li { issue.message } }
                }
            }
            H.p { H.a(.href(WebPath.home)) { L.backHome } }
        }
        return WebResponse.page(doc, status: status)
    }
}
