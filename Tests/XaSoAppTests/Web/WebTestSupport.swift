import Foundation
import Testing
import Vapor
import VaporTesting
@testable import XaSoApp
import XaSoCore

/// A browser stand-in for tests: keeps cookies between requests, reads the CSRF token off pages,
/// sends forms URL-encoded.
final class WebClient {
    let app: Application
    var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    struct Page {
        var status: HTTPStatus
        var headers: HTTPHeaders
        var body: String
        /// The body as bytes, for downloads (DOCX, PDF) that are not text.
        var data = Data()

        var location: String? { headers.first(name: .location) }
        var setCookies: [String] { headers[.setCookie] }

        /// The first CSRF token in the page's forms.
        var csrf: String? { WebClient.attribute(after: "name=\"_csrf\" value=\"", in: body) }
    }

    /// Signs in through the login form: GET (pre-session cookie + token), then POST.
    @discardableResult
    func login(_ username: String, _ password: String = "mat-khau-123") async throws -> Page {
        let form = try await get("/login")
        return try await post("/login", ["username": username, "password": password, "_csrf": form.csrf ?? ""])
    }

    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> Page {
        try await send(.GET, path, headers: headers, body: nil)
    }

    func post(_ path: String, _ form: [String: String], headers: HTTPHeaders = [:]) async throws -> Page {
        var h = headers
        h.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: h, body: WebClient.encode(form))
    }

    func postMultipart(_ path: String, fields: [String: String], file: (name: String, filename: String, data: Data)) async throws -> Page {
        let boundary = "xaso-test-boundary-\(UUID().uuidString)"
        var body = Data()
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8)
        }
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
        body += file.data
        body += Data("\r\n--\(boundary)--\r\n".utf8)
        var h = HTTPHeaders()
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: h, body: String(decoding: body, as: UTF8.self))
    }

    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: String?) async throws -> Page {
        var h = headers
        if !cookies.isEmpty {
            h.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; "))
        }
        let res = try await app.testing().sendRequest(method, path, headers: h,
                                                      body: body.map { ByteBuffer(string: $0) })
        for header in res.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard let name = pair.first else { continue }
            let value = pair.count > 1 ? pair[1] : ""
            let expired = header.lowercased().contains("max-age=0") || value.isEmpty
            cookies[name] = expired ? nil : value
        }
        return Page(status: res.status, headers: res.headers, body: res.body.string, data: Data(buffer: res.body))
    }

    static func encode(_ form: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.map { k, v in
            "\(k.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(v.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.sorted().joined(separator: "&")
    }

    static func attribute(after marker: String, in html: String) -> String? {
        guard let start = html.range(of: marker) else { return nil }
        let rest = html[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// `data-verdict` of the element with the given id.
    static func verdict(ofRow id: String, in html: String) -> String? {
        attribute(after: "id=\"\(id)\" data-verdict=\"", in: html)
    }
}

extension Application {
    /// Creates a user (password "mat-khau-123") through the same service the API uses.
    func makeUser(_ username: String, role: Role, unit: String?, department: String? = nil) async throws {
        _ = try await UserService.create(username: username, password: "mat-khau-123", role: role.rawValue,
                                         unitCode: unit, department: department, actor: nil, app: self, store: store)
    }
}

enum WebRef {
    static let vhxh = "Phòng Văn hóa - Xã hội"
    static let q3 = "2025-Q3"
    /// The officials' verdicts in the Gia Phúc quarterly report, rows 1–10 (docs/evaluation.md).
    static let sampleVerdicts = ["exceeded", "approaching", "not_met", "met", "exceeded", "met", "not_met", "not_met", "met", "met"]
    static func cl411(_ i: Int) -> String { String(format: "CL411.%02d", i) }
}
