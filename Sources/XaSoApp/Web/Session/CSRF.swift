import Foundation
import Vapor

/// CSRF tokens: an HMAC-SHA256 of a secret the browser holds only as an HttpOnly cookie (the session
/// token, or before login a random "pre-session" value), so another site can neither read nor forge it.
/// Keyed by that cookie rather than by a per-process secret, a form stays valid across a server
/// restart and across several servers behind one address; the cookie itself is 256 random bits.
enum CSRF {
    static let field = "_csrf"

    static func token(for secret: String) -> String {
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("xaso-csrf-v1".utf8), using: key)
        return Data(mac).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Constant-time comparison: the time taken does not reveal how much of a guess was right.
    static func isValid(_ submitted: String?, secret: String?) -> Bool {
        guard let submitted, let secret, !secret.isEmpty else { return false }
        let expected = Array(token(for: secret).utf8)
        let given = Array(submitted.utf8)
        guard expected.count == given.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<expected.count { diff |= expected[i] ^ given[i] }
        return diff == 0
    }

    struct Form: Decodable {
        var _csrf: String?
    }

    /// Reads `_csrf` from a URL-encoded or multipart body (collected first, so the handler sees it too).
    static func submitted(in req: Request) async throws -> String? {
        if req.body.data == nil {
            _ = try await req.body.collect(max: 64 * 1024 * 1024).get()
        }
        return (try? req.content.decode(Form.self))?._csrf
    }
}
