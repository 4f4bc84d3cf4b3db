import Foundation
import Vapor
import XaSoCore

/// What every page's frame needs: who is signed in, the CSRF token for its forms, which menu item is current.
struct PageContext: Sendable {
    var principal: Principal?
    var csrf: String?
    var active: NavItem?
    /// A one-line confirmation after a redirect ("Đã lưu 3 số liệu.").
    var notice: String?

    /// A page's frame without a request: what the snapshot tests render views with.
    init(principal: Principal?, csrf: String?, active: NavItem? = nil, notice: String? = nil) {
        self.principal = principal
        self.csrf = csrf
        self.active = active
        self.notice = notice
    }

    init(_ req: Request, active: NavItem? = nil, notice: String? = nil) {
        principal = req.storage[PrincipalKey.self]
        csrf = WebSession.csrfToken(req)
        self.active = active
        self.notice = notice
    }

    /// The hidden field every POST form carries.
    var csrfField: Node {
        H.input(.type("hidden"), .name(CSRF.field), .value(csrf ?? ""))
    }
}

enum NavItem: Sendable {
    case dashboard, entry, review, importFile, province, frameworks, targets, departments, users, units, dossiers, tasks,
         reports, reportIngest, figures, national
}

extension Request {
    /// The signed-in principal on a page behind `WebRequireLogin`.
    var webPrincipal: Principal {
        get throws {
            guard let p = storage[PrincipalKey.self] else {
                throw AppError(.unauthorized, code: .authRequired, message: "sign in first", vietnamese: "Vui lòng đăng nhập.")
            }
            return p
        }
    }

    /// The `period` query parameter, or nil when absent; an unreadable one is an error shown on the page.
    func webPeriod() throws -> ReportingPeriod? {
        guard let text = query[String.self, at: "period"], !text.isEmpty else { return nil }
        return try ReportingPeriod.required(text)
    }
}
